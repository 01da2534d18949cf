/**
 * The sentence before a unit, when it names what the unit is about: an
 * encyclopedic or press paragraph names its subject once, in its lead sentence,
 * and the sentences after speak of it by pronoun or not at all («ويقع مقرها في…»,
 * "It was founded…", «وتولى رئاستها من…»). Such a sentence inherits the lead's
 * question words at a fraction when units are compared (sentence-choice.ts), so
 * the one that answers can win over the lead that only repeats the question's
 * subject, and it is shown with the sentence before while the two stay short.
 * Every sentence but a paragraph's first may lean on the one before: requiring a
 * pronoun or a listed back-reference among its first words gained nothing when
 * tried (README, Measured), as most such sentences name no pronoun at all.
 */
import { foundShare, groupPresence } from '../retrieval/evidence.js';
import { textWords } from '../text/text-words.js';
import { TUNING } from '../tuning.js';
import type { Paragraph } from '../types.js';
import { quoteOf, quoteTranslationOf, type SentenceRange } from './citations.js';
import type { SentenceScorer } from './sentence-scorer.js';
import { answerUnit, joinedUnit } from './units.js';

/**
 * An Arabic stem without the alif of the accusative ending («عضواً», «رئيساً» → «عضوا», «رييسا»), applied to
 * both sides of the comparison: the question's word in one case finds the unit's in another («عضو»).
 */
export const caseless = (stem: string) => (stem.length >= 4 && /[\u0621-\u064A]ا$/u.test(stem) ? stem.slice(0, -1) : stem);

export interface ReadText {
  tokens: readonly string[];
  stems: string[];
  /** The text's lexical cosine with the question (sentence-choice.ts), once asked: a unit is read again when widened or shown. */
  similarity?: number;
}

/** Per question, the unit texts read so far: a unit is read alone, with the sentence before, and again when shown. */
const readTexts = new WeakMap<SentenceScorer, Map<string, ReadText>>();

/** The text's content words as caseless stems, added to `stems`; returns what was read of the text. */
export function addStems(scorer: SentenceScorer, text: string, stems: Set<string>): ReadText {
  let texts = readTexts.get(scorer);
  if (!texts) readTexts.set(scorer, (texts = new Map()));
  let read = texts.get(text);
  if (!read) {
    const words = textWords(text);
    read = { tokens: words.tokens, stems: words.stems.map(caseless) };
    texts.set(text, read);
  }
  for (const stem of read.stems) stems.add(stem);
  return read;
}

/** The share of the question's words the unit gains when read with the sentence before it (0 for a paragraph's first). */
export function inheritedShare(scorer: SentenceScorer, paragraph: Paragraph, range: SentenceRange, coverage: number): number {
  if (range.first === 0) return 0;
  const stems = new Set<string>();
  const previous = range.first - 1;
  const texts = [quoteOf(paragraph, range), quoteTranslationOf(paragraph, range), paragraph.sentences[previous]!.text, paragraph.sentenceTranslations?.[previous]];
  for (const text of texts) if (text) addStems(scorer, text, stems);
  const withPrevious = foundShare(groupPresence(scorer.index, scorer.terms, (term) => stems.has(caseless(term)), false));
  return Math.max(0, withPrevious - coverage);
}

/** The shown range with the unit before it, when that one holds question words the range lacks and the two stay short. */
export function ledIn(scorer: SentenceScorer, paragraph: Paragraph, range: SentenceRange, coverage: number): SentenceRange {
  if (range.first === 0 || inheritedShare(scorer, paragraph, range, coverage) <= 0) return range;
  const before = answerUnit(paragraph, range.first - 1);
  return joinedUnit(paragraph, before.first, range.last, TUNING.answer.followChars) ?? range;
}
