/**
 * The role a who-question names ("who is the coach…", «مين المدرب اللي…»,
 * «من هو الوزير…»): the person who answers must be the one in that role, so a
 * unit naming someone in another role («قال المحافظ…» for a question about a
 * coach) holds no answer of the kind asked. Read only where the role is
 * unmistakably a noun: after the question word and a copula, a definite
 * dictionary noun (English "the …", Arabic «الـ…»); "who won…" names none.
 */
import { isDictionaryWord } from '../crosslingual/lexicon.js';
import { isArabicToken } from '../text/tokenize.js';
import { questionIntent } from './question-words.js';

/** Copulas and pronouns that may stand between the question word and the role (normalised). */
const COPULAS = new Set(['is', 'was', 'are', 'were', 's', 'هو', 'هي', 'هم', 'كان', 'كانت']);
/** The shortest Arabic role noun with its article: «المدرب», not «الذي». */
const MIN_ARABIC_ROLE = 5;

/** The role noun of a who-question (normalised, as typed), or null when it names none. */
export function askedRole(tokens: string[]): string | null {
  const at = tokens.findIndex((token) => questionIntent(token) === 'who');
  if (at < 0) return null;
  let position = at + 1;
  while (COPULAS.has(tokens[position] ?? '')) position += 1;
  const english = tokens[position] === 'the';
  if (english) position += 1;
  const role = tokens[position];
  if (!role) return null;
  if (isArabicToken(role)) return role.startsWith('ال') && role.length >= MIN_ARABIC_ROLE && isDictionaryWord(role.slice(2)) ? role : null;
  return english && isDictionaryWord(role) ? role : null;
}
