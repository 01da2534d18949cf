/**
 * A question no press report answers, whatever words it shares with one: what a common word means ("what's a union?",
 * «يعني ايش رواية», "what does sovereignty mean") — a report uses the word, it does not define it, and the paragraph
 * that uses it is a quote about something else — and what the bot itself is or thinks ("who made you?", «شو رأيك
 * بالسياسة؟», "do you think the workers are greedy?"). A word asked about that is not in the dictionary (an
 * acronym, a name: "what does AFC mean?") may be one the article spells out, and is left to the answer.
 * Words: knowledge/language/outside-reports.tsv.
 */
import { isDictionaryWord } from '../crosslingual/lexicon.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';

type Role = 'meaning' | 'meaning-open' | 'meaning-end' | 'filler' | 'bot' | 'greeting';

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

/** Whether the word a meaning question asks about, without fillers, is one to three dictionary words. */
function isCommonTerm(tokens: readonly string[]): boolean {
  const term = strip(strip(tokens, 'filler', 'start'), 'filler', 'end');
  return term.length > 0 && term.length <= 3 && term.every((word) => isDictionaryWord(word));
}

function asksMeaning(tokens: readonly string[]): boolean {
  const opening = phrasesOf('meaning').find((phrase) => opensOn(tokens, phrase));
  if (opening && opening.length < tokens.length) return isCommonTerm(tokens.slice(opening.length));
  const open = phrasesOf('meaning-open').find((phrase) => opensOn(tokens, phrase));
  const end = phrasesOf('meaning-end').find((phrase) => closesOn(tokens, phrase));
  if (!open || !end || open.length + end.length >= tokens.length) return false;
  return isCommonTerm(tokens.slice(open.length, tokens.length - end.length));
}

/** Whether the question asks what a common word means, or asks the bot itself: no article answers it. */
export function asksOutsideReports(question: string): boolean {
  const tokens = strip(rawTokens(normalizeText(question)), 'greeting', 'start');
  if (phrasesOf('bot').some((phrase) => opensOn(tokens, phrase))) return true;
  return asksMeaning(tokens);
}
