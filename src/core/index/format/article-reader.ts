/**
 * Serves articles.bin lazily (see article-store.ts): the skeleton is read at
 * load, a block of paragraph texts only when one of its paragraphs is touched.
 *
 * Paragraphs are plain objects whose text, sentences and translation are
 * enumerable accessors shared by every paragraph of the store: to callers
 * (spread, JSON, equality, Object.keys) they look like the loader's
 * paragraphs, but hold no text until asked. Articles without a translation
 * carry their null translation as plain data, so scanning which paragraphs are
 * translated reads nothing from disk.
 *
 * The file stays open for the reader's life (OpenFile): a reindex may prune
 * this generation's folder while a slow caller still reads from it.
 */
import { inflateRawSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Article, Paragraph, SentenceSpan } from '../../types.js';
import { BLOCK_PARAGRAPHS, type ArticleSkeleton, type ReusableBlocks, type StoredParagraph } from './article-store.js';
import { sectionPositions } from './binary-sections.js';
import { OpenFile } from './byte-ranges.js';

const BLOCK_CACHE_SIZE = 32;
const SLOT = Symbol('paragraph slot');

interface ParagraphBody {
  text: string;
  sentences: SentenceSpan[];
  translation: string | null;
  sentenceTranslations: string[] | null;
}

export class ArticleReader implements ReusableBlocks {
  readonly articles: Article[];
  private readonly file: OpenFile;
  private readonly blocksStart: number;
  private readonly blockEnds: Float64Array;
  /** Decompressed blocks, least recently used dropped first. */
  private readonly cache = new LRUCache<number, (ParagraphBody | StoredParagraph)[]>({ max: BLOCK_CACHE_SIZE });
  /** Every block's bytes, read once when a reindex first copies from this store. */
  private allBlocks: Buffer | null = null;
  /** Each article's blocks: [first, count). */
  private readonly blockRanges = new WeakMap<Article, [number, number]>();

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
    const body = (paragraph: object) => this.body((paragraph as { [SLOT]: number })[SLOT]);
    // One getter function per field, shared by every paragraph (defined one by one: twice as fast as a descriptor map).
    const getters = {
      text(this: object) { return body(this).text; },
      sentences(this: object) { return body(this).sentences; },
      translation(this: object) { return body(this).translation; },
      sentenceTranslations(this: object) { return body(this).sentenceTranslations; },
    };
    const accessor = (paragraph: object, name: keyof typeof getters) => Object.defineProperty(paragraph, name, { get: getters[name], enumerable: true });
    this.articles = skeletons.map(({ meta, filePath: articlePath, contentHash, sections, translation, paragraphSections, firstBlock }) => {
      const paragraphs = paragraphSections.map((sectionIndex, index) => {
        const section = sections[sectionIndex];
        // The loader's field order: articleId, number, section, sectionTranslation, text, sentences, translation, sentenceTranslations.
        const paragraph: Record<string, unknown> = { articleId: meta.id, number: index + 1, section: section?.heading ?? null, sectionTranslation: section?.headingTranslation ?? null };
        Object.defineProperty(paragraph, SLOT, { value: firstBlock * BLOCK_PARAGRAPHS + index });
        accessor(paragraph, 'text');
        accessor(paragraph, 'sentences');
        if (translation) {
          accessor(paragraph, 'translation');
          accessor(paragraph, 'sentenceTranslations');
        } else {
          paragraph.translation = null;
          paragraph.sentenceTranslations = null;
        }
        return paragraph as unknown as Paragraph;
      });
      const article: Article = { meta, filePath: articlePath, contentHash, paragraphs, sections, translation };
      this.blockRanges.set(article, [firstBlock, Math.ceil(paragraphs.length / BLOCK_PARAGRAPHS)]);
      return article;
    });
  }

  /**
   * An article's compressed blocks as stored, for copying into the next
   * generation; null for an article not from this store. The first call reads
   * every block at once: a reindex copies nearly all of them, and one read
   * beats thousands.
   */
  blocksOf(article: Article): Buffer[] | null {
    const range = this.blockRanges.get(article);
    if (!range) return null;
    this.allBlocks ??= this.file.read(this.blocksStart, this.blockEnds.at(-1) ?? 0);
    const all = this.allBlocks;
    return Array.from({ length: range[1] }, (_, offset) => {
      const block = range[0] + offset;
      return all.subarray(block === 0 ? 0 : this.blockEnds[block - 1]!, this.blockEnds[block]!);
    });
  }

  doneCopying(): void {
    this.allBlocks = null;
  }

  private readBlock(block: number): Buffer {
    const start = block === 0 ? 0 : this.blockEnds[block - 1]!;
    return this.file.read(this.blocksStart + start, this.blockEnds[block]! - start);
  }

  /** A slot is firstBlock × BLOCK_PARAGRAPHS + paragraph index: the block and the position inside it. */
  private body(slot: number): ParagraphBody {
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
    return (records[position] = { text, sentences, translation, sentenceTranslations });
  }
}
