/**
 * Fault drills on the index on disk.
 *
 * - `npm run reindex -- --full` (the script, a child process) on a corpus of
 *   a few hundred paragraphs (the interview + XQuAD-dev read from ../shared)
 *   is killed with SIGKILL at seeded random points: after a random delay from
 *   spawn, or a random few milliseconds after its build folder appears (so
 *   the kill lands while files are being written). After every kill the next
 *   start serves a complete generation (every file matches the manifest's
 *   checksum) and gives the previous answer unless the new generation was
 *   already published, in which case it gives the new one; the next reindex
 *   then completes and cleans up.
 * - Every index file truncated or with a flipped byte: refused at start with a
 *   message naming the file and the remedy (`npm run ask` shows it, exit 1, no
 *   stack trace); `npm run reindex -- --full` repairs it.
 */
import { readdirSync, readFileSync, truncateSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// The bench's seeded generator: the same seed gives the same kill points on every run.
import { seededRandom } from '../../scripts/bench/corpus.js';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import type { Answer } from '../../src/core/types.js';
import { MarsadError } from '../../src/errors.js';
import { KNOWLEDGE_DIR } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { runEntry, spawnEntry } from '../support/processes.js';
import {
  copyOfDataDir,
  currentGenerationName,
  expectCompleteGeneration,
  expectNoStackTrace,
  hasEntryStartingWith,
  knowledgeFolder,
  manifestFiles,
  MARKER_QUESTION,
  markerArticle,
  writeXquadCorpus,
} from './support.js';

afterAll(removeTemporaryDirectories);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reindex killed with SIGKILL while building', () => {
  const SEED = 8_2025;
  const ROUNDS = 6;
  const marker = (hour: number) => markerArticle('drill-marker', hour);

  let knowledgeDir: string;
  let dataDir: string;
  let environment: Record<string, string>;
  let fullRunMs: number;
  const landings: string[] = [];

  /** The next start: a fresh engine on the data folder, refusing anything unreadable. */
  async function nextStart(): Promise<Answer> {
    const engine = await createEngine(loadConfig(environment), { generative: null });
    return engine.ask(MARKER_QUESTION);
  }

  /** Resolves when a `.building-` folder appears in the index folder (or the child has exited). */
  function buildFolderAppears(indexDir: string, exited: Promise<unknown>): Promise<void> {
    return new Promise((resolve) => {
      const watcher = watch(indexDir, (_event, name) => {
        if (String(name ?? '').startsWith('.building-')) done();
      });
      const poll = setInterval(() => hasEntryStartingWith(indexDir, '.building-') && done(), 2);
      void exited.then(() => done());
      function done() {
        watcher.close();
        clearInterval(poll);
        resolve();
      }
    });
  }

  beforeAll(async () => {
    knowledgeDir = knowledgeFolder('kill-knowledge');
    const { paragraphs } = writeXquadCorpus(knowledgeDir);
    expect(paragraphs).toBeGreaterThanOrEqual(200);
    writeFileSync(path.join(knowledgeDir, 'drill-marker.md'), marker(0));
    dataDir = temporaryDirectory('kill-data');
    environment = { MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir };
    // The serving index, built by the script itself; its duration scales the kill delays.
    const first = await runEntry('scripts/reindex.ts', ['--full', '--json'], environment);
    expect(first.code, first.stderr).toBe(0);
    fullRunMs = first.ms;
    expect((await nextStart()).answer).toContain("0 o'clock");
  }, 60_000);

  test(`${ROUNDS} seeded rounds: every kill leaves a complete generation serving, with the previous answer or the new one`, async () => {
    const random = seededRandom(SEED);
    const indexDir = path.join(dataDir, 'index');
    for (let round = 1; round <= ROUNDS; round += 1) {
      const before = { generation: currentGenerationName(dataDir), answer: await nextStart() };
      writeFileSync(path.join(knowledgeDir, 'drill-marker.md'), marker(round)); // what the killed run would have served
      const running = spawnEntry('scripts/reindex.ts', ['--full', '--json'], environment);
      if (round % 2 === 1) {
        // Anywhere from start-up to the end of the run (start-up takes most of it).
        await sleep((0.35 + 0.6 * random()) * fullRunMs);
      } else {
        await buildFolderAppears(indexDir, running.exited);
        await sleep(Math.floor(12 * random()));
      }
      const building = hasEntryStartingWith(indexDir, '.building-');
      running.child.kill('SIGKILL');
      const result = await running.exited;
      const generation = currentGenerationName(dataDir);
      const published = generation !== before.generation;
      landings.push(result.signal !== 'SIGKILL' ? 'finished first' : published ? 'after publishing' : building ? 'while writing the new generation' : 'before writing');

      // No half-written file is read: the serving generation matches its manifest, file by file.
      expectCompleteGeneration(dataDir);
      expect(readdirSync(path.join(indexDir, generation)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const answer = await nextStart();
      if (published) {
        expect(answer.answer).toContain(`${round} o'clock`);
      } else {
        // The previous index, intact: the same answer as before the kill.
        expect(answer.answer).toBe(before.answer.answer);
        expect(answer.citations).toEqual(before.answer.citations);
      }
    }
    console.info(`reindex SIGKILL drill (seed ${SEED}, full run ${Math.round(fullRunMs)} ms): ${landings.map((landing, index) => `round ${index + 1} ${landing}`).join('; ')}`);
    expect(landings.filter((landing) => landing !== 'finished first').length).toBeGreaterThanOrEqual(ROUNDS - 2);
    expect(landings).toContain('while writing the new generation');
  }, 90_000);

  test('the next reindex completes, serves the latest articles and clears the abandoned builds', async () => {
    const result = await runEntry('scripts/reindex.ts', ['--json'], environment);
    expect(result.code, result.stderr).toBe(0);
    expectNoStackTrace(result.stderr);
    expectCompleteGeneration(dataDir);
    expect((await nextStart()).answer).toContain(`${ROUNDS} o'clock`);
    const indexDir = path.join(dataDir, 'index');
    expect(hasEntryStartingWith(indexDir, '.building-')).toBe(false);
    expect(readdirSync(indexDir).filter((name) => name.startsWith('gen-')).length).toBeLessThanOrEqual(2);
  }, 60_000);
});

describe('index files corrupted or truncated on disk', () => {
  const QUESTION = 'How many times has Putin visited Kazakhstan?';
  let pristine: string;
  let pristineAnswer: Answer;
  let files: string[];
  const environmentOf = (dataDir: string) => ({ MARSAD_KNOWLEDGE_DIR: KNOWLEDGE_DIR, MARSAD_DATA_DIR: dataDir });

  beforeAll(async () => {
    pristine = temporaryDirectory('corrupt-pristine');
    const engine = await createEngine(loadConfig(environmentOf(pristine)), { generative: null });
    pristineAnswer = await engine.ask(QUESTION);
    files = Object.keys(manifestFiles(path.join(pristine, 'index', currentGenerationName(pristine))));
    expect(files.length).toBeGreaterThan(0);
  });

  /** A copy of the pristine index with `damage` applied to one listed file. */
  function damaged(file: string, damage: 'truncated' | 'flipped'): string {
    const dataDir = copyOfDataDir(pristine, 'corrupt');
    const filePath = path.join(dataDir, 'index', currentGenerationName(dataDir), file);
    const bytes = readFileSync(filePath);
    if (damage === 'truncated') truncateSync(filePath, Math.floor(bytes.length / 2));
    else {
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0xff;
      writeFileSync(filePath, bytes);
    }
    return dataDir;
  }

  test('every listed file, truncated or with one byte flipped, is refused at start, naming the file and the remedy', async () => {
    for (const file of files) {
      for (const damage of ['truncated', 'flipped'] as const) {
        const dataDir = damaged(file, damage);
        const error = await createEngine(loadConfig(environmentOf(dataDir)), { generative: null }).then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(error, `${file} ${damage}`).toBeInstanceOf(MarsadError);
        expect((error as MarsadError).code).toBe('index_corrupt');
        expect((error as MarsadError).message).toContain(file);
        expect((error as MarsadError).message).toMatch(/corrupted or truncated \(checksum mismatch\): run `npm run reindex -- --full`\.$/u);
      }
    }
  });

  test('a truncated manifest is refused the same way', async () => {
    const dataDir = copyOfDataDir(pristine, 'corrupt-manifest');
    const manifestPath = path.join(dataDir, 'index', currentGenerationName(dataDir), 'manifest.json');
    truncateSync(manifestPath, 40);
    const error = await createEngine(loadConfig(environmentOf(dataDir)), { generative: null }).catch((caught: unknown) => caught);
    expect((error as MarsadError).code).toBe('index_corrupt');
    expect((error as MarsadError).message).toMatch(/run `npm run reindex -- --full`/u);
  });

  test('`npm run ask` on a damaged index: the clear message, exit 1; `npm run reindex -- --full` repairs it', async () => {
    const file = files[0]!;
    const dataDir = damaged(file, 'truncated');
    const asked = await runEntry('src/cli/ask.ts', [QUESTION], environmentOf(dataDir));
    expect(asked.code).toBe(1);
    expect(asked.stdout).toBe('');
    expect(asked.stderr).toBe(
      `marsad: The index file ${path.join(dataDir, 'index', currentGenerationName(dataDir), file)} is corrupted or truncated (checksum mismatch): run \`npm run reindex -- --full\`.\n`,
    );

    const repaired = await runEntry('scripts/reindex.ts', ['--full', '--json'], environmentOf(dataDir));
    expect(repaired.code, repaired.stderr).toBe(0);
    expectNoStackTrace(repaired.stderr);
    expectCompleteGeneration(dataDir);
    const answer = await (await createEngine(loadConfig(environmentOf(dataDir)), { generative: null })).ask(QUESTION);
    expect(answer.answer).toBe(pristineAnswer.answer);
    expect(answer.citations).toEqual(pristineAnswer.citations);
  }, 60_000);
});
