/**
 * One question, offline, against one index: read it, retrieve, choose each
 * paragraph's answer unit, decide answerability and compose the answer. The
 * engine wraps this with generation (OpenAI) and the last citation check;
 * `explainQuestion` gives the fitting script what the decision was made from.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { analyseQuestion } from '../question/analyse-question.js';
import { retrieveParagraphs, type RetrievedParagraph } from '../retrieval/retriever.js';
import type { Language } from '../text/language.js';
import type { Answer, AnswerType, ConversationTurn } from '../types.js';
import type { AnswerabilityFeatures } from './answerability.js';
import { candidateFeatures, composeExtractiveAnswer, phrasesOf, rankCandidates } from './extractive.js';
import type { SentenceScorer } from './sentence-choice.js';

export interface QuestionOptions {
  k: number;
  history?: ConversationTurn[];
  onDenseFailure?: (error: unknown) => void;
  /** Paragraphs to leave out (the fitting script removes the one that answers, to make a trap). */
  skip?: (hit: RetrievedParagraph) => boolean;
}

async function prepare(index: ParagraphIndex, text: string, lang: Language, options: QuestionOptions) {
  const analysis = analyseQuestion(index, text, lang, options.history);
  const skip = options.skip;
  const found = await retrieveParagraphs(index, { ...analysis, k: options.k + (skip ? 1 : 0), onDenseFailure: options.onDenseFailure });
  const retrieved = (skip ? found.filter((hit) => !skip(hit)) : found).slice(0, options.k);
  const scorer: SentenceScorer = {
    index,
    terms: analysis.terms,
    queryVector: index.lexical.sparseVector(analysis.vectorText),
    lexical: index.lexical,
    type: analysis.reading.type,
    questionWords: analysis.questionWords,
  };
  return { analysis, retrieved, scorer };
}

export async function answerQuestion(index: ParagraphIndex, text: string, lang: Language, options: QuestionOptions): Promise<Answer> {
  const { analysis, retrieved, scorer } = await prepare(index, text, lang, options);
  return composeExtractiveAnswer({ question: text, lang, retrieved, scorer, focus: analysis });
}

export interface QuestionExplanation {
  type: AnswerType;
  /** The best candidate's features (null when nothing was retrieved). */
  features: AnswerabilityFeatures | null;
  /** "articleId#paragraph" of the best candidate. */
  top: string | null;
}

export async function explainQuestion(index: ParagraphIndex, text: string, lang: Language, options: QuestionOptions): Promise<QuestionExplanation> {
  const { analysis, retrieved, scorer } = await prepare(index, text, lang, options);
  const [best] = rankCandidates({ retrieved, scorer });
  return {
    type: scorer.type,
    features: best ? candidateFeatures(index, scorer.terms, analysis, scorer.type, lang, best, phrasesOf(analysis, retrieved)) : null,
    top: best ? `${best.hit.article.meta.id}#${best.hit.paragraph.number}` : null,
  };
}
