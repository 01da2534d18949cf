/**
 * Arabic nouns the dictionary lists behind a bare preposition: «بجناح»، «لقرى»، «بيوم»، «بشان». FreeDict lists «جناح»
 * (or «الجناح»), not «بجناح», and the article-behind-a-preposition reading (definite-nouns.ts) needs the article, so
 * without this such a word reads as a name the answer must hold (read-question.ts): «شو صار بجناح بورت رايتز؟» then
 * needs a paragraph saying «بجناح», and the one telling what became of the wing is refused.
 *
 * Names open on «ب»، «ل»، «ك» too, so the reading is narrow: the rest must be a headword as it stands (or behind the
 * article), not a form reached by peeling more letters («كوامي» is no «وامي»), and not a place («بحمص» stays a name).
 */
import { loadLexicon } from '../crosslingual/lexicon.js';
import { isCityName, isPlaceName } from '../text/place-names.js';
import { isArabicToken } from '../text/tokenize.js';

/** A bare preposition, with the conjunction that may stand before it. */
const PREPOSITION = /^(?:وب|ول|وك|فب|فل|فك|ب|ل|ك)/u;
const MIN_NOUN = 3;

const isHeadword = (word: string): boolean => {
  const lexicon = loadLexicon('ar-en');
  return lexicon.has(word) || lexicon.has(`ال${word}`);
};

/** Whether a normalised Arabic token is a bare preposition written onto a noun the dictionary lists. */
export function isNounBehindPreposition(token: string): boolean {
  if (!isArabicToken(token)) return false;
  const preposition = PREPOSITION.exec(token);
  if (!preposition) return false;
  const noun = token.slice(preposition[0].length);
  return noun.length >= MIN_NOUN && isHeadword(noun) && !isPlaceName(noun) && !isCityName(noun);
}
