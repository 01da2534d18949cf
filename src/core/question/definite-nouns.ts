/**
 * A word written behind the article (with a preposition or conjunction before it: «للكابل», «والمستأجرين») whose
 * noun the dictionary lists, as written or in the singular of its sound plural («المتقدمين» → «متقدم», «المحلات» →
 * «محل»). FreeDict lists the bare singular; without this such a word reads as a name the answer must hold, and the
 * paragraph that says «المتقدمون» or "applicants" is taken to lack it. A name seldom takes the article and a plural
 * ending both; a foreign name never takes the article.
 *
 * The prepositions alone (ب، ل، ك) are read more narrowly (preposition-nouns.ts): they open names too («كوامي» is no «وامي»).
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { ARTICLE_PROCLITICS } from '../text/arabic-clitics.js';
import { isArabicToken } from '../text/tokenize.js';

/**
 * Sound plural endings (masculine in either case, feminine) and the dual's nominative («الزعيمان», «الوفدان»; its
 * other case is the plural's «ين»), read back to the singular: bare or with taa marbuta.
 */
const PLURAL_ENDINGS = /(?:ين|ون|ات|ان)$/;
const MIN_NOUN = 3;

export function isDefiniteNounOfWord(token: string): boolean {
  if (!isArabicToken(token)) return false;
  const prefix = ARTICLE_PROCLITICS.find((proclitic) => token.startsWith(proclitic));
  if (!prefix) return false;
  const noun = token.slice(prefix.length);
  if (noun.length < MIN_NOUN) return false;
  const singular = noun.replace(PLURAL_ENDINGS, '');
  const forms = singular === noun ? [noun] : [noun, singular, `${singular}ه`];
  return forms.some((form) => form.length >= MIN_NOUN && isDictionaryWord(form));
}
