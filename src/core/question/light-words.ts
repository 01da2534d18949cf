/**
 * Words of a question that are not what a value is of: the dialects' auxiliaries of repetition and wanting
 * («رح يرجع يسافر» "will travel again"), adverbs such as "again", bare evaluative or temporal adjectives ("new",
 * «الجديد»), all from knowledge/language/light-words.tsv; and the question's predicate, the event a date or amount
 * is asked of ("open" in "when did the new museum open?", «افتتح» in «متى افتتح المتحف؟»). Another paragraph's
 * new thing, or another thing's opening, says nothing about the subject the question names.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, isStopWord, stemToken } from '../text/tokenize.js';
import { isQuestionWord, isTopicless } from './question-words.js';

let light: { forms: Set<string>; adjectiveStems: Set<string> } | undefined;

/** The listed forms, and the Arabic adjectives' light stems, so «الجديدة»، «جديدتين» read as «جديد» (an auxiliary is matched as written: «بدوي» is not «بدو»). */
function lightForms(): { forms: Set<string>; adjectiveStems: Set<string> } {
  if (light) return light;
  light = { forms: new Set(), adjectiveStems: new Set() };
  for (const [form, , kind] of languageTable('light-words.tsv')) {
    const word = normalizeText(form!);
    light.forms.add(word);
    if (kind === 'evaluative' && isArabicToken(word)) light.adjectiveStems.add(stemToken(word));
  }
  return light;
}

/** Whether a (normalised) question word is an auxiliary, an adverb of repetition or a bare evaluative adjective. */
export function isLightWord(token: string): boolean {
  const { forms, adjectiveStems } = lightForms();
  return forms.has(token) || (isArabicToken(token) && adjectiveStems.has(stemToken(token)));
}

/** Auxiliaries that put the subject before the verb in an English question ("when did the museum open?"). */
const ENGLISH_INVERTING = new Set(['did', 'does', 'do', 'will', 'would', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'can', 'could']);

/**
 * The question's predicate, when its word order shows it: English "when|how much … did <subject> <verb>?" ends on
 * the verb; Arabic «متى <فعل> <الفاعل>» puts the verb, without the article, right after the question word.
 * Null when the order says nothing (a verb inside the sentence, a question word at the end).
 */
export function questionPredicate(tokens: readonly string[], lang: 'ar' | 'en'): string | null {
  const asked = tokens.findIndex((token) => isQuestionWord(token));
  if (asked !== 0) return null;
  if (lang === 'en') {
    const inverted = tokens.slice(1, 4).some((token) => ENGLISH_INVERTING.has(token));
    const last = tokens.at(-1);
    const before = tokens.at(-2);
    return inverted && last && before && !isTopicless(last) && !isStopWord(before) ? last : null;
  }
  const next = tokens.slice(1).find((token) => !isTopicless(token));
  return next && !next.startsWith('ال') && next === tokens[1] ? next : null;
}
