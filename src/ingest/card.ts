/**
 * What the monitor announces: a card per new article (title, outlet, date,
 * three key points, link, flagged watch words) and a daily digest. Plain data:
 * the CLI prints it, the Discord edge renders it; neither knows how it was made.
 * Key points come from the offline summariser, so a card never needs the network.
 */
import { type Language, type MarsadEngine, summarizeWithEngine } from '../core/public.js';
import type { DigestEntry } from './ingest-state.js';
import { findWatchMatches, type WatchWordStore } from './watch-words.js';

export interface ArticleCard {
  articleId: string;
  title: string;
  outlet: string;
  date: string;
  language: Language;
  url: string | null;
  keyPoints: string[];
  /** Channels whose watch words occur in the article, with the words found. */
  watchMatches: { channelId: string; words: string[] }[];
}

export interface DigestCard {
  /** The day the digest closes (YYYY-MM-DD in the digest's time zone). */
  day: string;
  entries: DigestEntry[];
}

export const KEY_POINTS = 3;

export async function buildArticleCard(engine: MarsadEngine, articleId: string, watchWords: WatchWordStore | null): Promise<ArticleCard> {
  const article = engine.readArticle(articleId);
  if (!article) throw new Error(`article ${articleId} is not in the serving index`);
  const { meta } = article;
  let keyPoints: string[] = [];
  try {
    const summary = await summarizeWithEngine(engine, null, { articleId, lang: meta.language });
    keyPoints = summary.points.slice(0, KEY_POINTS).map((point) => point.text);
  } catch {
    // A card without key points is still worth posting; fall back to the opening paragraphs.
  }
  if (keyPoints.length === 0) keyPoints = article.paragraphs.slice(0, KEY_POINTS).map((paragraph) => paragraph.sentences[0]?.text ?? paragraph.text);
  const fullText = [meta.title, ...article.paragraphs.map((paragraph) => paragraph.text)].join('\n');
  return {
    articleId,
    title: meta.title,
    outlet: meta.outlet,
    date: meta.date,
    language: meta.language,
    url: meta.url ?? null,
    keyPoints,
    watchMatches: watchWords ? findWatchMatches(watchWords, fullText) : [],
  };
}

/** Plain-text rendering for the terminal (`npm run ingest -- --watch`). */
export function cardText(card: ArticleCard): string {
  const lines = [`${card.title}`, `${card.outlet} · ${card.date}${card.url ? ` · ${card.url}` : ''}`, ...card.keyPoints.map((point, index) => `  ${index + 1}. ${point}`)];
  for (const match of card.watchMatches) lines.push(`  ⚑ watched in ${match.channelId}: ${match.words.join(', ')}`);
  return lines.join('\n');
}

export function digestText(digest: DigestCard): string {
  return [`Digest ${digest.day}: ${digest.entries.length} new article(s)`, ...digest.entries.map((entry) => `  • ${entry.title} — ${entry.outlet}, ${entry.date}${entry.url ? ` · ${entry.url}` : ''}`)].join('\n');
}
