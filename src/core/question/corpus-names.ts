/**
 * A question typed without capitals ("how many times has rice visited
 * japan") hides which of its words are names, and a name that is also an
 * English word ("rice", "bush", "trump") is not told apart by the dictionary.
 * The corpus tells: a word its English text (an English article, or an Arabic
 * article's translation) never writes in lower case inside a sentence, and
 * writes at least once with a capital on its own (not only as one word of a
 * longer name), is a name there, as it would be in the question had it been
 * typed so. Titles the press capitalises before a name ("President") are not.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { nameWords } from '../summary/name-words.js';
import { stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';

const caseCounts = new WeakMap<ParagraphIndex, Map<string, { lower: number; alone: number; capital: number }>>();
let titles: Set<string> | undefined;

/** The English text of an entry: an English article's own, or an Arabic article's translation. */
function englishText(index: ParagraphIndex, entryId: number): string {
  const entry = index.entries[entryId]!;
  const language = index.articles[entry.article]!.meta.language;
  const english = (language === 'en') === (entry.view === 'original');
  return english ? index.readEntryText(entry) : '';
}

const capitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word) && !titles!.has(word.toLowerCase());

/**
 * How often the word is written inside sentences in lower case, and with a capital standing alone ("Rice's role", "Secretary Rice"), not as one word of a longer name ("Kearney Boulevard",
 * "University of Paris"), whose common nouns are capitalised there only.
 */
function midSentenceCases(text: string, word: string): { lower: number; alone: number; capital: number } {
  const counts = { lower: 0, alone: 0, capital: 0 };
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu'))) {
    const before = text.slice(0, match.index).replace(/[\s"“”'‘’«»()[\]-]+$/u, '');
    // After a full stop, a colon or at the start of the text every word is capitalised: that says nothing.
    if (before === '' || /[.!?:;\n]$/u.test(before)) continue;
    if (!/^\p{Lu}/u.test(match[0])) {
      counts.lower += 1;
      continue;
    }
    counts.capital += 1;
    const previous = /(\p{L}+)\s+$/u.exec(text.slice(0, match.index))?.[1];
    const [, next, afterOf] = /^(?:['’]s)?\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(match.index + match[0].length)) ?? [];
    if (!capitalised(previous) && !capitalised(next) && !(next === 'of' && capitalised(afterOf))) counts.alone += 1;
  }
  return counts;
}

/** How the corpus's English text writes the (lower-case, a–z) word inside sentences, from a sample of its entries (cached per index). */
function casesInCorpus(index: ParagraphIndex, word: string): { lower: number; alone: number; capital: number } {
  let known = caseCounts.get(index);
  if (!known) caseCounts.set(index, (known = new Map()));
  const cached = known.get(word);
  if (cached) return cached;
  titles ??= new Set(nameWords('en', 'title').map((title) => title.toLowerCase()));
  const counts = { lower: 0, alone: 0, capital: 0 };
  for (const entry of index.keyword.entriesWith(stemToken(word), TUNING.reading.nameSampleEntries)) {
    const found = midSentenceCases(englishText(index, entry), word);
    counts.lower += found.lower;
    counts.alone += found.alone;
    counts.capital += found.capital;
  }
  known.set(word, counts);
  return counts;
}

/** Whether the corpus's English text writes the (lower-case, a–z) word only with a capital inside a sentence, standing alone at least once. */
function writtenAsName(index: ParagraphIndex, word: string): boolean {
  if (!/^[a-z]{3,}$/.test(word)) return false;
  titles ??= new Set(nameWords('en', 'title').map((title) => title.toLowerCase()));
  if (titles.has(word)) return false;
  const counts = casesInCorpus(index, word);
  return counts.alone > 0 && counts.lower === 0;
}

/**
 * Whether the corpus's English text writes the (lower-case, a–z) word in lower case anywhere (after a full stop too:
 * "Y. pestis"), or nowhere with a capital: not a name, though no sentence shows it inside (Almaty, written only where
 * a sentence begins, is not so written).
 */
export function writtenInLowerCase(index: ParagraphIndex, word: string): boolean {
  if (!/^[a-z]{2,}$/.test(word)) return true;
  let capitals = 0;
  for (const entry of index.keyword.entriesWith(stemToken(word), TUNING.reading.nameSampleEntries)) {
    for (const match of englishText(index, entry).matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu'))) {
      if (!/^\p{Lu}/u.test(match[0])) return true;
      capitals += 1;
    }
  }
  return capitals === 0;
}

/**
 * Whether the corpus's English text writes the word with a capital inside sentences and never in lower case, alone
 * or as one word of a longer name ("Super" of "Super Bowl"): a name there, which an Arabic question can only spell.
 */
export function writtenCapitalised(index: ParagraphIndex, word: string): boolean {
  if (!/^[a-z]{2,}$/.test(word)) return false;
  const counts = casesInCorpus(index, word);
  return counts.capital > 0 && counts.lower === 0;
}

/**
 * The words of a question typed without capitals (after its first word) that the corpus writes as names. A
 * question that capitalises some words and not others means the others as common words ("the federal government").
 */
export function namesTypedInLowerCase(index: ParagraphIndex, question: string, words: readonly string[]): string[] {
  const afterFirstWord = question.trim().replace(/^\S+/u, '');
  if (/\p{Lu}/u.test(afterFirstWord)) return [];
  return words.filter((word) => writtenAsName(index, word));
}

/**
 * An Arabic word no dictionary knows that the corpus writes only with the article («البروتوكول», never
 * «بروتوكول»): a borrowed common noun, not a name (names of people and most of places are written bare:
 * «ماكرون»، «موريتانيا»; places written with the article are in the place list and stay names).
 */
const NISBA = /(?:ي|يه|يين|يون|يات)$/u;

export function writtenOnlyDefinite(index: ParagraphIndex, token: string): boolean {
  const bare = token.startsWith('ال') ? token.slice(2) : token;
  // A nisba («البرتغاليين»، «الموريتانية») is made from a name and says what the answer is about as the name does.
  if (bare.length < 3 || !/^\p{Script=Arabic}+$/u.test(bare) || NISBA.test(bare)) return false;
  return index.keyword.surfaceDocumentFrequency(bare) === 0 && index.keyword.surfaceDocumentFrequency(`ال${bare}`) > 0;
}
