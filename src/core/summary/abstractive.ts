/**
 * The abstractive summary (OpenAI configured): map-reduce. The scope is cut into
 * numbered excerpts (standalone sentence spans, so each number has an exact
 * quote); each part (section) is summarised into cited notes (map), then the
 * notes into a headline and points (reduce). Every [n] is checked as answers'
 * citations are: numbers that name no excerpt are dropped, a point left with
 * none is dropped, and with no point left this throws so the caller falls back
 * to the offline summary. Quotes and entities stay extractive (they are exact).
 *
 * Calls go through the OpenAI provider, so OPENAI_MAX_RETRIES and the timeout
 * apply to each of them, and at most SECTION_CALLS_IN_FLIGHT map calls run at
 * once (a long article has many sections; all at once meets the rate limit).
 */
import pLimit from 'p-limit';
import { escapeData, fillTemplate, loadPrompt } from '../answer/generative/prompt.js';
import type { ChatModel } from '../chat-model.js';
import { loadOpenAIChatModel } from '../engine-providers.js';
import type { OpenAIProviderOptions } from '../providers/openai/requests.js';
import type { OpenAISettings } from '../providers/openai/settings.js';
import type { Language } from '../types.js';
import { CitationBook } from './citation-book.js';
import { POINT_BUDGET } from './extractive.js';
import type { ResolvedScope } from './scope.js';
import { partitionExcerpts, type Excerpt } from './excerpts.js';
import { clipLine } from './display-text.js';
import type { Summary } from './types.js';

const LANGUAGE_NAMES: Record<Language, string> = { ar: 'Modern Standard Arabic', en: 'English' };
const MARKER = /\[\s*(\d+(?:\s*[,،]\s*\d+)*)\s*\]/g;
const MAX_EXCERPTS_PER_PART = 12;
/** Map calls in flight at once; the rest wait their turn. */
export const SECTION_CALLS_IN_FLIGHT = 3;

export interface AbstractiveInput {
  resolved: ResolvedScope;
  lang: Language;
  offline: Summary;
  settings: OpenAISettings;
  /** Provider options (tests inject the wait between retries). */
  provider?: OpenAIProviderOptions;
  signal?: AbortSignal;
}

interface CitedLine {
  text: string;
  sources: number[];
}

/** Bullet lines with their valid [n]; markers naming no excerpt are removed, lines left with none dropped. */
export function parseCitedLines(output: string, valid: ReadonlySet<number>): CitedLine[] {
  return output.split('\n').flatMap((line) => {
    const bullet = /^\s*(?:[-•*]|\d+[.)])\s+(.*)$/.exec(line)?.[1];
    if (!bullet) return [];
    const sources = [...bullet.matchAll(MARKER)].flatMap((match) => match[1]!.split(/\s*[,،]\s*/).map(Number)).filter((n) => valid.has(n));
    const text = bullet.replace(MARKER, '').replace(/\s+([.,;:!?،؛؟])/g, '$1').replace(/\s{2,}/g, ' ').trim();
    return sources.length > 0 && text ? [{ text, sources: [...new Set(sources)] }] : [];
  });
}

function formatExcerpt(excerpt: Excerpt): string {
  const lines = [`<source n="${excerpt.n}">`, `<paragraph>${excerpt.paragraph.number}</paragraph>`, `<excerpt>${escapeData(excerpt.original)}</excerpt>`];
  // Named by language, as in the answer prompt: <excerpt_english> of an Arabic article, <excerpt_arabic> of an English one.
  const rendering = excerpt.article.meta.language === 'ar' ? 'english' : 'arabic';
  if (excerpt.rendering) lines.push(`<excerpt_${rendering}>${escapeData(excerpt.rendering)}</excerpt_${rendering}>`);
  return [...lines, '</source>'].join('\n');
}

function scopeLabel(resolved: ResolvedScope): string {
  const { info } = resolved;
  if (info.kind === 'section') return `the section "${info.sectionTranslation ?? info.section}" of the article "${info.articleTitle}"`;
  if (info.kind === 'topic') return `what the article says about "${info.topic}"`;
  return `the article "${info.articleTitle}"`;
}

