/**
 * Deeds whose telling has few wordings (knowledge/language/deed-words.tsv): a who-question asking who won is answered by
 * a sentence naming someone beside a word of winning («فاز…», "the winner…", "went to…"), while a report's lead naming
 * whoever opened the festival names no winner. Other deeds are told in too many words to require one.
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { holdsPhrase } from '../text/phrase-match.js';
import { isArabicToken, rawTokens } from '../text/tokenize.js';

interface DeedWords {
  /** A question verb → the deed it asks of. */
  asked: Map<string, string>;
  /** A deed → the words and phrases (normalised tokens) that tell it. */
  told: Map<string, string[][]>;
}

let words: DeedWords | undefined;

function deedWords(): DeedWords {
  if (words) return words;
  const asked = new Map<string, string>();
  const told = new Map<string, string[][]>();
  for (const [form, , deed, role] of languageTable('deed-words.tsv')) {
    const tokens = rawTokens(normalizeText(form!));
    if (role === 'asked' && tokens.length === 1) asked.set(tokens[0]!, deed!);
    told.set(deed!, [...(told.get(deed!) ?? []), tokens]);
  }
  return (words = { asked, told });
}

/** The deed a who-question's verb asks of (normalised token, as typed), or null when it is not listed. */
export function deedOf(verb: string): string | null {
  const { asked } = deedWords();
  return asked.get(verb) ?? (isArabicToken(verb) ? (withoutProclitics(verb).map((form) => asked.get(form)).find(Boolean) ?? null) : null);
}

/** Whether the text tells the deed: holds one of its words or phrases. */
export function tellsDeed(text: string, deed: string): boolean {
  const tokens = rawTokens(normalizeText(text));
  return (deedWords().told.get(deed) ?? []).some((phrase) => holdsPhrase(tokens, phrase));
}
