/**
 * A question asking a live fact ("what's the weather in almaty today", "is it raining in leeds now", "what time is it
 * in rabat", «كيف الطقس بعمان اليوم»): a press archive holds what was reported, not the weather or the hour now, and
 * what such a question shares with a paragraph is a place's name. Asked in the past ("what was the temperature
 * today?") it may ask what a report said, and is left to the answer. Words: knowledge/language/live-questions.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { holdsPhrase } from '../text/phrase-match.js';
import { rawTokens } from '../text/tokenize.js';

type Role = 'weather' | 'now' | 'clock' | 'past';

let phrases: Map<Role, string[][]> | undefined;

function livePhrases(): Map<Role, string[][]> {
  if (phrases) return phrases;
  phrases = new Map();
  for (const [form, , role] of languageTable('live-questions.tsv')) {
    const list = phrases.get(role as Role) ?? [];
    list.push(rawTokens(normalizeText(form!)));
    phrases.set(role as Role, list);
  }
  return phrases;
}

function holds(tokens: readonly string[], role: Role): boolean {
  return (livePhrases().get(role) ?? []).some((phrase) => holdsPhrase(tokens, phrase));
}

/** Whether the question asks the time of day, or the weather now, today or tomorrow. */
export function asksLiveFact(question: string): boolean {
  const tokens = rawTokens(normalizeText(question));
  if (holds(tokens, 'past')) return false;
  return holds(tokens, 'clock') || (holds(tokens, 'weather') && holds(tokens, 'now'));
}
