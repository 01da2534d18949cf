/**
 * The offline answer: the retrieved paragraphs' best answer units (units.ts),
 * quoted exactly, each marked [n]. English questions over Arabic sources get the
 * aligned English rendering of the same unit with the Arabic quote in the
 * citation; with no rendering the Arabic is shown as it is, said so. A yes/no
 * question is answered yes / no / "the article does not say" with the deciding
 * quote. When the answerability model (answerability.ts) finds the evidence does
 * not answer, the answer says so and lists the nearest excerpts as such.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { QueryTerm } from '../retrieval/query.js';
import type { RetrievedParagraph } from '../retrieval/retriever.js';
import type { Language } from '../text/language.js';
import { TUNING } from '../tuning.js';
import { normalizeText } from '../text/normalize.js';
import { stemToken } from '../text/tokenize.js';
import type { Answer, AnswerType, Article, Citation, Paragraph, Verdict } from '../types.js';
import { answerabilityFeatures, answerabilityModel, answerProbability, type AnswerabilityFeatures } from './answerability.js';
import { makeCitation, quoteOf, quoteTranslationOf } from './citations.js';
import { chooseUnit, type SentenceScorer, type UnitChoice } from './sentence-choice.js';
import { glossLine, glossOf } from '../crosslingual/gloss.js';
import { attributedClaims } from './attribution.js';
import { yesNoVerdict } from './verdict.js';

/** Whether the paragraph can be read in `lang`: its own language, or its translation (always the other one). */
export function readableIn(hit: Pick<RetrievedParagraph, 'article' | 'paragraph'>, lang: Language): boolean {
  return hit.article.meta.language === lang || hit.paragraph.translation !== null;
}

const NOT_COVERED: Record<Language, string> = {
  en: 'The indexed articles do not cover this question. The nearest excerpts are listed below, but they do not answer it.',
  ar: 'لا تتناول المقالات المفهرسة هذا السؤال. هذه أقرب المقتطفات إليه، لكنها لا تجيب عنه.',
};
const NO_RESULTS: Record<Language, string> = {
  en: 'The indexed articles do not cover this question, and no excerpt comes close.',
  ar: 'لا تتناول المقالات المفهرسة هذا السؤال، ولا يوجد مقتطف قريب منه.',
};
const VERDICTS: Record<Language, Record<Verdict, string>> = {
  en: { yes: 'Yes.', no: 'No.', not_said: 'The article does not say so directly. The closest it comes:' },
  ar: { yes: 'نعم.', no: 'لا.', not_said: 'لا يقول المقال ذلك صراحة. أقرب ما ورد فيه:' },
};

export function notCoveredText(lang: Language, hasExcerpts: boolean): string {
  return hasExcerpts ? NOT_COVERED[lang] : NO_RESULTS[lang];
}

function renderClaim(lang: Language, citation: Citation, sourceLanguage: Language): string {
  const marker = `[${citation.n}]`;
  if (lang === sourceLanguage) return `${citation.quote} ${marker}`;
  if (citation.quoteTranslation && citation.translationLanguage === lang) return `${citation.quoteTranslation} ${marker}`;
  if (lang === 'en') return `“${citation.quote}” ${marker}${citation.gloss?.length ? `\n${glossLine(citation.gloss)}` : ''}`;
  return `المقطع بالإنجليزية كما نُشر: “${citation.quote}” ${marker}`;
}

export interface ExtractiveInput {
  question: string;
  lang: Language;
  retrieved: RetrievedParagraph[];
  scorer: SentenceScorer;
  /** What the answer must be about: the question's names found in the corpus, and those it lacks. */
  focus: Focus;
  /** How many excerpts the answer text may cite (all retrieved ones are listed as citations). */
  maxClaims?: number;
}

interface Candidate {
  hit: RetrievedParagraph;
  unit: UnitChoice;
}

