/**
 * The stems of a paragraph's words (both views), read from the index's keyword
 * rows: what indexTerms() of its text and translation gives, without reading
 * or re-tokenising the text. Evidence is measured on the few paragraphs an
 * answer cites. One per index generation (ParagraphIndex), with its cache.
 */
import { LRUCache } from 'lru-cache';
import type { ArticleHead, ParagraphHead } from '../../types.js';
import type { IndexEntry } from '../format/index-tables.js';
import type { KeywordIndex } from './keyword-index.js';

interface EntryLookup {
  articleIndex: Map<string, number>;
  /** Per article, the global number of its first paragraph; per global paragraph, its first entry. */
  firstParagraph: Int32Array;
  firstEntry: Int32Array;
}

const STEM_SETS_KEPT = 1024;

export class ParagraphStems {
  private lookup: EntryLookup | null = null;
  /**
   * Decoded stem sets of the paragraphs answers were last measured on, by
   * global paragraph number: reading a paragraph's rows goes to disk, and the
   * same few paragraphs are measured several times per question (retrieval,
   * unit choice, answerability).
   */
  private readonly stemSets = new LRUCache<number, Set<number>>({ max: STEM_SETS_KEPT });

  constructor(
    private readonly articles: ArticleHead[],
    private readonly entries: IndexEntry[],
    private readonly keyword: KeywordIndex,
  ) {}

  /** Stem ids of the words of one of this index's paragraphs. */
  of(paragraph: ParagraphHead): Set<number> {
    const lookup = this.entryLookup();
    const article = lookup.articleIndex.get(paragraph.articleId)!;
    const global = lookup.firstParagraph[article]! + paragraph.number - 1;
    const cached = this.stemSets.get(global);
    if (cached) return cached;
    const stems = new Set<number>();
    const { tokenStems } = this.keyword.tables;
    const entries = this.entries;
    for (let entry = lookup.firstEntry[global]!; entry < entries.length; entry += 1) {
      if (entries[entry]!.article !== article || entries[entry]!.paragraph !== paragraph.number) break;
      this.keyword.forEachToken(entry, (token) => tokenStems[token]! >= 0 && stems.add(tokenStems[token]!));
    }
    this.stemSets.set(global, stems);
    return stems;
  }

  private entryLookup(): EntryLookup {
    if (this.lookup) return this.lookup;
    const articles = this.articles;
    const firstParagraph = new Int32Array(articles.length + 1);
    articles.forEach((article, position) => (firstParagraph[position + 1] = firstParagraph[position]! + article.paragraphs.length));
    const firstEntry = new Int32Array(firstParagraph[articles.length]!).fill(-1);
    this.entries.forEach((entry, position) => {
      const slot = firstParagraph[entry.article]! + entry.paragraph - 1;
      if (firstEntry[slot] === -1) firstEntry[slot] = position;
    });
    this.lookup = { articleIndex: new Map(articles.map((article, position) => [article.meta.id, position])), firstParagraph, firstEntry };
    return this.lookup;
  }
}
