/**
 * Serves articles.bin (see article-store.ts): the skeleton is read at load
 * into article and paragraph heads (records, sections, numbers: no text); a
 * paragraph's words are read only when asked for by name (readParagraph,
 * readArticle), a block of 32 paragraphs at a time through a small cache of
 * decoded blocks. The reader belongs to one index generation, and so does its
 * cache: two engines in one process share nothing.
 *
 * The file stays open for the reader's life (OpenFile): a reindex may prune
 * this generation's folder while a slow caller still reads from it.
 */
import { inflateRawSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Article, ArticleBodies, ArticleHead, Paragraph, ParagraphHead, SentenceSpan } from '../../types.js';
import { BLOCK_PARAGRAPHS, type ArticleSkeleton, type ReusableBlocks, type StoredParagraph } from './article-store.js';
import { sectionPositions } from './binary-sections.js';
import { OpenFile } from './byte-ranges.js';

const BLOCK_CACHE_SIZE = 32;

/** A head of another generation (an edited article), or of no index: answering it from this store would mix two. */
export const notOwn = (what: string) => new Error(`${what} is not one of this index generation's (a head of another generation, or of no index)`);

export class ArticleReader implements ArticleBodies, ReusableBlocks {
  readonly articles: ArticleHead[];
  private readonly file: OpenFile;
  private readonly blocksStart: number;
  private readonly blockEnds: Float64Array;
  /** Per article (by id): its position and its first block. */
  private readonly places = new Map<string, { position: number; firstBlock: number }>();
  /** Decoded blocks, least recently used dropped first; a record becomes its Paragraph when first read. */
  private readonly cache = new LRUCache<number, (Paragraph | StoredParagraph)[]>({ max: BLOCK_CACHE_SIZE });
  /** Every paragraph this reader has read: its own, whatever its block's fate in the cache. */
  private readonly readParagraphs = new WeakSet<object>();
  /** Every block's bytes, read once when a reindex first copies from this store. */
  private allBlocks: Buffer | null = null;

  constructor(filePath: string) {
    this.file = new OpenFile(filePath);
    const sections = sectionPositions(this.file.descriptor, filePath);
    const read = (name: string) => {
      const section = sections.get(name);
      if (!section) throw new Error(`${filePath} has no ${name} section`);
      return this.file.read(section.start, section.bytes);
    };
    const skeletons = JSON.parse(read('skeleton').toString('utf8')) as ArticleSkeleton[];
    const ends = read('blockEnds');
    this.blockEnds = new Float64Array(ends.buffer, ends.byteOffset, ends.length / 8).slice();
    this.blocksStart = sections.get('blocks')!.start;
    this.articles = skeletons.map(({ meta, filePath: articlePath, contentHash, sections, translation, paragraphSections, firstBlock }, position) => {
      this.places.set(meta.id, { position, firstBlock });
      const paragraphs = paragraphSections.map((sectionIndex, index): ParagraphHead => {
        const section = sections[sectionIndex];
        return { articleId: meta.id, number: index + 1, section: section?.heading ?? null, sectionTranslation: section?.headingTranslation ?? null };
      });
      return { meta, filePath: articlePath, contentHash, paragraphs, sections, translation };
    });
  }

  /** Reads the paragraph's words from this generation's store (one block from disk, unless cached). */
  readParagraph(paragraph: ParagraphHead): Paragraph {
    const own = this.ownHead(paragraph);
    if (!own) throw notOwn(`paragraph ${paragraph.articleId} ¶${paragraph.number}`);
    const { head, firstBlock } = own;
    const slot = firstBlock * BLOCK_PARAGRAPHS + head.number - 1;
    const block = Math.floor(slot / BLOCK_PARAGRAPHS);
    const position = slot % BLOCK_PARAGRAPHS;
    let records = this.cache.get(block);
    if (!records) {
      records = JSON.parse(inflateRawSync(this.readBlock(block)).toString('utf8')) as StoredParagraph[];
      this.cache.set(block, records);
    }
    const record = records[position]!;
    if (!Array.isArray(record)) return record;
    const [text, offsets, translation, sentenceTranslations] = record;
    const sentences: SentenceSpan[] = [];
    for (let index = 0; index < offsets.length; index += 2) sentences.push({ text: text.slice(offsets[index]!, offsets[index + 1]!), start: offsets[index]!, end: offsets[index + 1]! });
    // The loader's field order, so a paragraph read back serialises as it was loaded.
    const read: Paragraph = { ...head, text, sentences, translation, sentenceTranslations };
    this.readParagraphs.add(read);
    return (records[position] = read);
  }

  /** This generation's head of the article with that id (nothing is read). */
  findArticle(articleId: string): ArticleHead | null {
    const place = this.places.get(articleId);
    return place ? this.articles[place.position]! : null;
  }

  /** Reads every paragraph of the article from this generation's store. */
  readArticle(article: ArticleHead): Article {
    const place = this.places.get(article.meta.id);
    if (!place || this.articles[place.position] !== article) throw notOwn(`article ${article.meta.id}`);
    return { ...article, paragraphs: article.paragraphs.map((paragraph) => this.readParagraph(paragraph)) };
  }

  /**
   * An article's compressed blocks as stored, for copying into the next
   * generation; null for an article not from this store. The first call reads
   * every block at once: a reindex copies nearly all of them, and one read
   * beats thousands.
   */
  blocksOf(article: ArticleHead): Buffer[] | null {
    const place = this.places.get(article.meta.id);
    if (!place || this.articles[place.position] !== article) return null;
    this.allBlocks ??= this.file.read(this.blocksStart, this.blockEnds.at(-1) ?? 0);
    const all = this.allBlocks;
    return Array.from({ length: Math.ceil(article.paragraphs.length / BLOCK_PARAGRAPHS) }, (_, offset) => {
      const block = place.firstBlock + offset;
      return all.subarray(block === 0 ? 0 : this.blockEnds[block - 1]!, this.blockEnds[block]!);
    });
  }

  doneCopying(): void {
    this.allBlocks = null;
  }

  /** Whether the paragraph is one of this generation's: its head, or a paragraph read from it. */
  owns(paragraph: ParagraphHead): boolean {
    return this.ownHead(paragraph) !== null;
  }

  private ownHead(paragraph: ParagraphHead): { head: ParagraphHead; firstBlock: number } | null {
    const place = this.places.get(paragraph.articleId);
    const head = place && this.articles[place.position]!.paragraphs[paragraph.number - 1];
    return head && (head === paragraph || this.readParagraphs.has(paragraph)) ? { head, firstBlock: place.firstBlock } : null;
  }

  private readBlock(block: number): Buffer {
    const start = block === 0 ? 0 : this.blockEnds[block - 1]!;
    return this.file.read(this.blocksStart + start, this.blockEnds[block]! - start);
  }
}
