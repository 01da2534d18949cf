/**
 * The serving index: the article snapshot it was built from, one entry per
 * paragraph view (original text, and English translation when there is one),
 * the HNSW vectors, the BM25 keyword tables and the fitted lexical weights.
 *
 * Loading (load-index.ts) reads tables as they lie on disk (no tokenising, no
 * JSON beyond the article skeleton) and leaves paragraph texts on disk until
 * asked for, so a 100,000-paragraph index starts in about a second and in a few
 * hundred MB.
 */
import type { LocalEmbeddings } from '../embeddings/local-embeddings.js';
import type { DenseEmbedder, EmbedderChoice } from '../embeddings/dense-embedder.js';
import type { Article, Paragraph } from '../types.js';
import type { ArticleReader } from './format/article-reader.js';
import { TokenFeatureTable, type EntryLexicalStats } from './format/entry-features.js';
import type { IndexEntry } from './format/index-tables.js';
import type { KeywordIndex } from './keyword/keyword-index.js';
import type { IndexManifest } from './format/manifest.js';
import type { HnswParagraphStore } from './vectors/vector-store.js';

export { INDEX_FILES, type EntryView, type IndexEntry } from './format/index-tables.js';

export function entriesFor(articles: Article[]): IndexEntry[] {
  const entries: IndexEntry[] = [];
  articles.forEach((article, articleIndex) => {
    for (const paragraph of article.paragraphs) {
      entries.push({ article: articleIndex, paragraph: paragraph.number, view: 'original' });
      if (paragraph.translation) entries.push({ article: articleIndex, paragraph: paragraph.number, view: 'translation' });
    }
  });
  return entries;
}

export function entryText(articles: Article[], entry: IndexEntry): string {
  const paragraph = articles[entry.article]!.paragraphs[entry.paragraph - 1]!;
  return entry.view === 'original' ? paragraph.text : (paragraph.translation ?? '');
}

export class ParagraphIndex {
  /** Embeds questions the way this generation's vectors were embedded. */
  readonly dense: DenseEmbedder;
  readonly keyword: KeywordIndex;
  /** The re-ranker's per-word-form n-gram features, hashed on first use. */
  readonly tokenFeatures: TokenFeatureTable;

  constructor(
    readonly manifest: IndexManifest,
    readonly articleReader: ArticleReader,
    readonly entries: IndexEntry[],
    keyword: KeywordIndex,
    /** Per entry: Σ feature counts, distinct features, weighted-vector norm (see entry-features.ts). */
    readonly stats: EntryLexicalStats,
    readonly store: HnswParagraphStore,
    readonly lexical: LocalEmbeddings,
    readonly generationDir: string,
    embedder: EmbedderChoice,
  ) {
    this.dense = embedder.bind(lexical);
    this.keyword = keyword;
    this.tokenFeatures = new TokenFeatureTable((token) => keyword.tables.tokens.at(token));
  }

  get articles(): Article[] {
    return this.articleReader.articles;
  }

  paragraphOf(entry: IndexEntry): Paragraph {
    return this.articles[entry.article]!.paragraphs[entry.paragraph - 1]!;
  }

  articleOf(entry: IndexEntry): Article {
    return this.articles[entry.article]!;
  }

  textOf(entry: IndexEntry): string {
    return entryText(this.articles, entry);
  }

  get paragraphCount(): number {
    return this.manifest.counts.paragraphs;
  }
}
