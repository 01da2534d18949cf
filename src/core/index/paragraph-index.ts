/**
 * The serving index: the article snapshot it was built from, one entry per
 * paragraph view (original text, and English translation when there is one),
 * the HNSW vectors, the BM25 keyword tables and the fitted lexical weights.
 *
 * Loading (load-index.ts) reads tables as they lie on disk (no tokenising, no
 * JSON beyond the article skeleton) and leaves paragraph texts on disk, so a
 * 100,000-paragraph index starts in about a second and in a few hundred MB.
 * `articles` are heads (records, sections, paragraph numbers); what a paragraph
 * says is read by name: `bodies.readParagraph`, `readParagraph(entry)`,
 * `readEntryText(entry)`.
 */
import type { LocalEmbeddings } from '../embeddings/local-embeddings.js';
import type { DenseEmbedder, EmbedderChoice } from '../embeddings/dense-embedder.js';
import type { ArticleBodies, ArticleHead, Paragraph, ParagraphHead } from '../types.js';
import { notOwn, type ArticleReader } from './format/article-reader.js';
import { TokenFeatureTable, type EntryLexicalStats } from './format/entry-features.js';
import type { IndexEntry } from './format/index-tables.js';
import type { KeywordIndex } from './keyword/keyword-index.js';
import { ParagraphStems } from './keyword/paragraph-stems.js';
import type { IndexManifest } from './format/manifest.js';
import type { HnswParagraphStore } from './vectors/vector-store.js';

export { INDEX_FILES, type EntryView, type IndexEntry } from './format/index-tables.js';

/** A translated article's paragraphs all have a translation (see Article), so its heads say which views there are. */
export function entriesFor(articles: ArticleHead[]): IndexEntry[] {
  const entries: IndexEntry[] = [];
  articles.forEach((article, articleIndex) => {
    for (const paragraph of article.paragraphs) {
      entries.push({ article: articleIndex, paragraph: paragraph.number, view: 'original' });
      if (article.translation) entries.push({ article: articleIndex, paragraph: paragraph.number, view: 'translation' });
    }
  });
  return entries;
}

/** Reads the entry's text: its paragraph's, or that paragraph's translation. */
export function readEntryText(bodies: ArticleBodies, articles: ArticleHead[], entry: IndexEntry): string {
  const paragraph = bodies.readParagraph(articles[entry.article]!.paragraphs[entry.paragraph - 1]!);
  return entry.view === 'original' ? paragraph.text : (paragraph.translation ?? '');
}

export class ParagraphIndex {
  /** Embeds questions the way this generation's vectors were embedded. */
  readonly dense: DenseEmbedder;
  readonly keyword: KeywordIndex;
  /** The re-ranker's per-word-form n-gram features, hashed on first use. */
  readonly tokenFeatures: TokenFeatureTable;
  private readonly stems: ParagraphStems;

  constructor(
    readonly manifest: IndexManifest,
    /** Reads paragraph words from this generation's article store (its block cache lives there). */
    readonly bodies: ArticleReader,
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
    this.stems = new ParagraphStems(bodies.articles, entries, keyword);
  }

  /** Heads only: what a paragraph says is read through `bodies`. */
  get articles(): ArticleHead[] {
    return this.bodies.articles;
  }

  paragraphOf(entry: IndexEntry): ParagraphHead {
    return this.articles[entry.article]!.paragraphs[entry.paragraph - 1]!;
  }

  articleOf(entry: IndexEntry): ArticleHead {
    return this.articles[entry.article]!;
  }

  /** Reads the entry's paragraph from disk (through the block cache). */
  readParagraph(entry: IndexEntry): Paragraph {
    return this.bodies.readParagraph(this.paragraphOf(entry));
  }

  /** Reads the entry's text from disk: the paragraph's own, or its translation. */
  readEntryText(entry: IndexEntry): string {
    return readEntryText(this.bodies, this.articles, entry);
  }


  /** Stem ids of the words of one of this generation's paragraphs (both views), from its keyword rows: no text is read. */
  paragraphStemIds(paragraph: ParagraphHead): Set<number> {
    if (!this.bodies.owns(paragraph)) throw notOwn(`paragraph ${paragraph.articleId} ¶${paragraph.number}`);
    return this.stems.of(paragraph);
  }

  get paragraphCount(): number {
    return this.manifest.counts.paragraphs;
  }
}
