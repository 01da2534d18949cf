/**
 * articles.bin: the article snapshot an index generation was built from.
 *
 * Paragraph texts are most of an index's bytes (100 MB at 100,000 paragraphs)
 * yet a question reads only the few paragraphs it cites. So texts are stored
 * deflated in blocks of up to 32 paragraphs of one article, and the serving
 * process keeps only a skeleton in memory (meta, sections, paragraph numbers):
 * the article and paragraph heads. A paragraph's text, sentences and
 * translation are read from disk when asked for (article-reader.ts), through a
 * small cache of decoded blocks.
 *
 * Layout (binary-sections.ts): `skeleton` JSON, `blockEnds` (f64 byte offsets
 * into `blocks`, one per block), `blocks` last, so a reader can leave it on disk.
 */
import { deflateRawSync } from 'node:zlib';
import type { ArticleBodies, ArticleHead, Paragraph } from '../../types.js';
import { writeSections } from './binary-sections.js';

export const BLOCK_PARAGRAPHS = 32;

/** A paragraph as stored in a block: text, flat sentence offsets, translation, aligned sentence translations. */
export type StoredParagraph = [string, number[], string | null, string[] | null];

export interface ArticleSkeleton extends Omit<ArticleHead, 'paragraphs'> {
  /** Per paragraph: its section's index in `sections` (-1 when it belongs to none). */
  paragraphSections: number[];
  firstBlock: number;
}

/** Compressed blocks that can be copied unchanged from a previous store, by article content hash. */
export interface ReusableBlocks {
  blocksOf(article: ArticleHead): Buffer[] | null;
  /** Called once the copying is over (a store may hold its blocks in memory meanwhile). */
  doneCopying?(): void;
}

function sectionIndexes(article: ArticleHead): number[] {
  return article.paragraphs.map((paragraph) => {
    const index = article.sections.findIndex((section) => section.paragraphNumbers.includes(paragraph.number));
    const section = article.sections[index];
    // The skeleton rebuilds section names from the article's sections; anything else would be lost, so refuse it.
    if (!section || section.heading !== paragraph.section || section.headingTranslation !== paragraph.sectionTranslation) {
      throw new Error(`paragraph ${paragraph.number} of ${article.meta.id} does not match its section list`);
    }
    return index;
  });
}

function storedParagraph(paragraph: Paragraph): StoredParagraph {
  for (const sentence of paragraph.sentences) {
    if (paragraph.text.slice(sentence.start, sentence.end) !== sentence.text) throw new Error(`sentence offsets of ${paragraph.articleId} ¶${paragraph.number} do not match its text`);
  }
  return [paragraph.text, paragraph.sentences.flatMap((sentence) => [sentence.start, sentence.end]), paragraph.translation, paragraph.sentenceTranslations];
}

export function compressBlock(paragraphs: Paragraph[]): Buffer {
  return deflateRawSync(Buffer.from(JSON.stringify(paragraphs.map(storedParagraph)), 'utf8'), { level: 3 });
}

/**
 * Writes the store one article at a time (step()), so a build can compress
 * texts while it waits for its graph worker; finish() compresses what is left.
 * An article's blocks are copied from `reusable` when it holds them, else its
 * words are read from `bodies` and compressed.
 */
export class ArticleStoreWriter {
  private readonly blocks: Buffer[] = [];
  private readonly skeletons: ArticleSkeleton[] = [];

  constructor(private readonly articles: ArticleHead[], private readonly bodies: ArticleBodies, private readonly reusable?: ReusableBlocks) {}

  /** Stores the next article; false when every article is stored. */
  step(): boolean {
    const article = this.articles[this.skeletons.length];
    if (!article) return false;
    const { paragraphs, ...rest } = article;
    this.skeletons.push({ ...rest, paragraphSections: sectionIndexes(article), firstBlock: this.blocks.length });
    const copied = this.reusable?.blocksOf(article);
    if (copied) {
      this.blocks.push(...copied);
    } else {
      const read = this.bodies.readArticle(article).paragraphs;
      for (let start = 0; start < paragraphs.length; start += BLOCK_PARAGRAPHS) this.blocks.push(compressBlock(read.slice(start, start + BLOCK_PARAGRAPHS)));
    }
    return true;
  }

  finish(): Buffer {
    while (this.step());
    this.reusable?.doneCopying?.();
    const blockEnds = new Float64Array(this.blocks.length);
    let end = 0;
    this.blocks.forEach((block, index) => (blockEnds[index] = end += block.length));
    return writeSections({ skeleton: JSON.stringify(this.skeletons), blockEnds, blocks: this.blocks });
  }
}
