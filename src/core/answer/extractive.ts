/**
 * The offline answer: the retrieved paragraphs' best answer units (units.ts),
 * quoted exactly, each marked [n]. English questions over Arabic sources get the
 * aligned English rendering of the same unit with the Arabic quote in the
 * citation; with no rendering the Arabic is shown as it is, said so. A yes/no
 * question is answered yes / no / "the article does not say" with the deciding
 * quote. When the answerability model (answerability-model.ts) finds the evidence does
 * not answer, the answer says so and lists the nearest excerpts as such.
 */
import type { RetrievedParagraph } from '../retrieval/retriever.js';
import type { Language } from '../text/language.js';
import { TUNING } from '../tuning.js';
import { stemToken } from '../text/tokenize.js';
import type { Answer, ArticleHead, Citation, Verdict } from '../types.js';
import { answerabilityModel } from './answerability-model.js';
import { answerWords } from './answer-words.js';
import { makeCitation } from './citations.js';
import type { SentenceScorer } from './sentence-choice.js';
import { answerConfidence, candidateFeatures, phrasesOf, rankCandidates, type Focus } from './candidates.js';
import { glossLine, glossOf } from '../crosslingual/gloss.js';
import { attributedClaims } from './attribution.js';
import { cuedCandidate, decidingCandidate, verdictOf } from './yes-no-answer.js';
import { readableIn } from './candidate-features.js';
import { holdsRivalFocus } from './rival-frame.js';
import { answeredByDenial } from './yes-no-denial.js';
import { articleCountryCodes } from './article-countries.js';


const NOT_COVERED: Record<Language, string> = {
  en: 'The indexed articles do not cover this question. The nearest excerpts are listed below, but they do not answer it.',
  ar: 'لا تتناول المقالات المفهرسة هذا السؤال. هذه أقرب المقتطفات إليه، لكنها لا تجيب عنه.',
};
const NO_RESULTS: Record<Language, string> = {
  en: 'The indexed articles do not cover this question, and no excerpt comes close.',
  ar: 'لا تتناول المقالات المفهرسة هذا السؤال، ولا يوجد مقتطف قريب منه.',
};

export function notCoveredText(lang: Language, hasExcerpts: boolean): string {
  return hasExcerpts ? NOT_COVERED[lang] : NO_RESULTS[lang];
}

function renderClaim(lang: Language, citation: Citation, sourceLanguage: Language): string {
  const marker = `[${citation.n}]`;
  if (lang === sourceLanguage) return `${citation.quote} ${marker}`;
  if (citation.quoteTranslation && citation.translationLanguage === lang) return `${citation.quoteTranslation} ${marker}`;
  if (lang === 'en') return `“${citation.quote}” ${marker}${citation.gloss?.length ? `\n${glossLine(citation.gloss)}` : ''}`;
  // The English quote gets lines of its own, a left-to-right block: after the Arabic label it would begin halfway along
  // that right-to-left line and wrap from there, its marker drawn left of its last words.
  return `المقطع بالإنجليزية كما نُشر:\n“${citation.quote}” ${marker}`;
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

export function composeExtractiveAnswer(input: ExtractiveInput): Answer {
  const { scorer, lang } = input;
  const { ordered: best, rival } = rankCandidates(input);
  // A yes/no question asking a rank, whether it was told or whether it happened before is decided by the passage giving
  // that mark (yes-no-answer.ts): it is listed first, so the excerpt shown first is the one the verdict rests on; how
  // sure the answer is stays the best-ranked one's.
  const cued = scorer.type === 'yes_no' && best.length > 0 ? cuedCandidate(best, input.question, scorer.terms, input.focus) : null;
  const ranked = cued && cued !== best[0] ? [cued, ...best.filter((item) => item !== cued)] : best;
  // An English reader of an Arabic quote without an English rendering gets a gloss of its key words.
  const asked = new Set(scorer.terms.filter((term) => term.translated).flatMap((term) => term.term.split(' ')).map(stemToken));
  // A name the question spelled in Latin letters is glossed with that spelling ("Aqaba"), not a dictionary sense.
  const spelled = new Map(scorer.terms.flatMap((term) => (term.spelledAs ? [[stemToken(term.term), term.spelledAs] as const] : [])));
  const withGloss = (citation: Citation, article: ArticleHead): Citation =>
    lang === 'en' && article.meta.language === 'ar' && !citation.quoteTranslation ? { ...citation, gloss: glossOf(citation.quote, asked, spelled) } : citation;
  const chosen = ranked.map((item, position) => ({
    ...item,
    citation: withGloss(makeCitation(position + 1, item.hit.article, item.hit.paragraph, item.unit.range, item.hit.score), item.hit.article),
  }));
  const top = chosen.find((item) => item.hit === best[0]?.hit);
  const base = { question: input.question, lang, mode: 'offline' as const, answerType: scorer.type };
  const phrases = phrasesOf(input.focus, input.retrieved);
  const features = top ? candidateFeatures(scorer.index, scorer.terms, input.focus, scorer.type, lang, top, phrases) : null;
  // Another subject's paragraph that led on wording was matched on what the question asks of it ("incubators", "cost"):
  // the asked subject's article answers only when its unit speaks of that too, else it lacks the fact (rival-frame.ts).
  const confidence = features && top && (!rival || holdsRivalFocus(scorer, top, rival, ranked)) ? answerConfidence(scorer.index, features, top, input.focus, scorer.type) : 0;
  const threshold = answerabilityModel().threshold;
  // A yes/no question is decided, and answered, by the unit that tells what it asks (yes-no-answer.ts).
  const decided = scorer.type === 'yes_no' && best.length > 0 ? decidingCandidate(best, input.question, scorer.terms, input.focus) : best[0];
  const lead = chosen.find((item) => item.hit === decided?.hit) ?? top;
  const verdict: Verdict | undefined =
    scorer.type === 'yes_no' && lead
      ? verdictOf(lead, input.question, scorer.terms, input.focus, readableIn(lead.hit, lang), articleCountryCodes(scorer.index, lead.hit.article))
      : undefined;
  // A yes/no question whose deciding passage denies what is asked is answered "no" below the bar (yes-no-denial.ts).
  const denied = lead !== undefined && answeredByDenial(scorer.index, { verdict, confidence, features, article: lead.hit.article, terms: scorer.terms, names: input.focus.names });
  if (!top || !lead || (confidence < threshold && !denied)) {
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
  const claims = (lead === top ? chosen : [lead, ...chosen.filter((item) => item !== lead)]).filter(
    (item, position) =>
      position === 0 ||
      (position < maxClaims + (otherArticle(item) && asksValue ? 1 : 0) &&
        item.hit.score >= (otherArticle(item) && asksValue ? second.otherArticle : second.paragraph) * top.hit.score &&
        item.unit.score >= second.unit * top.unit.score &&
        (!otherArticle(item) || (item.unit.typed && item.unit.coverage >= 0.8 * top.unit.coverage)) &&
        // A second excerpt for a value question holds a value of the kind asked too, when the first does.
        (!asksValue || !top.unit.typed || item.unit.typed) &&
        answerConfidence(scorer.index, candidateFeatures(scorer.index, scorer.terms, input.focus, scorer.type, lang, item, phrases), item, input.focus, scorer.type) >= threshold),
  ).slice(0, maxClaims);
  let answer = attributedClaims(
    claims.map((item) => ({ article: item.hit.article, citation: item.citation, text: renderClaim(lang, item.citation, item.hit.article.meta.language) })),
    lang,
    scorer.type === 'number',
  );
  if (verdict) answer = `${answerWords(lang).verdicts[verdict]} ${answer}`;
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