export async function summarizeAbstractive(input: AbstractiveInput): Promise<Summary> {
  const { resolved, lang, offline, settings } = input;
  const model: ChatModel = await loadOpenAIChatModel(settings, input.provider);
  // Once one map call fails the summary falls back to the offline one: the calls still waiting are dropped and those
  // in flight aborted, so no more requests go to the API for a summary that no longer needs them.
  const mapFailed = new AbortController();
  const signal = input.signal ? AbortSignal.any([input.signal, mapFailed.signal]) : mapFailed.signal;
  const call = (prompt: string) => model.complete([{ role: 'user', content: prompt }], { signal });
  const limit = pLimit(SECTION_CALLS_IN_FLIGHT);
  const excerpts = partitionExcerpts(resolved.paragraphs);
  const byNumber = new Map(excerpts.map((excerpt) => [excerpt.n, excerpt]));
  const valid = new Set(byNumber.keys());

  const parts = new Map<string, Excerpt[]>();
  for (const excerpt of excerpts) {
    const key = `${excerpt.group}/${Math.floor((excerpt.n - 1) / MAX_EXCERPTS_PER_PART)}`;
    parts.set(key, [...(parts.get(key) ?? []), excerpt]);
  }
  const [mapTemplate, reduceTemplate] = await Promise.all([loadPrompt('summary-map.txt'), loadPrompt('summary-reduce.txt')]);
  const notes = await Promise.all(
    [...parts.values()].map((part) => limit(async () => {
      const section = part[0]!.paragraph.section;
      const prompt = fillTemplate(mapTemplate, {
        part: section ? `the section "${escapeData(section)}"` : 'the opening of the article',
        sources: part.map(formatExcerpt).join('\n\n'),
        count: String(Math.min(3, part.length)),
        languageName: LANGUAGE_NAMES[lang],
      });
      return parseCitedLines(await call(prompt), valid);
    })),
  ).catch((error: unknown) => {
    limit.clearQueue();
    mapFailed.abort();
    throw error;
  });
  const noteLines = notes.flat().map((note) => `- ${escapeData(note.text)} ${note.sources.map((n) => `[${n}]`).join('')}`);
  if (noteLines.length === 0) throw new Error('the map step produced no cited note');

  const maxPoints = Math.max(1, Math.min(8, offline.points.length || 1));
  const output = await call(
    fillTemplate(reduceTemplate, {
      scope: escapeData(scopeLabel(resolved)),
      notes: noteLines.join('\n'),
      languageName: LANGUAGE_NAMES[lang],
      min: String(Math.min(maxPoints, resolved.info.kind === 'article' ? 5 : 1)),
      max: String(maxPoints),
    }),
  );
  const lines = parseCitedLines(output, valid).slice(0, 8);
  if (lines.length === 0) throw new Error('the reduce step produced no point with a valid citation');
  return assemble(input, lines, /^\s*HEADLINE:\s*(.+)$/im.exec(output)?.[1], byNumber);
}

function assemble(input: AbstractiveInput, lines: CitedLine[], headline: string | undefined, byNumber: Map<number, Excerpt>): Summary {
  const { offline, lang } = input;
  const book = new CitationBook();
  let used = 0;
  const points = lines.filter((line) => (used += line.text.length) <= POINT_BUDGET[lang] || line === lines[0]).map((line) => ({
    text: line.text,
    citations: [...new Set(line.sources.map((n) => {
      const excerpt = byNumber.get(n)!;
      return book.cite(excerpt.article, excerpt.paragraph, excerpt.start, excerpt.end, excerpt.rendering, 1);
    }))],
  }));
  const quotes = offline.quotes.map((quote) => {
    const source = offline.citations.find((citation) => citation.n === quote.citation)!;
    const entry = input.resolved.paragraphs.find(({ article, paragraph }) => article.meta.id === source.articleId && paragraph.number === source.paragraph)!;
    const start = entry.paragraph.text.indexOf(source.quote);
    return { ...quote, citation: book.cite(entry.article, entry.paragraph, start, start + source.quote.length, source.quoteTranslation, source.score) };
  });
  return {
    ...offline,
    mode: 'openai',
    headline: headline ? clipLine(headline, 256) : offline.headline,
    points,
    quotes,
    citations: book.list(),
  };
}
