/**
 * Where a dialect word is looked up in knowledge/language/dialect-msa.tsv: the table lists a verb in its
 * third person, so a word is also tried without a past ending or an attached pronoun, and a present of
 * another person in the third (dialect-forms.ts reads the dialects' prefixes; this file their endings).
 * Input and output are normalised tokens (normalizeText).
 */
import { languageMap } from './language-data.js';

/** The shortest verb left after an affix is removed: three letters, as in MSA stems. */
export const MIN_REST = 3;
/** Object pronouns a dialect verb carries before its plural و is seen (longest first). */
export const OBJECT_PRONOUNS = ['هم', 'ها', 'نا', 'ني', 'كم', 'ه', 'ك'];

let standard: Map<string, string> | undefined;
/** The dialect words of knowledge/language/dialect-msa.tsv (normalised) with their MSA readings, separated by «|». */
export function dialectStandardMap(): ReadonlyMap<string, string> {
  standard ??= languageMap('dialect-msa.tsv');
  return standard;
}
/** A listed form, the ending taken off it (put back on a reading), and whether a present's person prefix was changed or taken off. */
export interface ListForm {
  form: string;
  ending: string;
  reshaped?: boolean;
}

/** The nouns whose nominative ends in و (أبو، أخو، حمو), without it. */
const FIVE_NOUNS = new Set(['اب', 'اخ', 'حم']);

/** Present endings of «they» and «you» taken off before the verb is looked up in the third person (يقعدوا → يقعد). */
const PRESENT_PLURAL = /(?:ون|وا|و|ين)$/u;

/**
 * The forms under which a dialect word may be listed (dialect-msa.tsv lists a verb in its third
 * person), each with the ending taken off: the word itself, then without a past ending (ت، وا، و)
 * or an attached pronoun. The ending goes back on the MSA reading: اتجوزت → اتجوز + ت → تزوجت.
 * A final-weak verb's plural or feminine is read as its past: لقوا → لقى + وا، لغت → لغى + ت. With `present`, a present verb of
 * another person is read in the third (تقعد → يقعد) and a sound one also in the past the list gives
 * (تقعد → قعد), reshaped: the reading is conjugated back by the caller (arabic-conjugation.ts).
 */
export function dialectListForms(token: string, { present = false } = {}): ListForm[] {
  const forms: ListForm[] = [{ form: token, ending: '' }];
  // The plural's و with an object pronoun after it comes off whole: جابوها → جاب + وها، لقوها → لقى + وها.
  for (const ending of [...OBJECT_PRONOUNS.map((pronoun) => `و${pronoun}`), 'وا', 'و', 'ت', ...OBJECT_PRONOUNS]) {
    if (!token.endsWith(ending)) continue;
    const form = token.slice(0, -ending.length);
    if (form.length >= MIN_REST) forms.push({ form, ending });
    // «لقوا»، «حكوا»، «لغت»: the past's final alef maqsura (normalised ي) falls before the plural's و and «she»'s ت; the و
    // of «أبو»، «أخو»، «حمو» is their case ending («ابوها» is no «أبي», "I want").
    else if ((ending.startsWith('و') || ending === 'ت') && form.length === MIN_REST - 1 && !FIVE_NOUNS.has(form)) forms.push({ form: `${form}ي`, ending });
  }
  if (present && 'يتن'.includes(token[0]!) && token.length > MIN_REST) {
    const stem = token.slice(1).replace(PRESENT_PLURAL, '');
    if (stem.length >= MIN_REST) {
      if (token[0] !== 'ي') forms.push({ form: `ي${stem}`, ending: '', reshaped: true });
      if (stem.length === MIN_REST) forms.push({ form: stem, ending: '', reshaped: true });
    }
  }
  return forms;
}
