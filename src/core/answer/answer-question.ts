/**
 * One question, offline, against one index: read it, retrieve, choose each
 * paragraph's answer unit, decide answerability and compose the answer. The
 * engine wraps this with generation (OpenAI) and the last citation check;
 * `explainQuestion` gives the fitting script what the decision was made from.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { analyseQuestion } from '../question/analyse-question.js';
import { resolveFollowUp } from '../question/follow-up.js';
import { questionSentences } from '../question/question-sentence.js';
import { TUNING } from '../tuning.js';
import { retrieveParagraphs, type RetrievedParagraph } from '../retrieval/retriever.js';
import type { Language } from '../text/language.js';
import type { Answer, AnswerType, ArticleHead, ConversationTurn } from '../types.js';
import { answerAboutArticles, inPeriod, periodOf } from '../articles/article-questions.js';
import { readQuestion } from '../question/read-question.js';
import { asksForView } from '../question/stance-cues.js';
import type { AnswerabilityFeatures } from './answerability-model.js';
import { answerConfidence, candidateFeatures, orderCandidates, phrasesOf, withUnits, type Candidate } from './candidates.js';
import { composeExtractiveAnswer } from './extractive.js';
import { questionForms } from './own-names.js';
import { placesNamed } from './enumeration.js';
import type { SentenceScorer } from './sentence-choice.js';
import { askedDimensions } from '../question/asked-dimension.js';
import { mendedQuestion } from '../question/typed-slips.js';
import { joined, nothingInPeriod } from './joined-answers.js';

export interface QuestionOptions {
  k: number;
  history?: ConversationTurn[];
  /** Only articles published on or after this day (YYYY-MM-DD). */
  since?: string;
  /** The engine's clock: "this week" is read against it. */
  now?: Date;
  onDenseFailure?: (error: unknown) => void;
  /** Paragraphs to leave out (the fitting script removes the one that answers, to make a trap). */
  skip?: (hit: RetrievedParagraph) => boolean;
  /** Articles to search (the fitting script leaves out the one that answers, as if the corpus never had it). */
  keepArticle?: (article: ArticleHead) => boolean;
}

async function prepare(index: ParagraphIndex, asked: string, lang: Language, options: QuestionOptions, keepArticle?: (article: ArticleHead) => boolean) {
  // A follow-up is read as the previous question about its new subject; a question that stands alone keeps the
  // conversation only to steer retrieval (a short one borrows the previous question's words at half weight).
  const isTopic = (token: string) => index.keyword.surfaceDocumentFrequency(token) >= TUNING.answer.topicShare * index.paragraphCount;
  const text = resolveFollowUp(asked, options.history, isTopic);
  const readAs = text === asked ? undefined : text;
  const analysis = analyseQuestion(index, text, lang, readAs ? undefined : options.history);
  const skip = options.skip;
  const found = await retrieveParagraphs(index, { ...analysis, k: options.k + (skip ? 1 : 0), onDenseFailure: options.onDenseFailure, keepArticle });
  const retrieved = (skip ? found.filter((hit) => !skip(hit)) : found).slice(0, options.k);
  const scorer: SentenceScorer = {
    index,
    terms: analysis.terms,
    queryVector: index.lexical.sparseVector(analysis.vectorText),
    lexical: index.lexical,
    type: analysis.reading.type,
    questionWords: analysis.questionWords,
    names: analysis.names,
    own: questionForms(lang, [...analysis.questionWords, ...analysis.terms.filter((term) => !term.borrowed).map((term) => term.term)]),
    counted: analysis.reading.counted,
    measured: analysis.reading.measured,
    dimensions: askedDimensions(text, analysis.reading),
    role: analysis.reading.role,
    deed: analysis.reading.deed,
    future: analysis.future,
    list: analysis.reading.list,
    places: analysis.reading.places ? placesNamed(analysis.questionWords) : null,
    view: asksForView(analysis.reading.type, text),
    predicate: analysis.predicate,
    verbStems: analysis.verbStems,
  };
  return { analysis, retrieved, scorer, readAs };
}

