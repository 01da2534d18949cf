/**
 * Picks the sentence(s) of a paragraph that answer the question: the most
 * question words (by idf), the closest wording, and the kind of answer asked
 * for (a number for "how many", a date for "when").
 */
import { countTokenFeaturesInto, FeatureCounter } from '../embeddings/features.js';
import type { LocalEmbeddings } from '../embeddings/local-embeddings.js';
import { normalizeText } from '../text/normalize.js';
import { isStopWord, rawTokens, stemToken } from '../text/tokenize.js';
import type { Paragraph } from '../types.js';
import type { SentenceRange } from './citations.js';

export type AnswerKind = 'number' | 'time' | 'other';

export function answerKind(question: string): AnswerKind {
  const text = normalizeText(question);
  if (/\b(how many|how much|how long|how often)\b|كم /.test(`${text} `)) return 'number';
  if (/\b(when|what year|what date|since when)\b|متي|منذ متي|في اي عام/.test(text)) return 'time';
  return 'other';
}

const NUMBER_WORDS = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|times|hours|days|years)\b|واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر|مره|مرات|ساعات/;
const TIME_WORDS = /\b\d{4}\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|since|year|century|nineties)\b|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|تشرين|منذ|عام|التسعينيات/;

export interface SentenceScorer {
  /** idf-weighted query term weights by stemmed term. */
  termWeights: Map<string, number>;
  queryVector: Map<number, number>;
  lexical: LocalEmbeddings;
  kind: AnswerKind;
}

const counter = new FeatureCounter();

/**
 * One pass over a sentence: normalised once, tokenised once, and that serves
 * its index terms (as indexTerms), its lexical cosine to the question (as
 * sparseCosine of sparseVector) and the answer-kind test.
 */
function readSentence(scorer: SentenceScorer, text: string, terms: Set<string>): { normalized: string; similarity: number } {
  const normalized = normalizeText(text);
  const tokens = rawTokens(normalized);
  for (const token of tokens) if (!isStopWord(token)) terms.add(stemToken(token));
  return { normalized, similarity: scorer.lexical.cosineWith(scorer.queryVector, countTokenFeaturesInto(tokens, counter)) };
}

function sentenceScore(scorer: SentenceScorer, original: string, translation: string | undefined): number {
  const present = new Set<string>();
  const own = readSentence(scorer, original, present);
  const translated = translation ? readSentence(scorer, translation, present) : null;
  let total = 0;
  let found = 0;
  for (const [term, weight] of scorer.termWeights) {
    total += weight;
    if (present.has(term)) found += weight;
  }
  const overlap = total > 0 ? found / total : 0;
  const similarity = Math.max(own.similarity, translated ? translated.similarity : 0);
  // normalizeText of "original translation" is the two normalised halves joined by a space.
  const text = translation === undefined ? own.normalized : `${own.normalized} ${translated?.normalized ?? normalizeText(translation)}`.trim();
  const kindBonus = (scorer.kind === 'number' && NUMBER_WORDS.test(text)) || (scorer.kind === 'time' && TIME_WORDS.test(text)) ? 0.15 : 0;
  return overlap + 0.5 * similarity + kindBonus;
}

/** A sentence too short to stand alone is a fragment cut by the outlet's full stops. */
function isFragment(paragraph: Paragraph, index: number): boolean {
  const sentence = paragraph.sentences[index]!.text;
  return rawTokens(normalizeText(sentence)).length < 6;
}

export function chooseSentences(scorer: SentenceScorer, paragraph: Paragraph): { range: SentenceRange; score: number } {
  let best = { index: 0, score: -1 };
  paragraph.sentences.forEach((sentence, index) => {
    if (!/[\p{L}\p{N}]/u.test(sentence.text)) return; // "(…)." carries nothing
    const score = sentenceScore(scorer, sentence.text, paragraph.sentenceTranslations?.[index]);
    if (score > best.score) best = { index, score };
  });
  const range = { first: best.index, last: best.index };
  // Fragments read better with their neighbour: the outlet often splits one sentence in two.
  if (isFragment(paragraph, best.index)) {
    if (best.index > 0) range.first -= 1;
    else if (best.index + 1 < paragraph.sentences.length) range.last += 1;
  }
  return { range, score: Math.max(0, best.score) };
}