/** The features of the best candidate, for the answerability model and its fitting. */
export interface Focus {
  names: ReadonlySet<string>;
  absentNames: ReadonlySet<string>;
  pairs: readonly string[];
}

const normalizedViews = new WeakMap<Paragraph, string>();

/** The paragraph's text and English rendering, normalised and padded with spaces, read once per paragraph. */
function viewsOf(paragraph: Paragraph): string {
  let views = normalizedViews.get(paragraph);
  if (views === undefined) {
    views = ` ${normalizeText(paragraph.text)} ${paragraph.translation ? normalizeText(paragraph.translation) : ''} `;
    normalizedViews.set(paragraph, views);
  }
  return views;
}

/**
 * The question's word pairs that the retrieved paragraphs write as a phrase
 * (a multi-word name: «شي جين بينج», "Xi Jinping"): each must be in the
 * paragraph that answers, unless the article's title holds it.
 */
export function phrasesOf(focus: Focus, retrieved: RetrievedParagraph[]): string[] {
  return focus.pairs.filter((pair) => retrieved.some((hit) => viewsOf(hit.paragraph).includes(` ${pair} `)));
}

function lacksPhrase(phrases: string[], hit: RetrievedParagraph): boolean {
  const title = ` ${normalizeText(hit.article.meta.title)} ${hit.article.translation ? normalizeText(hit.article.translation.title) : ''} `;
  return phrases.some((phrase) => !viewsOf(hit.paragraph).includes(` ${phrase} `) && !title.includes(` ${phrase} `));
}

export function candidateFeatures(index: ParagraphIndex, terms: QueryTerm[], focus: Focus, type: AnswerType, lang: Language, candidate: Candidate, phrases: string[]): AnswerabilityFeatures {
  return answerabilityFeatures({
    phraseMissing: lacksPhrase(phrases, candidate.hit),
    index,
    terms,
    names: focus.names,
    absentNames: focus.absentNames,
    paragraph: candidate.hit.paragraph,
    article: candidate.hit.article,
    readable: readableIn(candidate.hit, lang),
    similarity: candidate.hit.similarity,
    unitCoverage: candidate.unit.coverage,
    typeMissing: !candidate.unit.typed && type !== 'other' && type !== 'yes_no' && type !== 'definition',
  });
}

/** The retrieved paragraphs with their best units, in answer order. */
export function rankCandidates(input: Pick<ExtractiveInput, 'retrieved' | 'scorer'>): Candidate[] {
  const withUnits = input.retrieved.map((hit) => ({ hit, unit: chooseUnit(input.scorer, hit.paragraph) }));
  // Paragraph relevance decides most of the order; how well its best unit answers breaks near-ties,
  // so a long paragraph holding the exact answer is not outranked by a short one that merely shares names.
  const maxScore = Math.max(...withUnits.map((item) => item.hit.score)) || 1;
  const maxUnit = Math.max(...withUnits.map((item) => item.unit.score)) || 1;
  const { paragraph, unit } = TUNING.answer.order;
  const order = (item: Candidate) => paragraph * (item.hit.score / maxScore) + unit * (item.unit.score / maxUnit);
  // A cost question («كم يكلف…», "how much … cost") is answered only by a unit that speaks of cost with an amount
  // (values.ts): those come first, whatever else the others share with the question.
  const answersMeasure = (item: Candidate) => (input.scorer.measured && item.unit.typed ? 1 : 0);
  return [...withUnits].sort((left, right) => answersMeasure(right) - answersMeasure(left) || order(right) - order(left));
}

