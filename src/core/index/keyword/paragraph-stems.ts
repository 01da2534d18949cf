/**
 * The stems of a paragraph's words (both views), read from the index's keyword
 * rows: what indexTerms() of its text and translation gives, without
 * re-tokenising. Evidence is measured on the few paragraphs an answer cites.
 */
import { LRUCache } from 'lru-cache';
import type { Paragraph } from '../../types.js';
import type { ParagraphIndex } from '../paragraph-index.js';

interface EntryLookup {
  articleIndex: Map<string, number>;
  /** Per article, the global number of its first paragraph; per global paragraph, its first entry. */
  firstParagraph: Int32Array;
  firstEntry: Int32Array;
}

const lookups = new WeakMap<ParagraphIndex, EntryLookup>();
/**
 * Decoded stem sets of the paragraphs answers were last measured on, per index:
 * reading a paragraph's rows goes to disk, and the same few paragraphs are
 * measured several times per question (retrieval, unit choice, answerability).
 */
const stemSets = new WeakMap<ParagraphIndex, LRUCache<Paragraph, Set<number>>>();
const STEM_SETS_KEPT = 1024;

function lookupOf(index: ParagraphIndex): EntryLookup {
  let lookup = lookups.get(index);
  if (lookup) return lookup;
  const articles = index.articles;
  const firstParagraph = new Int32Array(articles.length + 1);
  articles.forEach((article, position) => (firstParagraph[position + 1] = firstParagraph[position]! + article.paragraphs.length));
  const firstEntry = new Int32Array(firstParagraph[articles.length]!).fill(-1);
  index.entries.forEach((entry, position) => {
    const slot = firstParagraph[entry.article]! + entry.paragraph - 1;
    if (firstEntry[slot] === -1) firstEntry[slot] = position;
  });
  lookup = { articleIndex: new Map(articles.map((article, position) => [article.meta.id, position])), firstParagraph, firstEntry };
  lookups.set(index, lookup);
  return lookup;
}

/** Stem ids of the paragraph's words, or null for a paragraph that is not this index's own object. */
export function paragraphStemIds(index: ParagraphIndex, paragraph: Paragraph): Set<number> | null {
  const lookup = lookupOf(index);
  const article = lookup.articleIndex.get(paragraph.articleId);
  if (article === undefined || index.articles[article]!.paragraphs[paragraph.number - 1] !== paragraph) return null;
  let cache = stemSets.get(index);
  if (!cache) stemSets.set(index, (cache = new LRUCache({ max: STEM_SETS_KEPT })));
  const cached = cache.get(paragraph);
  if (cached) return cached;
  const stems = new Set<number>();
  const { tokenStems } = index.keyword.tables;
  const entries = index.entries;
  for (let entry = lookup.firstEntry[lookup.firstParagraph[article]! + paragraph.number - 1]!; entry < entries.length; entry += 1) {
    if (entries[entry]!.article !== article || entries[entry]!.paragraph !== paragraph.number) break;
    index.keyword.forEachToken(entry, (token) => tokenStems[token]! >= 0 && stems.add(tokenStems[token]!));
  }
  cache.set(paragraph, stems);
  return stems;
}
