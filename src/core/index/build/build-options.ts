/**
 * What a build is given: the options of the whole build (build-index.ts,
 * write-generation.ts) and of its per-entry half (build-entries.ts,
 * build-vectors.ts), apart from the steps so those files need not import each other.
 */
import type { Logger } from '../../../logger.js';
import type { EmbedderChoice } from '../../embeddings/dense-embedder.js';
import type { TimeSlicer } from '../../time-slicer.js';
import type { IndexEntry } from '../format/index-tables.js';
import type { ParagraphIndex } from '../paragraph-index.js';

export interface BuildIndexOptions {
  knowledgeDir: string;
  indexDir: string;
  embedder: EmbedderChoice;
  /** The serving index, if any: the source of reusable articles, words and vectors. */
  previous: ParagraphIndex | null;
  full?: boolean;
  onProgress?: (done: number, total: number) => void;
  logger?: Logger;
  /** Test hook: called at each stage; throwing there simulates a crash mid-build. */
  onStage?: (stage: 'embedded' | 'vectors-written' | 'files-written') => void;
}

export interface EntryBuildOptions {
  entries: IndexEntry[];
  /** Reads an entry's text: from memory for a loaded article, from the previous generation's store for a kept one. */
  readText: (entry: number) => string;
  /** For each entry, the same entry of the previous generation (same article content), or -1. */
  previousEntry: Int32Array;
  previous: ParagraphIndex | null;
  /** Refit the lexical idf table (a full build, or too much changed since the last fit). */
  refit: boolean;
  embedder: EmbedderChoice;
  onProgress?: (done: number, total: number) => void;
  /** Other work of the build, one short step per call (false when done): run while a graph worker catches up. */
  meanwhile?: () => boolean;
  /** Pauses the build now and then so the event loop keeps running (a serving bot). */
  slicer?: TimeSlicer;
}
