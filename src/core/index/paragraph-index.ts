/**
 * The serving index: the article snapshot it was built from, one entry per
 * paragraph view (original text, and English translation when there is one),
 * the HNSW vectors, the BM25 keyword index and the fitted lexical weights.
 */
import path from 'node:path';
import { MarsadError } from '../../errors.js';
import { DEFAULT_LOCAL_SETTINGS, LocalEmbeddings, type LocalEmbeddingsSettings } from '../embeddings/local-embeddings.js';
import type { DenseEmbedder, EmbedderChoice } from '../embeddings/dense-embedder.js';
import type { Article, Paragraph } from '../types.js';
import { currentGeneration } from './index-files.js';
import { KeywordIndex } from './keyword-index.js';
import { assertEmbedderMatches, readManifest, readVerifiedFile, type IndexManifest } from './manifest.js';
import { HnswParagraphStore } from './vector-store.js';

export type EntryView = 'original' | 'translation';

export interface IndexEntry {
  article: number;
  /** Paragraph number within the article (1-based). */
  paragraph: number;
  view: EntryView;
}

export const INDEX_FILES = { vectors: 'vectors.hnsw', entries: 'entries.json', articles: 'articles.json', idf: 'idf.bin' } as const;

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
  readonly keyword = new KeywordIndex();
  /** Embeds questions the way this generation's vectors were embedded. */
  readonly dense: DenseEmbedder;

  constructor(
    readonly manifest: IndexManifest,
    readonly articles: Article[],
    readonly entries: IndexEntry[],
    readonly store: HnswParagraphStore,
    readonly lexical: LocalEmbeddings,
    readonly generationDir: string,
    embedder: EmbedderChoice,
  ) {
    this.dense = embedder.bind(lexical);
    for (const entry of entries) this.keyword.add(entryText(articles, entry));
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

/** Loads the serving generation, verifying every file against the manifest. */
export function loadParagraphIndex(indexDir: string, embedder: EmbedderChoice): ParagraphIndex | null {
  const generationDir = currentGeneration(indexDir);
  if (!generationDir) return null;
  const manifest = readManifest(generationDir);
  assertEmbedderMatches(manifest, embedder.id);
  const articles = JSON.parse(readVerifiedFile(generationDir, manifest, INDEX_FILES.articles).toString('utf8')) as Article[];
  const entries = JSON.parse(readVerifiedFile(generationDir, manifest, INDEX_FILES.entries).toString('utf8')) as IndexEntry[];
  const idfBytes = readVerifiedFile(generationDir, manifest, INDEX_FILES.idf);
  const idfTable = new Float32Array(idfBytes.buffer.slice(idfBytes.byteOffset, idfBytes.byteOffset + idfBytes.byteLength));
  const settings = (manifest.embedder.settings.lexical ?? DEFAULT_LOCAL_SETTINGS) as LocalEmbeddingsSettings;
  const lexical = new LocalEmbeddings(settings, idfTable);
  lexical.averageFeatureCount = Number(manifest.embedder.settings.averageFeatureCount ?? 1);
  // Checksum first, then let hnswlib read the verified file.
  readVerifiedFile(generationDir, manifest, INDEX_FILES.vectors);
  let store: HnswParagraphStore;
  try {
    store = HnswParagraphStore.load(embedder.bind(lexical).embeddings, manifest.embedder.dimension, path.join(generationDir, INDEX_FILES.vectors));
  } catch (error) {
    throw new MarsadError('index_corrupt', `The vector index in ${generationDir} could not be read: run \`npm run reindex -- --full\`.`, { cause: error });
  }
  if (store.size !== entries.length) {
    throw new MarsadError('index_corrupt', `The vector index in ${generationDir} has ${store.size} vectors for ${entries.length} entries: run \`npm run reindex -- --full\`.`);
  }
  return new ParagraphIndex(manifest, articles, entries, store, lexical, generationDir, embedder);
}
