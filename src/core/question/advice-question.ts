/**
 * A question asking what the asker should do or choose ("how do i reset my router?", "best cough syrup for a dry
 * cough", «شلون اسجل ابني بالمدرسه؟», «كيفاش نطيب الكسكس؟», «وش افضل جوال للتصوير؟»): a press report tells what
 * happened and who said what, not the reader's own how-to, and what such a question shares with a paragraph is a
 * common word or two ("signal", «المدرسة»). Asked of articles on those very things, it would still want advice, not
 * a quote. Words: knowledge/language/advice-questions.tsv (openings, and the interrogatives of manner with the
 * present-tense prefixes that read as the asker).
 */
import { languageTable } from '../text/language-data.js';
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { isFirstPersonOfKnownVerb, isPresentOfKnownVerb } from './present-verbs.js';

interface AdviceWords {
  openings: string[][];
  /** Interrogative of manner or place → the letters its first-person verb may open with. */
  how: Map<string, string>;
  /** The interrogatives of place among them, whose verb may be a past passive («وين اقيم الحفل»). */
  where: Set<string>;
}

let words: AdviceWords | undefined;
let openers: Set<string> | undefined;

function adviceWords(): AdviceWords {
  if (words) return words;
  const openings: string[][] = [];
  const how = new Map<string, string>();
  const where = new Set<string>();
  for (const [form, , role, prefixes] of languageTable('advice-questions.tsv')) {
    const tokens = rawTokens(normalizeText(form!));
    if (role === 'opening') openings.push(tokens);
    else if ((role === 'how' || role === 'where') && tokens.length === 1) how.set(tokens[0]!, prefixes ?? 'ا');
    if (role === 'where' && tokens.length === 1) where.add(tokens[0]!);
  }
  return (words = { openings, how, where });
}

/** "so", "ok": words a typed question may open on before the question proper (discourse-openers.tsv). */
function skipOpeners(tokens: readonly string[]): readonly string[] {
  openers ??= new Set(languageTable('discourse-openers.tsv').map((row) => normalizeText(row[0]!)));
  let at = 0;
  while (at < tokens.length - 1 && openers.has(tokens[at]!)) at++;
  return tokens.slice(at);
}

/**
 * «اسجل» "I register" after «شلون»: the asker's verb (present-verbs.ts), in the first person or, where the question
 * word allows, another; not a word the dictionary lists as it is (form IV's «اعلن»، «اصبح»).
 */
function firstPersonVerb(token: string, prefixes: string): boolean {
  if (token.length < 4 || !prefixes.includes(token[0]!) || isDictionaryWord(token)) return false;
  return token[0] === 'ا' ? isFirstPersonOfKnownVerb(token) : isPresentOfKnownVerb(token);
}

/** Whether the question (its own sentence, not context before it) asks for the asker's how-to or a recommendation. */
export function asksAdvice(question: string, lang: Language): boolean {
  const tokens = skipOpeners(rawTokens(normalizeText(question)));
  const { openings, how, where } = adviceWords();
  if (openings.some((opening) => opening.length < tokens.length && opening.every((word, position) => tokens[position] === word))) return true;
  if (lang !== 'ar') return false;
  return tokens.some((token, position) => {
    const prefixes = how.get(token);
    const next = tokens[position + 1];
    // «وين اقيم الحفل»: a definite noun after the verb is its subject, the verb a past passive, not the asker's.
    if (where.has(token) && tokens[position + 2]?.startsWith('ال')) return false;
    return prefixes !== undefined && next !== undefined && firstPersonVerb(next, prefixes);
  });
}
