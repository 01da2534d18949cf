/**
 * The words of a piece of text with what each can be (a number word, a month, a
 * title, a cause word…, words lists values.tsv and evidence-words.tsv in
 * knowledge/language/; a place; an Arabic word no dictionary knows), read once
 * per text for answering by type (values.ts).
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageMap } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName } from '../text/place-names.js';
import { isArabicToken, rawTokens } from '../text/tokenize.js';
import { WordMemo } from '../text/word-memo.js';

let valueWords: Map<string, string> | undefined;
let evidenceWords: Map<string, string> | undefined;

/** «التسعينيات»، «الثمانينات»: a decade, written on a number word. */
const DECADE = /^(?:ال)?(عشر|عشرين|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين)?(?:يات|ات)$/;

/** The kinds of value a normalised word is (its proclitic-free readings are tried too). */
function kindsOfWord(word: string): string[] {
  valueWords ??= languageMap('values.tsv', 2, (row) => row[2] !== '-'); // `-`: read for its value only (number-words.ts)
  evidenceWords ??= languageMap('evidence-words.tsv', 2);
  const kinds: string[] = [];
  for (const form of isArabicToken(word) ? withoutProclitics(word, 2) : [word]) {
    const value = valueWords.get(form) ?? valueWords.get(`ال${form}`);
    if (value) kinds.push(value);
    const evidence = evidenceWords.get(form) ?? evidenceWords.get(`ال${form}`);
    if (evidence) kinds.push(evidence);
  }
  if (DECADE.test(word)) kinds.push('month');
  return kinds;
}

/** An Arabic word no dictionary knows (a name), or a capitalised English word inside a sentence. */
function nameLike(word: string, capitalised: boolean): boolean {
  if (word.length < 3 || /\d/.test(word)) return false;
  return isArabicToken(word) ? !isDictionaryWord(word) : capitalised;
}

export interface ValueWord {
  token: string;
  capitalised: boolean;
  /** First word of its sentence (a capital there says nothing). */
  first: boolean;
  kinds: string[];
  /** An Arabic word no dictionary knows (a name). */
  nameLike: boolean;
}

/**
 * The words of a unit with what each can be, read once per text: every
 * candidate unit of every retrieved paragraph is read for every question, and
 * the same units come back question after question.
 */
const wordsByText = new WordMemo(wordsOf, 2048);

export function readWords(text: string): ValueWord[] {
  return wordsByText.get(text);
}

function wordsOf(text: string): ValueWord[] {
  const words: ValueWord[] = [];
  let sentenceStart = true;
  for (const match of text.normalize('NFKC').matchAll(/[\p{L}\p{M}\p{N}'’]+|[.!?؟:]/gu)) {
    if (/^[.!?؟:]$/.test(match[0])) {
      sentenceStart = true;
      continue;
    }
    const capitalised = /^\p{Lu}/u.test(match[0]);
    for (const token of rawTokens(normalizeText(match[0]))) {
      const kinds = kindsOfWord(token);
      if (isPlaceName(token)) kinds.push('place');
      words.push({ token, capitalised, first: sentenceStart, kinds, nameLike: isArabicToken(token) && nameLike(token, capitalised) });
    }
    sentenceStart = false;
  }
  return words;
}

/**
 * Which words belong to a name the question gives: the question's own words, and the words of a run of
 * capitalised words holding one ("Kassym-Jomart" beside the asked "Tokayev"). A place name ends a run: "Putin" in
 * "President Putin Kazakhstan talks" is someone other than the asked Kazakhstan. Arabic has no capitals, and a run
 * of words no dictionary knows is too often a verb beside a name («أسس بيل غيتس»), so there the words alone count.
 */
export function ownNames(words: ValueWord[], own: (token: string) => boolean): (position: number) => boolean {
  const owned = words.map((word) => own(word.token));
  const inName = (word: ValueWord) => !word.kinds.includes('place') && word.capitalised && !word.first && !isArabicToken(word.token);
  let start = 0;
  while (start < words.length) {
    let end = start;
    while (end < words.length && inName(words[end]!)) end += 1;
    if (end > start && owned.slice(start, end).some(Boolean)) owned.fill(true, start, end);
    start = end + 1;
  }
  return (position) => owned[position] ?? false;
}
