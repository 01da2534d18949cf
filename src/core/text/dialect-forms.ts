/**
 * Dialect verb morphology read back to Modern Standard Arabic forms, so a
 * question typed in Egyptian, Levantine or Gulf Arabic meets press text: the
 * affixes below are the dialects' grammar (any grammar of spoken Arabic lists
 * them), not vocabulary, and each candidate is only a guess that the caller
 * keeps when the corpus has it.
 *
 * - progressive ب before the present-tense prefix: بيقول → يقول، بتدعم → تدعم
 * - future ح / ه before it: حتسافر → تسافر، هيزور → يزور
 * - Maghrebi progressive ك before it: كيقول → يقول، كنعرفو → نعرف
 * - the active participle for the present (عايش → يعيش، ساكنة → يسكن، عارفين → يعرف):
 *   the dialects say «he is living» where MSA says «he lives»
 * - negation ما…ش around a verb: مابتعرفش → تعرف
 * - the reflexive-passive ات / ان before a past verb: اتفتح → تفتح، انشغل → شغل
 * - the plural written و for MSA ون / وا, after an object pronoun is taken off:
 *   بيعتبروها → يعتبر، يعتبرون; بيسموه → يسم، يسمون
 * - «ع» for «على» glued to the article: عالحدود → الحدود; the demonstrative «ها» likewise: هالسنة → السنة
 * - the final hamza after alef the dialects do not say: وزرا → وزراء، الغنا → الغناء
 * - the long a Moroccan gives a present verb of form VIII (افتعل): يعتابر → يعتبر، كيحتارمو → يحترمو
 *
 * Input and output are normalised tokens (normalizeText).
 */

import { languageMap } from './language-data.js';

const PRESENT_PREFIXES = 'يتنا';

let standard: Map<string, string> | undefined;
/** The dialect words of knowledge/language/dialect-msa.tsv (normalised) with their MSA readings, separated by «|». */
export function dialectStandardMap(): ReadonlyMap<string, string> {
  standard ??= languageMap('dialect-msa.tsv');
  return standard;
}
/** The shortest verb left after an affix is removed: three letters, as in MSA stems. */
const MIN_REST = 3;
/** Object pronouns a dialect verb carries before its plural و is seen (longest first). */
const OBJECT_PRONOUNS = ['هم', 'ها', 'نا', 'ني', 'كم', 'ه', 'ك'];

function addForm(forms: string[], form: string): void {
  if (form.length >= MIN_REST && !forms.includes(form)) forms.push(form);
}

/** The token without the dialect negation: ماتنامش → تنام, مابيعرفش → بيعرف. */
function withoutNegation(token: string): string | null {
  if (!token.endsWith('ش') || token.length < MIN_REST + 2) return null;
  let rest = token.slice(0, -1);
  // «ما» before a verb of three letters at least: ماراحش → راح («ماجاش», two letters left, is kept whole).
  if (rest.startsWith('ما') && rest.length >= MIN_REST + 2) rest = rest.slice(2);
  else if (rest.startsWith('م') && PRESENT_PREFIXES.includes(rest[1]!) && rest.length >= MIN_REST + 2) rest = rest.slice(1);
  return rest;
}

/** A present verb's plural written و / وا (with or without an object pronoun after it): the bare verb and its MSA plural. */
function pluralReadings(verb: string): string[] {
  // Only «they» and «you (plural)» take the plural و: a word opening with ا or ن is a noun here («اسماؤه»).
  if (!'يت'.includes(verb[0]!)) return [];
  const pronoun = OBJECT_PRONOUNS.find((suffix) => verb.endsWith(`و${suffix}`) && verb.length - suffix.length - 1 >= MIN_REST);
  const plural = pronoun ? verb.slice(0, -pronoun.length) : verb.replace(/وا$/, 'و');
  if (!plural.endsWith('و') || plural.length - 1 < MIN_REST) return [];
  const bare = plural.slice(0, -1);
  return [bare, `${bare}ون`];
}

/** Feminine and plural endings of a participle: عايشة، عايشين، عايشات. */
const PARTICIPLE_ENDINGS = ['ين', 'ات', 'ه', ''];

/** An active participle فاعل (with its ending off) read as the present verb: عايش → يعيش، تعيش; ساكن → يسكن. */
function participleReadings(token: string): string[] {
  const ending = PARTICIPLE_ENDINGS.find((suffix) => token.endsWith(suffix) && token.length - suffix.length === 4);
  if (ending === undefined) return [];
  const participle = token.slice(0, token.length - ending.length);
  if (participle[1] !== 'ا') return [];
  const stem = `${participle[0]}${participle.slice(2)}`;
  return [`ي${stem}`, `ت${stem}`];
}

/** A listed form, the ending taken off it (put back on a reading), and whether a present's person prefix was changed or taken off. */
export interface ListForm {
  form: string;
  ending: string;
  reshaped?: boolean;
}

