/**
 * An incremental reindex reuses the previous generation's articles, word rows,
 * postings and vector places; what it serves must be what a full build of the
 * same knowledge serves (the keyword tables word for word, the same articles),
 * and a fresh graph built on a worker thread must be the one built on this one.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { changeDistractor, distractorId, readSentencePools } from '../../scripts/bench/corpus.js';
import { localEmbedderChoice } from '../../src/core/embeddings/dense-embedder.js';
import { buildIndex } from '../../src/core/index/build/build-index.js';
import { WORKER_THRESHOLD } from '../../src/core/index/vectors/build-vectors.js';
import { loadParagraphIndex } from '../../src/core/index/load-index.js';
import type { ParagraphIndex } from '../../src/core/index/paragraph-index.js';
import { indexTerms } from '../../src/core/text/tokenize.js';
import { benchKnowledge, keywordsByWord } from '../support/corpus.js';
import { XQUAD_DIR } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';

afterAll(removeTemporaryDirectories);

const embedder = localEmbedderChoice();

async function build(knowledgeDir: string, indexDir: string, previous: ParagraphIndex | null, full = false): Promise<ParagraphIndex> {
  await buildIndex({ knowledgeDir, indexDir, embedder, previous, full });
  return loadParagraphIndex(indexDir, embedder)!;
}

/** What a reader sees of an index, independent of internal ids. */
function served(index: ParagraphIndex) {
  return {
    // Every article with its words, as the index's store reads them back.
    articles: JSON.stringify(index.articles.map((article) => index.bodies.readArticle(article))),
    entries: index.entries,
    keywords: keywordsByWord(index.keyword.tables),
    featureLength: [...index.stats.featureLength],
    distinctFeatures: [...index.stats.distinctFeatures],
    vectors: index.store.size,
  };
}

describe('an incremental reindex serves what a full build of the same knowledge serves', () => {
  it('after an edit, a longer article, a new article and a removed one', async () => {
    const knowledgeDir = benchKnowledge('incremental', 200);
    const indexDir = path.join(temporaryDirectory('incremental-index'), 'index');
    let index = await build(knowledgeDir, indexDir, null);

    const pools = readSentencePools(XQUAD_DIR);
    changeDistractor(pools, knowledgeDir, 3, 1); // first paragraph replaced
    const longer = path.join(knowledgeDir, `${distractorId(5)}.md`);
    writeFileSync(longer, `${readFileSync(longer, 'utf8')}\nA paragraph added at the end, about the Caspian Sea.\n`);
    rmSync(path.join(knowledgeDir, `${distractorId(7)}.md`));
    writeFileSync(path.join(knowledgeDir, 'added-article.md'), '---\nid: added-article\ntitle: Added\noutlet: Test\ndate: 2025-01-01\nlanguage: en\n---\n\nAstana hosted the summit on the Caspian Sea.\n\nThe ministers met twice.\n');
    // Kept articles' words stay on disk: their rows, vectors and compressed blocks are copied, not re-derived.
    const reads = vi.spyOn(index.bodies, 'readParagraph');
    index = await build(knowledgeDir, indexDir, index);
    expect(reads).not.toHaveBeenCalled();
    const fresh = await build(knowledgeDir, path.join(temporaryDirectory('incremental-full'), 'index'), null, true);

    const incremental = served(index);
    const full = served(fresh);
    expect(incremental.articles).toBe(full.articles);
    expect(incremental.entries).toEqual(full.entries);
    expect(incremental.keywords.rows).toEqual(full.keywords.rows);
    expect(incremental.keywords.lengths).toEqual(full.keywords.lengths);
    expect(incremental.keywords.totalLength).toBe(full.keywords.totalLength);
    expect(incremental.keywords.forms).toEqual(full.keywords.forms);
    expect(incremental.keywords.postings).toEqual(full.keywords.postings);
    expect(incremental.featureLength).toEqual(full.featureLength);
    expect(incremental.distinctFeatures).toEqual(full.distinctFeatures);
    expect(incremental.vectors).toBe(full.vectors);
    // The changed paragraph is searchable in its new words.
    const hits = index.keyword.score([{ term: indexTerms('revised')[0]!, weight: 1 }]);
    expect([...hits.keys()].map((entry) => index.articleOf(index.entries[entry]!).meta.id)).toContain(distractorId(3));
  }, 60_000);
});

describe('the vector graph', () => {
  it('built on a worker thread is byte for byte the graph built on this thread', async () => {
    const knowledgeDir = benchKnowledge('worker', 300);
    const threadDir = path.join(temporaryDirectory('thread'), 'index');
    const workerDir = path.join(temporaryDirectory('worker'), 'index');
    const threshold = WORKER_THRESHOLD.vectors;
    try {
      WORKER_THRESHOLD.vectors = Number.POSITIVE_INFINITY;
      const onThread = await build(knowledgeDir, threadDir, null);
      WORKER_THRESHOLD.vectors = 1;
      const onWorker = await build(knowledgeDir, workerDir, null);
      const graph = (index: ParagraphIndex) => readFileSync(path.join(index.generationDir, 'vectors.hnsw'));
      expect(graph(onWorker).equals(graph(onThread))).toBe(true);
    } finally {
      WORKER_THRESHOLD.vectors = threshold;
    }
  }, 60_000);
});
