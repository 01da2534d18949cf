/**
 * The role a who-question names ("who is the coach…", «مين المدرب اللي…»,
 * «من هو الوزير…»): the person who answers must be the one in that role, so a
 * unit naming someone in another role («قال المحافظ…» for a question about a
 * coach) holds no answer of the kind asked. Read only where the role is
 * unmistakably a noun: after the question word and a copula, a definite
 * dictionary noun (English "the …", Arabic «الـ…»); "who won…" names none,
 * but asks of a deed (`askedDeed`): whoever answers it must be told doing it.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { isArabicToken, isStopWord } from '../text/tokenize.js';
import { isTopicless, questionIntent } from './question-words.js';

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

/** Auxiliaries after "who" that put a verb later ("who did the council appoint…"): the predicate reading's part. */
const AUXILIARIES = new Set([...COPULAS, 'did', 'does', 'do', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must']);

/**
 * The deed a who-question asks the doer of: its predicate where the question's word order shows one (question-predicate.ts:
 * «مين صمم…», "who did the council appoint…"), else the English verb right after "who" ("who won the best film…",
 * "who's financing…"; an adverb before it, "who exactly won", is passed over). Null for "who is the…", which asks a role.
 */
export function askedDeed(tokens: readonly string[], predicate: string | null): string | null {
  if (predicate !== null) return predicate;
  const at = tokens.findIndex((token) => questionIntent(token) === 'who');
  if (at < 0 || isArabicToken(tokens[at]!)) return null;
  let position = at + 1;
  while (/^[a-z]+ly$/.test(tokens[position] ?? '')) position += 1;
  const verb = tokens[position];
  if (!verb || isArabicToken(verb) || AUXILIARIES.has(verb) || isStopWord(verb) || isTopicless(verb)) return null;
  return verb;
}
