/**
 * Reindexing: incremental by article hash, and crash-safe. A failure injected
 * at every stage of a build leaves the previous generation serving, named by
 * CURRENT and answering exactly as before; a build in progress is never named.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { CURRENT_FILE, sha256 } from '../../src/core/index/build/index-files.js';
import { MANIFEST_FILE, type IndexManifest } from '../../src/core/index/format/manifest.js';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import {
  articleText,
  expectMarsadError,
  knowledgeWithInterview,
  offlineEngine,
  removeTemporaryDirectories,
  SMALL_ARTICLES,
  temporaryDirectory,
  writeArticle,
  writeSmallArticle,
} from './helpers.js';

afterAll(removeTemporaryDirectories);

const INTERVIEW_PARAGRAPHS = 29;
const RAILWAY_EXTRA = 'وسيبدأ تشغيل القطار السريع بين أكتاو ودوستيك في شهر أكتوبر المقبل بعد اكتمال الاختبارات.';
const RAILWAY_QUESTION = 'متى يبدأ تشغيل القطار السريع بين أكتاو ودوستيك؟';
const smallParagraphs = Object.values(SMALL_ARTICLES).reduce((sum, spec) => sum + spec.paragraphs.length, 0);

function knowledgeWithSmallArticles(label: string): string {
  const directory = knowledgeWithInterview(label);
  for (const id of Object.keys(SMALL_ARTICLES)) writeSmallArticle(directory, id);
  return directory;
}

const indexDirOf = (dataDir: string) => path.join(dataDir, 'index');
const readCurrent = (dataDir: string) => readFileSync(path.join(indexDirOf(dataDir), CURRENT_FILE), 'utf8').trim();
const buildingDirs = (dataDir: string) => readdirSync(indexDirOf(dataDir)).filter((name) => name.startsWith('.building-'));

function readManifestOf(dataDir: string): IndexManifest {
  return JSON.parse(readFileSync(path.join(indexDirOf(dataDir), readCurrent(dataDir), MANIFEST_FILE), 'utf8')) as IndexManifest;
}

describe('incremental reindex', () => {
  let knowledgeDir: string;
  let dataDir: string;
  let engine: Engine;

  beforeAll(async () => {
    knowledgeDir = knowledgeWithSmallArticles('incremental-knowledge');
    dataDir = temporaryDirectory('incremental-data');
    engine = await offlineEngine(knowledgeDir, dataDir);
  });

  it('the first use built the index, with a manifest listing every article hash and file checksum', () => {
    expect(readCurrent(dataDir)).toMatch(/^gen-/);
    const manifest = readManifestOf(dataDir);
    const { articles } = loadKnowledge(knowledgeDir);
    expect(Object.keys(manifest.articles).sort()).toEqual(articles.map((article) => article.meta.id).sort());
    for (const article of articles) expect(manifest.articles[article.meta.id]!.contentHash).toBe(article.contentHash);
    expect(manifest.counts).toEqual({ articles: 4, paragraphs: INTERVIEW_PARAGRAPHS + smallParagraphs, entries: 2 * INTERVIEW_PARAGRAPHS + smallParagraphs });
    expect(Object.keys(manifest.files).sort()).toEqual(['articles.bin', 'entries.bin', 'idf.bin', 'keywords.bin', 'vectors.hnsw']);
    for (const [name, { sha256: checksum, bytes }] of Object.entries(manifest.files)) {
      const content = readFileSync(path.join(indexDirOf(dataDir), readCurrent(dataDir), name));
      expect(content.length).toBe(bytes);
      expect(sha256(content)).toBe(checksum);
    }
    expect(manifest.embedder.id).toBeTruthy();
    expect(manifest.embedder.dimension).toBeGreaterThan(0);
  });

  it('nothing changed → nothing re-embedded', async () => {
    const summary = await engine.reindex();
    expect(summary).toMatchObject({ added: [], changed: [], removed: [], unchanged: 4, skipped: [], paragraphs: INTERVIEW_PARAGRAPHS + smallParagraphs, embedded: 0 });
    expect(summary.seconds).toBeGreaterThanOrEqual(0);
  });

  it('one article changed → only its paragraphs are re-embedded, and the new text is served', async () => {
    const before = readCurrent(dataDir);
    writeSmallArticle(knowledgeDir, 'steppe-railway', RAILWAY_EXTRA);
    const summary = await engine.reindex();
    expect(summary).toMatchObject({ added: [], changed: ['steppe-railway'], removed: [], unchanged: 3, embedded: 3, paragraphs: INTERVIEW_PARAGRAPHS + smallParagraphs + 1 });
    expect(readCurrent(dataDir)).not.toBe(before);
    const answer = await engine.ask(RAILWAY_QUESTION);
    expect(answer.citations[0]).toMatchObject({ articleId: 'steppe-railway', paragraph: 3 });
    expect(answer.citations[0]!.quote).toContain('أكتوبر');
  });

  it('a new article → added, only it embedded', async () => {
    writeArticle(knowledgeDir, 'aral-sea.md', articleText({ id: 'aral-sea', title: 'بحر آرال', paragraphs: ['عاد منسوب المياه في بحر آرال الشمالي إلى الارتفاع بعد بناء سد كوكارال.', 'وعادت أسماك كثيرة إلى البحر.'] }));
    const summary = await engine.reindex();
    expect(summary).toMatchObject({ added: ['aral-sea'], changed: [], removed: [], unchanged: 4, embedded: 2 });
    expect(engine.listArticles().map((article) => article.id)).toContain('aral-sea');
  });

  it('an article removed → listed as removed, nothing embedded, no longer cited', async () => {
    rmSync(path.join(knowledgeDir, 'almaty-apples.md'));
    const summary = await engine.reindex();
    expect(summary).toMatchObject({ added: [], changed: [], removed: ['almaty-apples'], unchanged: 4, embedded: 0 });
    expect(engine.listArticles().map((article) => article.id)).not.toContain('almaty-apples');
    const answer = await engine.ask('مهرجان التفاح في ألماتي');
    expect(answer.citations.map((citation) => citation.articleId)).not.toContain('almaty-apples');
    expect(readManifestOf(dataDir).articles['almaty-apples']).toBeUndefined();
  });

  it('a bad file is skipped and reported; the rest is indexed and unchanged', async () => {
    const bad = writeArticle(knowledgeDir, 'broken.md', 'no front matter here');
    const summary = await engine.reindex();
    expect(summary.skipped).toEqual([{ filePath: bad, message: expect.stringContaining(`${bad}:1:`) as unknown as string }]);
    expect(summary).toMatchObject({ added: [], changed: [], removed: [], unchanged: 4, embedded: 0 });
    rmSync(bad);
  });

  it('--full re-embeds every entry', async () => {
    const summary = await engine.reindex({ full: true });
    const entries = readManifestOf(dataDir).counts.entries;
    expect(summary.embedded).toBe(entries);
    expect(summary.unchanged).toBe(4);
  });

  it('a second reindex while one runs is refused', async () => {
    const first = engine.reindex();
    await expectMarsadError(engine.reindex(), 'reindex_running');
    await first;
    expect(engine.reindexing).toBe(false);
  });

  it('old generations and abandoned builds are pruned, keeping the serving one and the one before', () => {
    const names = readdirSync(indexDirOf(dataDir)).filter((name) => name.startsWith('gen-'));
    expect(names).toContain(readCurrent(dataDir));
    expect(names.length).toBeLessThanOrEqual(2);
    expect(buildingDirs(dataDir)).toEqual([]);
  });
});

describe.each(['embedded', 'vectors-written', 'files-written'] as const)('a crash at stage "%s"', (crashStage) => {
  let knowledgeDir: string;
  let dataDir: string;
  let engine: Engine;
  let armed = false;
  const questions = ['How many times has Putin visited Kazakhstan?', 'كم يبلغ طول خط السكك الحديدية عبر السهوب؟', RAILWAY_QUESTION];

  beforeAll(async () => {
    knowledgeDir = knowledgeWithSmallArticles(`crash-${crashStage}-knowledge`);
    dataDir = temporaryDirectory(`crash-${crashStage}-data`);
    engine = await offlineEngine(knowledgeDir, dataDir, {
      onBuildStage: (stage) => {
        if (armed && stage === crashStage) throw new Error(`simulated crash at ${stage}`);
      },
    });
  });

  it('leaves the previous index serving, loadable, named by CURRENT, and answering identically', async () => {
    const current = readCurrent(dataDir);
    const answersBefore = await Promise.all(questions.map((question) => engine.ask(question)));
    const articlesBefore = engine.listArticles();

    writeSmallArticle(knowledgeDir, 'steppe-railway', RAILWAY_EXTRA);
    writeArticle(knowledgeDir, 'aral-sea.md', articleText({ id: 'aral-sea', paragraphs: ['بحر آرال.'] }));
    armed = true;
    await expect(engine.reindex({ full: crashStage === 'files-written' })).rejects.toThrow(`simulated crash at ${crashStage}`);
    expect(engine.reindexing).toBe(false);

    expect(readCurrent(dataDir)).toBe(current);
    // a build that failed in this process removes its own folder (a killed one leaves it for the next build to prune)
    expect(buildingDirs(dataDir)).toEqual([]);
    expect(existsSync(path.join(indexDirOf(dataDir), current, MANIFEST_FILE))).toBe(true);
    expect(engine.index.generationDir).toBe(path.join(indexDirOf(dataDir), current));
    expect(engine.listArticles()).toEqual(articlesBefore);
    expect(await Promise.all(questions.map((question) => engine.ask(question)))).toEqual(answersBefore);

    // A new process loads the old generation and answers the same.
    const reopened = await offlineEngine(knowledgeDir, dataDir);
    expect(reopened.index.generationDir).toBe(path.join(indexDirOf(dataDir), current));
    expect(reopened.listArticles()).toEqual(articlesBefore);
    expect(await Promise.all(questions.map((question) => reopened.ask(question)))).toEqual(answersBefore);
  });

  it('the next reindex succeeds, swaps, and clears the abandoned build', async () => {
    const before = readCurrent(dataDir);
    armed = false;
    const summary = await engine.reindex();
    expect(summary.added).toEqual(['aral-sea']);
    expect(summary.changed).toEqual(['steppe-railway']);
    expect(readCurrent(dataDir)).not.toBe(before);
    expect(readCurrent(dataDir)).toMatch(/^gen-/);
    expect(buildingDirs(dataDir)).toEqual([]);
    expect((await engine.ask(RAILWAY_QUESTION)).citations[0]).toMatchObject({ articleId: 'steppe-railway', paragraph: 3 });
  });
});

describe('the generation being built', () => {
  it('is never named by CURRENT: at every stage CURRENT names a complete gen-* folder, and the build sits beside it', async () => {
    const knowledgeDir = knowledgeWithSmallArticles('stages-knowledge');
    const dataDir = temporaryDirectory('stages-data');
    const seen: { stage: string; current: string | null; building: string[]; complete: boolean }[] = [];
    let watching = false;
    const engine = await offlineEngine(knowledgeDir, dataDir, {
      onBuildStage: (stage) => {
        if (!watching) return;
        const current = existsSync(path.join(indexDirOf(dataDir), CURRENT_FILE)) ? readCurrent(dataDir) : null;
        seen.push({ stage, current, building: buildingDirs(dataDir), complete: current !== null && existsSync(path.join(indexDirOf(dataDir), current, MANIFEST_FILE)) });
      },
    });
    const first = readCurrent(dataDir);
    watching = true;
    writeSmallArticle(knowledgeDir, 'caspian-fisheries', 'فقرة جديدة عن صيد الأسماك.');
    await engine.reindex();
    expect(seen.map((entry) => entry.stage)).toEqual(['embedded', 'vectors-written', 'files-written']);
    for (const entry of seen) {
      expect(entry.current, entry.stage).toBe(first);
      expect(entry.complete, entry.stage).toBe(true);
    }
    // the files are written into a hidden build folder, not into the serving one
    expect(seen.find((entry) => entry.stage === 'vectors-written')!.building).toHaveLength(1);
    expect(readCurrent(dataDir)).toMatch(/^gen-/);
    expect(readCurrent(dataDir)).not.toBe(first);
    expect(buildingDirs(dataDir)).toEqual([]);
  });

  it('a crash during the very first build leaves no CURRENT; the next start builds the index', async () => {
    const knowledgeDir = knowledgeWithSmallArticles('first-crash-knowledge');
    const dataDir = temporaryDirectory('first-crash-data');
    await expect(
      offlineEngine(knowledgeDir, dataDir, {
        onBuildStage: (stage) => {
          if (stage === 'files-written') throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(existsSync(path.join(indexDirOf(dataDir), CURRENT_FILE))).toBe(false);
    const engine = await offlineEngine(knowledgeDir, dataDir);
    expect(readCurrent(dataDir)).toMatch(/^gen-/);
    expect(buildingDirs(dataDir)).toEqual([]);
    expect((await engine.ask('How many times has Putin visited Kazakhstan?')).answerable).toBe(true);
  });
});
