/**
 * Whether a question asks what will happen, and whether a sentence says what
 * will happen (knowledge/language/tense-markers.tsv): "when will he visit
 * again?" is not answered by a sentence reporting his last visit. The future is
 * read from its words ("will", «سوف», «من المقرر», "is expected to", «المقبل»)
 * and from the prefix of a present-tense verb («سيزور»; in a question also the
 * dialects' «حتتغير»، «هيزور»): a prefixed word counts when the dictionary does
 * not know it whole (so «سياسة»، «سيارة» are not read as «سـ» + a verb) and
 * knows the verb under it (so a name such as «سيمبسون» is not either).
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName } from '../text/place-names.js';
import { textWords } from '../text/text-words.js';
import { rawTokens } from '../text/tokenize.js';
import { knownVerb, MIN_VERB, PRESENT_PREFIXES } from './present-verbs.js';

type Role = 'future' | 'question_future' | 'prefix' | 'question_prefix' | 'past_auxiliary' | 'before_present';

interface Phrase {
  words: string[];
  role: Role;
}

/** Phrases by their first word: a text is read word by word, not once per phrase. */
let markers: { words: Map<string, Role>; phrases: Map<string, Phrase[]>; prefixes: Map<string, Role> } | undefined;

function loadMarkers() {
  if (markers) return markers;
  markers = { words: new Map(), phrases: new Map(), prefixes: new Map() };
  for (const [form, , role] of languageTable('tense-markers.tsv')) {
    const words = rawTokens(normalizeText(form!));
    if (role === 'prefix' || role === 'question_prefix') markers.prefixes.set(words[0]!, role);
    else if (words.length === 1) markers.words.set(words[0]!, role as Role);
    else markers.phrases.set(words[0]!, [...(markers.phrases.get(words[0]!) ?? []), { words, role: role as Role }]);
  }
  return markers;
}

const CONJUNCTIONS = 'وف';

function prefixedVerb(word: string, prefixes: Map<string, Role>, inQuestion: boolean): boolean {
  // «وسيتبع»، «فستبقى»: the conjunction before the future prefix.
  const token = CONJUNCTIONS.includes(word[0] ?? '') && prefixes.has(word[1] ?? '') ? word.slice(1) : word;
  const role = prefixes.get(token[0] ?? '');
  if (!role || (role === 'question_prefix' && !inQuestion)) return false;
  return presentVerb(token.slice(1)) && !isDictionaryWord(token) && !isPlaceName(token);
}

/** A present-tense verb the dictionary knows («يبدأ», «تزور»). */
function presentVerb(word: string): boolean {
  return word.length >= MIN_VERB && PRESENT_PREFIXES.includes(word[0]!) && knownVerb(word);
}

/** "will" is also a noun ("the political will of both leaders", "the will and determination"): then a word of these stands beside it. */
const NOUN_BEFORE = new Set(['the', 'a', 'political', 'his', 'her', 'their', 'our', 'its', 'free', 'good']);
const NOUN_AFTER = new Set(['of', 'and', 'or', 'to']);

function marksFuture(text: string, inQuestion: boolean): boolean {
  const { words, phrases, prefixes } = loadMarkers();
  const tokens = textWords(text).tokens;
  const counts = (role: Role | undefined) => role !== undefined && role !== 'past_auxiliary' && (inQuestion || role === 'future' || role === 'prefix' || role === 'before_present');
  // «على أن يبدأ العمل به…»: the phrase schedules what the present-tense verb after it says; «أكد على أن الحكومة…» does not.
  const completes = (phrase: Phrase, at: number) => phrase.role !== 'before_present' || presentVerb(tokens[at + phrase.words.length] ?? '');
  const noun = (at: number) => tokens[at] === 'will' && (NOUN_BEFORE.has(tokens[at - 1] ?? '') || NOUN_AFTER.has(tokens[at + 1] ?? ''));
  // «كانت ستتلقى», "was going to": a past plan, told in the past (the auxiliary stands just before, or one word before).
  const inPast = (at: number) => [at - 1, at - 2].some((before) => words.get(tokens[before] ?? '') === 'past_auxiliary');
  // «ومن المقرر»، «وسوف»: a word with the conjunction glued on is the word.
  const bare = (token: string | undefined) => (token && token.length > 2 && CONJUNCTIONS.includes(token[0]!) ? token.slice(1) : token);
  const roleOf = (token: string) => words.get(token) ?? words.get(bare(token)!);
  if (tokens.some((token, at) => ((counts(roleOf(token)) && !noun(at)) || prefixedVerb(token, prefixes, inQuestion)) && !inPast(at))) return true;
  const continuesAt = (phrase: string[], at: number) => phrase.every((word, offset) => offset === 0 || tokens[at + offset] === word);
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    const opening = phrases.get(token);
    const openingBare = bare(token) !== token ? phrases.get(bare(token)!) : undefined;
    if (!opening && !openingBare) continue;
    const starts = (phrase: Phrase) => counts(phrase.role) && continuesAt(phrase.words, at) && completes(phrase, at);
    if ((opening?.some(starts) || openingBare?.some(starts)) && !inPast(at)) return true;
  }
  return false;
}

/** Whether the question asks about what will happen. */
export function asksAboutFuture(question: string): boolean {
  return marksFuture(question, true);
}

/** Whether the text (a unit, or its translation) says what will happen. */
export function speaksOfFuture(text: string): boolean {
  return marksFuture(text, false);
}

/** Whether a normalised word opens one of the future's markers ("going" of "going to", "plans", "expected"): it tells when, not what is done. */
export function opensFutureMarker(word: string): boolean {
  const { words, phrases } = loadMarkers();
  return words.has(word) || phrases.has(word);
}
