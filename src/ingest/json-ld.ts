/**
 * The article's own description in JSON-LD (schema.org NewsArticle and its
 * kin), the most reliable metadata a news page carries when it has one. Pages
 * print it in many shapes: one object, an array, a `@graph` with `@id`
 * references (Yoast, most WordPress SEO plugins), `@type` as a list, author as
 * a string, an object, or a list of either. Untrusted input: bad JSON is
 * skipped, and the walk is bounded in depth and node count.
 */
import type { DomDocument } from './dom.js';

export interface LinkedArticle {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  published: string | null;
  modified: string | null;
  section: string | null;
  dateline: string | null;
  url: string | null;
  language: string | null;
}

type Node = Record<string, unknown>;

// Most specific first: a page that describes both a WebPage and a NewsArticle is read as the article.
const ARTICLE_TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'LiveBlogPosting', 'Article', 'BlogPosting', 'Report'];
const MAX_NODES = 500;
const MAX_DEPTH = 6;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: Node): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string').map((value) => value.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every object in the scripts, top-level and nested (@graph, mainEntity…), in document order. */
function collectNodes(document: DomDocument): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown, depth: number) => {
    if (nodes.length >= MAX_NODES || depth > MAX_DEPTH) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    if (!isNode(value)) return;
    nodes.push(value);
    for (const [key, child] of Object.entries(value)) if (key === '@graph' || key === 'mainEntity' || key === 'mainEntityOfPage' || key === 'hasPart') visit(child, depth + 1);
  };
  const scripts = Array.from(document.querySelectorAll('script[type]')).filter((script) => /ld\+json/i.test(script.getAttribute('type') ?? ''));
  for (const script of scripts) {
    // Some CMSs wrap the JSON in an HTML comment or CDATA section.
    const text = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Invalid JSON-LD is common; the page's other metadata still counts.
    }
  }
  return nodes;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isNode(value)) return text(value['@value']);
  return null;
}

/** Names of people or organisations: strings, {name}, {@id} references into the graph, or lists of these. */
function names(value: unknown, byId: Map<string, Node>): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    if (typeof item === 'string') return /^https?:\/\//i.test(item) ? [] : [item.trim()];
    if (!isNode(item)) return [];
    const node = typeof item['@id'] === 'string' && item.name === undefined ? (byId.get(item['@id']) ?? item) : item;
    const name = text(node.name);
    return name && !/^https?:\/\//i.test(name) ? [name] : [];
  });
}

export function readLinkedArticle(document: DomDocument): LinkedArticle | null {
  const nodes = collectNodes(document);
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
  const article = ARTICLE_TYPES.map((type) => nodes.find((node) => typesOf(node).includes(type))).find((node) => node !== undefined);
  if (!article) return null;
  const page = isNode(article.mainEntityOfPage) ? text(article.mainEntityOfPage['@id']) : text(article.mainEntityOfPage);
  return {
    headline: text(article.headline) ?? text(article.name),
    authors: [...new Set(names(article.author, byId).concat(article.author === undefined ? names(article.creator, byId) : []))],
    publisher: names(article.publisher, byId)[0] ?? null,
    published: text(article.datePublished) ?? text(article.dateCreated),
    modified: text(article.dateModified),
    section: text(article.articleSection),
    dateline: text(article.dateline),
    url: text(article.url) ?? page,
    language: text(article.inLanguage),
  };
}
