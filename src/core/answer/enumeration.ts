/**
 * Whether a unit lists things, what a question asking for several wants (question/asks-several.ts): "a wide
 * range of issues, including trade, transport and energy" answers "what sectors…?", where "the agenda was
 * wide-ranging" only says there were many. A unit lists when it opens examples («بما في ذلك»، "including"; «منها»
 * and «مثل» only with a list after them), or joins three or more short items with commas and "and" / «و».
 * Words: knowledge/language/enumeration.tsv.
 */
import { LRUCache } from 'lru-cache';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { placeCodes } from '../text/place-names.js';
import { textWords } from '../text/text-words.js';
import { TUNING } from '../tuning.js';

interface ListWords {
  inclusion: string[];
  example: Set<string>;
}

let words: ListWords | undefined;

function listWords(): ListWords {
  if (words) return words;
  words = { inclusion: [], example: new Set() };
  for (const [form, , role] of languageTable('enumeration.tsv')) {
    const phrase = normalizeText(form!);
    if (role === 'inclusion') words.inclusion.push(` ${phrase} `);
    else if (role === 'example') words.example.add(phrase);
  }
  return words;
}

/** A word joined to the one before by "and"/"or": «والطاقة»، «وللتعليم» (the conjunction on an article or preposition, never «وقال»). */
const JOINED = /^و(?:ال|بال|لل|كال)./;
const LATIN_CONJUNCTIONS = new Set(['and', 'or']);
const CONJUNCTIONS = new Set([...LATIN_CONJUNCTIONS, 'و', 'او']);

function isSeparator(token: string): boolean {
  return token === ',' || token === ';' || CONJUNCTIONS.has(token);
}

/** The tokens of a text: words and the commas between them, normalised (so «،» is ","). */
function tokensOf(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{M}\p{N}]+|[,;]/gu) ?? [];
}

/** Three or more items of a few words each, joined by commas and conjunctions. */
function joinsItems(tokens: string[]): boolean {
  let run = 0;
  let since = -1;
  for (const [position, token] of tokens.entries()) {
    const joined = JOINED.test(token);
    if (!joined && !isSeparator(token)) {
      if (since >= 0) since += 1;
      continue;
    }
    // ", and" is one separator; a word joined by «و» is a separator and the item's first word.
    if (!joined && CONJUNCTIONS.has(token) && tokens[position - 1] === ',') continue;
    const chained = since >= 1 && since <= TUNING.answer.list.itemWords;
    // An English list opens with a comma ("A, B and C"): "broad and demanding, and that…" joins two words and a clause.
    if (!chained && LATIN_CONJUNCTIONS.has(token)) {
      run = 0;
      since = 0;
      continue;
    }
    run = chained && run > 0 ? run + 1 : 1;
    if (run >= 2) return true;
    since = joined ? 1 : 0;
  }
  return false;
}

/** «منها»، «مثل» followed, within a few words, by a list's separator. */
function examplesFollow(tokens: string[], example: ReadonlySet<string>): boolean {
  return tokens.some((token, position) => example.has(token) && tokens.slice(position + 1, position + 2 + TUNING.answer.list.itemWords).some((next) => isSeparator(next) || JOINED.test(next)));
}

/** Units are read for every question that asks for a list; the same ones come back question after question. */
const verdicts = new LRUCache<string, boolean>({ max: 4096 });

/** Whether `text` (as written) lists things. */
export function givesList(text: string): boolean {
  const cached = verdicts.get(text);
  if (cached !== undefined) return cached;
  const { inclusion, example } = listWords();
  const normalized = normalizeText(text);
  const padded = ` ${normalized.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')} `;
  const tokens = tokensOf(normalized);
  const listed =
    inclusion.some((phrase) => padded.includes(phrase)) ||
    examplesFollow(tokens, example) ||
    joinsItems(tokens);
  verdicts.set(text, listed);
  return listed;
}

/** The places (place-names.ts codes) the normalised words name. */
export function placesNamed(words: Iterable<string>): Set<string> {
  const named = new Set<string>();
  for (const word of words) for (const code of placeCodes(word)) named.add(code);
  return named;
}

/**
 * Whether `text` (as written) names two places or more besides the question's own (`asked`, place codes), what a
 * question asking which countries or powers wants: asked about Chile's partners, «تجارة تشيلي مع بيرو والبرازيل»
 * lists them, «العلاقات بين تشيلي وبيرو» names one, and «استقلال تشيلي وسيادتها ووحدة أراضيها» lists something else.
 */
export function namesPlaces(text: string, asked: ReadonlySet<string>): boolean {
  const named = placesNamed(textWords(text).tokens);
  let others = 0;
  for (const code of named) if (!asked.has(code)) others += 1;
  return others >= 2;
}
