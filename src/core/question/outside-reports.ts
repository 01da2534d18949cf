/**
 * Questions no press report answers, whatever words they share with one: what a common word means ("what's a union?",
 * «يعني ايش رواية», "what does sovereignty mean") — a report uses the word, it seldom defines it, and the paragraph
 * that uses it is a quote about something else — and what the bot itself is or thinks ("who made you?", «شو رأيك
 * بالسياسة؟», "do you think the workers are greedy?"). A word asked about that is not in the dictionary (an
 * acronym, a name: "what does AFC mean?") may be one the article spells out, and is left to the answer.
 * A judgement of taste ("is leeds a nice city to live in?") is answered only by a passage quoting it: the words are
 * read here, the passage in answer-confidence.ts. Words: knowledge/language/outside-reports.tsv.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';

type Role = 'meaning' | 'meaning-open' | 'meaning-end' | 'filler' | 'bot' | 'greeting' | 'taste' | 'defining';

let phrases: Map<Role, string[][]> | undefined;

function phrasesOf(role: Role): string[][] {
  if (!phrases) {
    phrases = new Map();
    for (const [form, , role] of languageTable('outside-reports.tsv')) {
      const list = phrases.get(role as Role) ?? [];
      list.push(rawTokens(normalizeText(form!)));
      phrases.set(role as Role, list);
    }
    // Longest first, so "what is the meaning of" is read before "meaning of".
    for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  }
  return phrases.get(role) ?? [];
}

function opensOn(tokens: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length <= tokens.length && phrase.every((word, position) => tokens[position] === word);
}

function closesOn(tokens: readonly string[], phrase: readonly string[]): boolean {
  return opensOn(tokens.slice(tokens.length - phrase.length), phrase);
}

/** The tokens without the phrases of `role` they open on (or close on) one after another: greetings, fillers. */
function strip(tokens: readonly string[], role: Role, at: 'start' | 'end'): readonly string[] {
  const matches = at === 'start' ? opensOn : closesOn;
  let rest = tokens;
  for (let phrase = phrasesOf(role).find((candidate) => matches(rest, candidate)); phrase; phrase = phrasesOf(role).find((candidate) => matches(rest, candidate))) {
    rest = at === 'start' ? rest.slice(phrase.length) : rest.slice(0, rest.length - phrase.length);
  }
  return rest;
}

/** The word a meaning question asks about, without fillers, when it is one to three dictionary words; else null. */
function commonTerm(tokens: readonly string[]): string[] | null {
  const term = strip(strip(tokens, 'filler', 'start'), 'filler', 'end');
  return term.length > 0 && term.length <= 3 && term.every((word) => isDictionaryWord(word)) ? [...term] : null;
}

/**
 * The common word whose meaning the question asks ("union" in "what's a union?"), normalised; else null. Only a
 * passage defining it answers (answer/defines-term.ts): an encyclopaedia does, a report seldom.
 */
export function meaningAsked(question: string): string[] | null {
  const tokens = strip(rawTokens(normalizeText(question)), 'greeting', 'start');
  const opening = phrasesOf('meaning').find((phrase) => opensOn(tokens, phrase));
  if (opening && opening.length < tokens.length) return commonTerm(tokens.slice(opening.length));
  const open = phrasesOf('meaning-open').find((phrase) => opensOn(tokens, phrase));
  const end = phrasesOf('meaning-end').find((phrase) => closesOn(tokens, phrase));
  if (!open || !end || open.length + end.length >= tokens.length) return null;
  return commonTerm(tokens.slice(open.length, tokens.length - end.length));
}

/** Whether the question asks the bot itself what it is or thinks: no article answers it. */
export function asksBot(question: string): boolean {
  const tokens = strip(rawTokens(normalizeText(question)), 'greeting', 'start');
  return phrasesOf('bot').some((phrase) => opensOn(tokens, phrase));
}

/** Words that, right after a word, define it ("… is", «… هو»). */
export function definingWords(): ReadonlySet<string> {
  return new Set(phrasesOf('defining').map((phrase) => phrase.join(' ')));
}

/** The question's words of a judgement of taste ("nice", «جميل»), normalised. */
export function tasteWords(question: string): string[] {
  const taste = new Set(phrasesOf('taste').map((phrase) => phrase.join(' ')));
  return rawTokens(normalizeText(question)).filter((token) => taste.has(token));
}
