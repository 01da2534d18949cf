/**
 * What runs on the extraction worker (extraction-pool.ts): third-party markup
 * is parsed here, never on the thread that answers Discord. Each task first
 * checks the document's shape against the budget (nesting depth, element
 * count), which costs one linear pass, then runs the real extractor or feed
 * parser. Results and expected failures come back as plain data (an
 * IngestError's parts); anything else is a bug and is thrown as it is.
 */
import { IngestError, ingestErrorParts, type IngestErrorParts } from '../errors.js';
import { parseDocument, type DomElement } from '../dom.js';
import { extractArticle, type ExtractOptions } from '../extract-article.js';
import { parseFeed, type ParsedFeed } from '../feeds.js';
import type { ExtractedArticle } from '../types.js';
import { checkXmlShape, tooComplex, type ShapeLimits } from './markup-shape.js';

export type ExtractionTask =
  | { kind: 'page'; html: string; options: ExtractOptions; limits: ShapeLimits }
  | { kind: 'feed'; xml: string; input: string; baseUrl: string | null; maxItems: number; limits: ShapeLimits };

export type ExtractionResult =
  | { ok: true; kind: 'page'; article: ExtractedArticle }
  | { ok: true; kind: 'feed'; feed: ParsedFeed }
  | { ok: false; error: IngestErrorParts };

/** Depth and element count of the parsed page, walked without recursion (a deep page must not overflow the stack). */
function checkPageShape(html: string, input: string, limits: ShapeLimits): void {
  const root = parseDocument(html).documentElement;
  if (!root) return;
  const stack: [DomElement, number][] = [[root, 1]];
  let elements = 0;
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    elements += 1;
    if (depth > limits.maxNestingDepth) throw tooComplex(input, `nested more than ${limits.maxNestingDepth} levels deep`);
    if (elements > limits.maxElements) throw tooComplex(input, `more than ${limits.maxElements} elements`);
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
}

export default function runExtractionTask(task: ExtractionTask): ExtractionResult {
  try {
    if (task.kind === 'page') {
      checkPageShape(task.html, task.options.input, task.limits);
      return { ok: true, kind: 'page', article: extractArticle(task.html, task.options) };
    }
    checkXmlShape(task.xml, task.input, task.limits);
    const feed = parseFeed(task.xml, task.input, task.baseUrl);
    return { ok: true, kind: 'feed', feed: { ...feed, items: feed.items.slice(0, task.maxItems) } };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, error: ingestErrorParts(error) };
    throw error;
  }
}