export function composeExtractiveAnswer(input: ExtractiveInput): Answer {
  const { scorer, lang } = input;
  const ranked = rankCandidates(input);
  // An English reader of an Arabic quote without an English rendering gets a gloss of its key words.
  const asked = new Set(scorer.terms.filter((term) => term.translated).flatMap((term) => term.term.split(' ')).map(stemToken));
  // A name the question spelled in Latin letters is glossed with that spelling ("Aqaba"), not a dictionary sense.
  const spelled = new Map(scorer.terms.flatMap((term) => (term.spelledAs ? [[stemToken(term.term), term.spelledAs] as const] : [])));
  const withGloss = (citation: Citation, article: Article): Citation =>
    lang === 'en' && article.meta.language === 'ar' && !citation.quoteTranslation ? { ...citation, gloss: glossOf(citation.quote, asked, spelled) } : citation;
  const chosen = ranked.map((item, position) => ({
    ...item,
    citation: withGloss(makeCitation(position + 1, item.hit.article, item.hit.paragraph, item.unit.range, item.hit.score), item.hit.article),
  }));
  const top = chosen[0];
  const base = { question: input.question, lang, mode: 'offline' as const, answerType: scorer.type };
  const phrases = phrasesOf(input.focus, input.retrieved);
  const features = top ? candidateFeatures(scorer.index, scorer.terms, input.focus, scorer.type, lang, top, phrases) : null;
  const confidence = features ? answerProbability(features) : 0;
  const threshold = answerabilityModel().threshold;
  if (!top || confidence < threshold) {
    const nearest = chosen.map((item) => item.citation);
    return { ...base, answerable: false, confidence: round(confidence), answer: notCoveredText(lang, Boolean(top)), citations: nearest, moreCitations: nearest.slice(3), cites: [] };
  }
  // A second excerpt joins the answer only when it is nearly as good: one strong source beats two weak ones.
  const maxClaims = scorer.type === 'yes_no' ? 1 : (input.maxClaims ?? TUNING.answer.maxClaims);
  const second = TUNING.answer.secondClaim;
  // Another article that answers too joins on a looser bar than a second paragraph of the same one: when outlets
  // report the same event, the reader is shown each (attributed, and their figures compared: attribution.ts).
  const otherArticle = (item: (typeof chosen)[number]) => item.hit.article.meta.id !== top.hit.article.meta.id;
  const asksValue = ['number', 'date', 'person', 'place', 'organisation'].includes(scorer.type);
  const claims = chosen.filter(
    (item, position) =>
      position === 0 ||
      (position < maxClaims + (otherArticle(item) && asksValue ? 1 : 0) &&
        item.hit.score >= (otherArticle(item) && asksValue ? second.otherArticle : second.paragraph) * top.hit.score &&
        item.unit.score >= second.unit * top.unit.score &&
        (!otherArticle(item) || (item.unit.typed && item.unit.coverage >= 0.8 * top.unit.coverage)) &&
        // A second excerpt for a value question holds a value of the kind asked too, when the first does.
        (!asksValue || !top.unit.typed || item.unit.typed) &&
        answerProbability(candidateFeatures(scorer.index, scorer.terms, input.focus, scorer.type, lang, item, phrases)) >= threshold),
  ).slice(0, maxClaims);
  let answer = attributedClaims(
    claims.map((item) => ({ article: item.hit.article, citation: item.citation, text: renderClaim(lang, item.citation, item.hit.article.meta.language) })),
    lang,
    scorer.type === 'number',
  );
  let verdict: Verdict | undefined;
  if (scorer.type === 'yes_no') {
    const views = [quoteOf(top.hit.paragraph, top.unit.range), quoteTranslationOf(top.hit.paragraph, top.unit.range) ?? ''];
    verdict = yesNoVerdict(views, scorer.terms, input.focus.names);
    answer = `${VERDICTS[lang][verdict]} ${answer}`;
  }
  const cited = new Set(claims.map((item) => item.citation.n));
  return {
    ...base,
    answerable: true,
    answer,
    verdict,
    confidence: round(confidence),
    cites: [...cited],
    // Every retrieved excerpt keeps its number; the answer cites some, the rest are "more excerpts".
    citations: chosen.map((item) => item.citation),
    moreCitations: chosen.filter((item) => !cited.has(item.citation.n)).map((item) => item.citation),
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
