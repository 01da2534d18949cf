/**
 * The per-entry half of a build: words (keyword rows), the lexical fit, the
 * re-ranker's per-entry figures and the vectors, with as much as possible
 * taken from the previous generation.
 *
 * Each new text is tokenised once; its word forms' n-gram features are hashed
 * once per distinct form (TokenFeatureTable) and summed per entry in text
 * order, so the fitted table and the local vectors are bit-identical to
 * embedding each text from scratch. Local vectors go into the graph as they are
 * computed (no array of every vector). Unchanged entries keep their vector's
 * place in a copy of the previous graph, which is patched rather than rebuilt.
 */
import { FeatureCounter } from '../../embeddings/features.js';
import { DEFAULT_LOCAL_SETTINGS, LocalEmbeddings } from '../../embeddings/local-embeddings.js';
import type { EntryLexicalStats } from '../format/entry-features.js';
import { TokenFeatureTable } from '../format/entry-features.js';
import { KeywordBuilder } from '../keyword/keyword-builder.js';
import type { KeywordTables } from '../keyword/keyword-tables.js';
import { TokenSequences } from '../format/token-sequences.js';
import { buildVectors, type VectorBuild } from '../vectors/build-vectors.js';
import type { EntryBuildOptions } from './build-options.js';


export interface EntryBuild {
  /** The keyword tables, derived when first asked for (while a worker still links the graph). */
  keyword: () => KeywordTables;
  /** Derives them one step further (false when done): lets the writer pause in between. */
  keywordStep: () => boolean;
  stats: EntryLexicalStats;
  lexical: LocalEmbeddings;
  /** The vectors, still to be saved (and disposed of, whatever happens). */
  vectors: VectorBuild;
}

export async function buildEntries(options: EntryBuildOptions): Promise<EntryBuild> {
  const { entries, previous, previousEntry } = options;
  // A refit counts every entry's features again, in text order, so every text is tokenised again anyway.
  const reuseRows = previous !== null && !options.refit;
  const words = KeywordBuilder.extending(reuseRows ? previous.keyword.tables : null);
  const sequences = new TokenSequences(entries.length);
  const slicer = options.slicer;
  for (let entry = 0; entry < entries.length; entry += 1) {
    if (slicer?.due()) await slicer.pause();
    if (reuseRows && previousEntry[entry]! >= 0) words.copyRow(previous.keyword.tables, previousEntry[entry]!);
    else sequences.set(entry, words.addText(options.readText(entry)));
  }

  const features = new TokenFeatureTable((token) => words.tokenText(token));
  const counter = new FeatureCounter();
  let lexical: LocalEmbeddings;
  if (reuseRows) {
    lexical = previous.lexical;
  } else {
    lexical = new LocalEmbeddings(DEFAULT_LOCAL_SETTINGS);
    const fit = lexical.beginFit();
    for (let entry = 0; entry < entries.length; entry += 1) {
      if (slicer?.due()) await slicer.pause();
      fit.add(sequences.count(entry, features, counter));
    }
    fit.finish();
  }

  const stats: EntryLexicalStats = {
    featureLength: new Uint32Array(entries.length),
    distinctFeatures: new Uint32Array(entries.length),
    norm: new Float64Array(entries.length),
  };
  let keyword: KeywordTables | null = null;
  let keywordSteps: Generator<void, KeywordTables> | null = null;
  /** One step of deriving the keyword tables; false once they are derived. */
  const keywordStep = () => {
    if (keyword) return false;
    const next = (keywordSteps ??= words.finishSteps()).next();
    if (next.done) keyword = next.value;
    return true;
  };
  const vectors = await buildVectors({ ...options, lexical, reuseVectors: previous !== null && !(options.refit && options.embedder.dependsOnFit) });
  try {
    for (let entry = 0; entry < entries.length; entry += 1) {
      if (slicer?.due()) await slicer.pause();
      if (entry % 256 === 0) {
        // While the graph worker is saturated, do the work that does not need it (keyword tables, text compression), pausing as usual.
        while (vectors.busy() && (keywordStep() || options.meanwhile?.())) if (slicer?.due()) await slicer.pause();
        await vectors.ready();
      }
      if (!sequences.has(entry)) {
        // Unchanged words under an unchanged idf table: the previous figures hold.
        const before = previousEntry[entry]!;
        stats.featureLength[entry] = previous!.stats.featureLength[before]!;
        stats.distinctFeatures[entry] = previous!.stats.distinctFeatures[before]!;
        stats.norm[entry] = previous!.stats.norm[before]!;
        vectors.visit(entry, null);
        continue;
      }
      sequences.count(entry, features, counter);
      let length = 0;
      for (let position = 0; position < counter.size; position += 1) length += counter.countAt(position);
      stats.featureLength[entry] = length;
      stats.distinctFeatures[entry] = counter.size;
      stats.norm[entry] = vectors.visit(entry, counter);
    }
    await vectors.finish();
    const allKeywords = () => {
      while (keywordStep());
      return keyword!;
    };
    return { keywordStep, keyword: allKeywords, stats, lexical, vectors };
  } catch (error) {
    vectors.dispose(); // a graph worker must not outlive a failed build
    throw error;
  }
}
