/**
 * Words of a question that are not what a value is of: the dialects' auxiliaries of repetition and wanting
 * («رح يرجع يسافر» "will travel again"), adverbs such as "again", bare evaluative or temporal adjectives ("new",
 * «الجديد»), all from knowledge/language/light-words.tsv. Another paragraph's new thing says nothing about the
 * subject the question names (nor does another thing's opening: the predicate, question-predicate.ts).
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';

let light: { forms: Set<string>; auxiliaries: Set<string>; adjectiveStems: Set<string> } | undefined;

/** The listed forms, and the Arabic adjectives' light stems, so «الجديدة»، «جديدتين» read as «جديد» (an auxiliary is matched as written: «بدوي» is not «بدو»). */
function lightForms(): { forms: Set<string>; auxiliaries: Set<string>; adjectiveStems: Set<string> } {
  if (light) return light;
  light = { forms: new Set(), auxiliaries: new Set(), adjectiveStems: new Set() };
  for (const [form, , kind] of languageTable('light-words.tsv')) {
    const word = normalizeText(form!);
    light.forms.add(word);
    if (kind === 'aspect') light.auxiliaries.add(word);
    if (kind === 'evaluative' && isArabicToken(word)) light.adjectiveStems.add(stemToken(word));
  }
  return light;
}

/** Whether a (normalised) question word is an auxiliary, an adverb of repetition or a bare evaluative adjective. */
export function isLightWord(token: string): boolean {
  const { forms, adjectiveStems } = lightForms();
  return forms.has(token) || (isArabicToken(token) && adjectiveStems.has(stemToken(token)));
}

/** Whether a (normalised) question word is listed as an auxiliary or adverb of repetition (not an evaluative adjective's stem). */
export function isAuxiliary(token: string): boolean {
  return lightForms().auxiliaries.has(token);
}