/** Present endings of «they» and «you» taken off before the verb is looked up in the third person (يقعدوا → يقعد). */
const PRESENT_PLURAL = /(?:ون|وا|و|ين)$/u;

/**
 * The forms under which a dialect word may be listed (dialect-msa.tsv lists a verb in its third
 * person), each with the ending taken off: the word itself, then without a past ending (ت، وا، و)
 * or an attached pronoun. The ending goes back on the MSA reading: اتجوزت → اتجوز + ت → تزوجت.
 * A final-weak verb's plural is read as its past: لقوا → لقى + وا. With `present`, a present verb of
 * another person is read in the third (تقعد → يقعد) and a sound one also in the past the list gives
 * (تقعد → قعد), reshaped: the reading is conjugated back by the caller (arabic-conjugation.ts).
 */
export function dialectListForms(token: string, { present = false } = {}): ListForm[] {
  const forms: ListForm[] = [{ form: token, ending: '' }];
  for (const ending of ['وا', 'و', 'ت', ...OBJECT_PRONOUNS]) {
    const form = token.slice(0, -ending.length);
    if (token.endsWith(ending) && form.length >= MIN_REST) forms.push({ form, ending });
    // «لقوا»، «حكوا»: the past's final alef maqsura (normalised ي) falls before the plural's و.
    else if (token.endsWith(ending) && ending.startsWith('و') && form.length === MIN_REST - 1) forms.push({ form: `${form}ي`, ending });
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

/**
 * The verb under a dialect-only prefix: the future ح / ه, the progressive ب / ك before the person prefix, or
 * the negation ما…ش around it (حتقعد → تقعد، مابيعرفش → يعرف، ماراحش → راح); null for a word without one. A verb so
 * marked is dialect whatever its stem means in MSA: its dialect reading is the one meant («حتقعد» stays, not sits).
 */
export function verbUnderDialectPrefix(token: string): string | null {
  const negated = withoutNegation(token);
  const base = negated ?? token;
  // The person prefixes but «ا» («I»): after «ب» it is the article far more often (بالنص، كازاخستان).
  if ('بحهك'.includes(base[0]!) && 'يتن'.includes(base[1] ?? '') && base.length >= MIN_REST + 2) return base.slice(1);
  // A past verb is marked by the whole «ما…ش» (ماراحش → راح); a present one by its «ش» alone (تقدرش → تقدر).
  return negated && (token.startsWith('ما') || 'يتن'.includes(negated[0]!)) ? negated : null;
}

/**
 * Candidate MSA forms of a dialect-inflected verb (or a word without its final hamza), most likely first (the token
 * itself excluded). `affixesOnly` keeps the readings of a prefix or ending taken off: the participle and final-hamza
 * readings fit many names too («ناصر» → «ينصر»، «رشا» → «رشاء»).
 */
export function dialectVerbForms(token: string, { affixesOnly = false } = {}): string[] {
  const forms: string[] = [];
  if (token.startsWith('عال') && token.length >= MIN_REST + 3) addForm(forms, token.slice(1));
  // The Levantine and Gulf demonstrative «هال» glued to its noun: هالسنة → السنة، هالأيام → الأيام.
  if (token.startsWith('هال') && token.length >= MIN_REST + 3) addForm(forms, token.slice(1));
  const bases = [token];
  const negated = withoutNegation(token);
  if (negated) {
    bases.push(negated);
    addForm(forms, negated);
  }
  for (const base of bases) {
    // بـ / حـ / هـ / كـ before the present-tense prefix: the prefix and the verb stay.
    if ('بحهك'.includes(base[0]!) && PRESENT_PREFIXES.includes(base[1] ?? '') && base.length >= MIN_REST + 2) addForm(forms, base.slice(1));
    // ات / ان before a past verb: the MSA form five (تكلم) and the bare verb (كلم، كتب).
    if ((base.startsWith('ات') || base.startsWith('ان')) && base.length >= MIN_REST + 2) {
      if (base[1] === 'ت') addForm(forms, base.slice(1));
      addForm(forms, base.slice(2));
    }
  }
  // A word ending in alef may have lost its final hamza (فعلاء plurals, فعال verbal nouns).
  if (!affixesOnly && token.endsWith('ا') && !/(ها|نا)$/.test(token) && token.length >= MIN_REST + 1) addForm(forms, `${token}ء`);
  for (const verb of [token, ...forms]) {
    // Prefix, first radical, the ت of form VIII, then the long a: يعتابر → يعتبر (not form X's ست: يستاهل).
    if ('يتن'.includes(verb[0]!) && verb[1] !== 'س' && verb[2] === 'ت' && verb[3] === 'ا' && verb.length >= MIN_REST + 3) addForm(forms, `${verb.slice(0, 3)}${verb.slice(4)}`);
  }
  for (const verb of [token, ...forms]) for (const form of pluralReadings(verb)) addForm(forms, form);
  if (!affixesOnly) for (const form of participleReadings(token)) addForm(forms, form);
  return forms.filter((form) => form !== token);
}
