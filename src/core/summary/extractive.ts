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
import { termCounts } from './centrality.js';
import type { Summary, SummaryEntity } from './types.js';
import { ARABIC_NOUNS, arabicCount, englishCount } from '../text/counted.js';
import { normalizeText } from '../text/normalize.js';

/** Characters of point text: one Discord embed holds the points with room for quotes and entities. */
export const POINT_BUDGET: Record<Language, number> = { ar: 1_500, en: 1_200 };
export const MAX_POINT_CHARS: Record<Language, number> = { ar: 260, en: 260 };

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
    headline: '',
    points: points.map((point) => ({
      text: displayIn(point, lang)!,
      citations: [book.cite(point.article, point.paragraph, point.start, point.end, point.rendering, point.centrality)],
    })),
    quotes: quotes.map((quote) => ({
      text: quote.text,
      speaker: lang === 'ar' ? quote.speech.speakerArabic : quote.speech.speakerEnglish,
      citation: book.cite(quote.scope.article, quote.speech.paragraph, quote.start, quote.end, quote.quoteTranslation, quote.score),
    })),
    entities: [],
    citations: [],
  };
  summary.citations = book.list();
  summary.entities = extractEntities(resolved.paragraphs, lang);
  summary.headline = headline(resolved, summary, lang);
  return summary;
}

/**
 * One line written from the points, not quoted: what the scope is (section,
 * topic or article title, in the summary's language), then the names the
 * points mention most («إضراب ميناء سينيش: النقابة والوزارة»), or the
 * number of points when they name no one.
 */
function headline(resolved: ResolvedScope, summary: Summary, lang: Language): string {
  const { points, entities, citations } = summary;
  const { info } = resolved;
  // The scope's article is read in the summary's language: its own title and section, or its translation's.
  const translated = resolved.paragraphs.length > 0 && resolved.paragraphs[0]!.article.meta.language !== lang;
  const label =
    info.kind === 'section'
      ? (translated ? (info.sectionTranslation ?? info.section) : info.section)
      : info.kind === 'topic'
        ? info.topic
        : translated && info.articleTitleTranslation ? info.articleTitleTranslation : info.articleTitle;
  // A point mentions a name when the paragraph it cites does.
  const mentions = (entity: SummaryEntity) =>
    points.filter((point) => point.citations.some((n) => {
      const citation = citations[n - 1]!;
      return citation.articleId === entity.articleId && entity.paragraphs.includes(citation.paragraph);
    })).length;
  // A name in most of the scope's paragraphs is what the whole text is about (the interviewee, the
  // country): it tells the points apart no better than the title does.
  const everywhere = (entity: SummaryEntity) => resolved.paragraphs.length >= 3 && entity.paragraphs.length > resolved.paragraphs.length / 2;
  const named = entities
    .map((entity, order) => ({ entity, order, count: mentions(entity) }))
    .filter((item) => item.count > 0 && !everywhere(item.entity) && !namedIn(label ?? '', item.entity.name))
    .sort((left, right) => right.count - left.count || left.order - right.order)
    .slice(0, 3)
    .map((item) => item.entity.name);
  const what = named.length > 0 ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(named) : pointCount(points.length, lang);
  return clipLine(label ? `${label}: ${what}` : what, 256);
}

/** Whether the label already names it ("Relations with Russia" names Russia): saying it twice tells the reader nothing. */
function namedIn(label: string, name: string): boolean {
  const words = ` ${normalizeText(label)} `;
  return normalizeText(name).split(' ').every((word) => word && (words.includes(` ${word} `) || words.includes(`${word} `)));
}

function pointCount(count: number, lang: Language): string {
  return lang === 'ar' ? `${arabicCount(count, ARABIC_NOUNS.point)} رئيسية` : englishCount(count, 'key point');
}
