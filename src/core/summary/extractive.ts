/**
 * The offline summary: extractive, so every point is the source's own words (in
 * English, their aligned rendering) and every citation is the exact span.
 */
import type { AnswerMode, Language } from '../types.js';
import { buildCandidates, displayIn, type Candidate } from './candidates.js';
import { CitationBook } from './citation-book.js';
import { clipLine } from './display-text.js';
import { extractEntities } from './entities.js';
import { chooseQuotes } from './key-quotes.js';
import type { ResolvedScope } from './scope.js';
import { selectPoints } from './select-points.js';
import { addVectors, cosine, termCounts } from './centrality.js';
import type { Summary } from './types.js';

/** Characters of point text: one Discord embed holds the points with room for quotes and entities. */
export const POINT_BUDGET: Record<Language, number> = { ar: 1_500, en: 1_200 };
export const MAX_POINT_CHARS: Record<Language, number> = { ar: 260, en: 260 };
const HEADLINE_CHARS = 200;

function pointTarget(resolved: ResolvedScope): number {
  const paragraphs = resolved.paragraphs.length;
  if (resolved.info.kind === 'article') return 8;
  if (resolved.info.kind === 'section') return Math.min(6, Math.max(3, paragraphs));
  return Math.min(8, 2 * paragraphs); // a narrow topic gets fewer points
}

export function summarizeExtractive(resolved: ResolvedScope, lang: Language, mode: AnswerMode = 'offline'): Summary {
  const set = buildCandidates(resolved.paragraphs);
  const topic = resolved.topic;
  // In topic scope a span must itself carry a topic word: a relevant paragraph can hold off-topic sentences.
  const relevance = topic ? (candidate: Candidate) => {
    const coverage = topic.coverage(candidate.vector.keys());
    return coverage > 0 ? 0.5 + coverage : 0;
  } : undefined;
  const points = selectPoints(set.candidates, {
    lang,
    target: pointTarget(resolved),
    budget: POINT_BUDGET[lang],
    maxPointChars: MAX_POINT_CHARS[lang],
    coverGroups: resolved.info.kind === 'article',
    relevance,
  });
  const quotes = chooseQuotes(resolved.paragraphs, set, points, lang, topic ? (texts) => topic.coverage(termCounts(texts).keys()) : undefined);

  const book = new CitationBook();
  const summary: Summary = {
    lang,
    mode,
    scope: resolved.info,
    headline: headline(resolved, set.candidates, lang, relevance),
    points: points.map((point) => ({
      text: displayIn(point, lang)!,
      citations: [book.cite(point.article, point.paragraph, point.start, point.end, point.english, point.centrality)],
    })),
    quotes: quotes.map((quote) => ({
      text: quote.text,
      speaker: lang === 'ar' ? quote.speech.speakerArabic : quote.speech.speakerEnglish,
      citation: book.cite(quote.scope.article, quote.speech.paragraph, quote.start, quote.end, quote.quoteTranslation, quote.score),
    })),
    entities: extractEntities(resolved.paragraphs, lang),
    citations: [],
  };
  summary.citations = book.list();
  return summary;
}

/**
 * One line: what the scope is, then the short span that best sums up all of
 * it: the highest mean similarity to the centroids of the sections (each
 * section counts once, so a lead that names every topic beats a sentence that
 * repeats the most frequent one).
 */
function headline(resolved: ResolvedScope, candidates: Candidate[], lang: Language, relevance?: (candidate: Candidate) => number): string {
  const { info } = resolved;
  const label =
    info.kind === 'section'
      ? (lang === 'en' ? info.sectionTranslation ?? info.section : info.section)
      : info.kind === 'topic'
        ? info.topic
        : null;
  const single = candidates.filter((candidate) => candidate.first === candidate.last);
  const groups = [...new Set(single.map((candidate) => candidate.group))];
  const centroids = groups.map((group) => addVectors(single.filter((candidate) => candidate.group === group).map((candidate) => candidate.vector)));
  const fit = (candidate: Candidate) =>
    (centroids.reduce((sum, centroid) => sum + cosine(candidate.vector, centroid), 0) / centroids.length) * (relevance?.(candidate) ?? 1);
  // Paragraph openings carry their own attribution ("Tokayev said: …"); a sentence from mid-quotation does not.
  const openings = candidates.filter((candidate) => candidate.first === 0 && displayIn(candidate, lang) !== null && fit(candidate) > 0);
  const shown = openings.length > 0 ? openings : candidates.filter((candidate) => displayIn(candidate, lang) !== null && fit(candidate) > 0);
  const short = shown.filter((candidate) => displayIn(candidate, lang)!.length <= HEADLINE_CHARS);
  // A narrow topic may only have long spans: the best of them, clipped, still beats an off-topic sentence.
  const best = (short.length > 0 ? short : shown).reduce<Candidate | null>((winner, candidate) => (!winner || fit(candidate) > fit(winner) ? candidate : winner), null);
  const sentence = best ? displayIn(best, lang)! : '';
  return clipLine(label ? `${label}: ${sentence}` : sentence, 256);
}