/**
 * A question limited to a period is answered from that period's articles; one
 * about the articles themselves from their records or as a list; the rest (and
 * a record question that also names a topic, after its record) from the paragraphs.
 */
export async function answerQuestion(index: ParagraphIndex, typed: string, lang: Language, options: QuestionOptions): Promise<Answer> {
  // A function word's slip or a possessive is read as meant (typed-slips.ts); the answer gives the question as typed.
  const answer = await answerMended(index, mendedQuestion(typed, corpusWrites(index)), lang, options);
  return { ...answer, question: typed };
}

async function answerMended(index: ParagraphIndex, question: string, lang: Language, options: QuestionOptions): Promise<Answer> {
  // The period and the record readings are the question sentence's: "I read the news yesterday. How many…?" asks
  // about every article, and "I saw this article in a paper. How much…?" not about the article's record.
  const { question: asking, context } = questionSentences(question);
  const { period, text: asked } = periodOf(asking, options.since, options.now ?? new Date(), lang);
  const text = context ? `${context} ${asked}` : asked;
  const keep = inPeriod(period);
  const withPeriod = (answer: Answer): Answer => (period ? { ...answer, period } : answer);
  if (period && !index.articles.some(keep)) return withPeriod(nothingInPeriod(question, lang, period));
  const level = await answerAboutArticles(index, question, asked, lang, readQuestion(asked, lang), keep, options.history);
  if (level.answer && !level.alsoFromParagraphs) return withPeriod(level.answer);
  const { analysis, retrieved, scorer, readAs } = await prepare(index, text, lang, options, period ? keep : undefined);
  const fromText = composeExtractiveAnswer({ question, lang, retrieved, scorer, focus: analysis });
  // "Which newspaper published the interview?" may ask what the text says (another paper) or the record: the
  // text's answer first, then the record; "which outlet published this report?" the other way round.
  let answer = fromText;
  if (level.answer) answer = level.recordFirst ? joined(level.answer, fromText, options.k) : fromText.answerable ? joined(fromText, level.answer, options.k) : level.answer;
  return withPeriod(readAs ? { ...answer, readAs } : answer);
}

export interface QuestionExplanation {
  type: AnswerType;
  /** The best candidate's features (null when nothing was retrieved). */
  features: AnswerabilityFeatures | null;
  /** "articleId#paragraph" of the best candidate. */
  top: string | null;
  /** A rule refuses the best candidate whatever the model says (answer-confidence.ts): the fit leaves such samples out. */
  ruledOut: boolean;
  /** Every candidate in retrieval order and what their units were chosen against (scripts/fit-ranker.ts reads them). */
  candidates: Candidate[];
  scorer: SentenceScorer;
}

export async function explainQuestion(index: ParagraphIndex, text: string, lang: Language, options: QuestionOptions): Promise<QuestionExplanation> {
  const { analysis, retrieved, scorer } = await prepare(index, mendedQuestion(text, corpusWrites(index)), lang, options, options.keepArticle);
  // Each paragraph's unit is chosen once: the script reading `candidates` wants them in retrieval order.
  const candidates = withUnits({ retrieved, scorer });
  const [best] = orderCandidates(candidates, scorer);
  const features = best ? candidateFeatures(index, scorer.terms, analysis, scorer.type, lang, best, phrasesOf(analysis, retrieved)) : null;
  return {
    candidates,
    scorer,
    type: scorer.type,
    features,
    top: best ? `${best.hit.article.meta.id}#${best.hit.paragraph.number}` : null,
    // The model's probability is never exactly 0: only a rule returns it.
    ruledOut: best && features ? answerConfidence(index, features, best, analysis, scorer.type) === 0 : false,
  };
}

/** Whether the articles hold a (normalised) word as written: a slip they write is a name spelt so, not a slip. */
function corpusWrites(index: ParagraphIndex): (word: string) => boolean {
  return (word) => index.keyword.surfaceDocumentFrequency(word) > 0;
}
