/**
 * Memory stays flat: 2,000 questions through engine.ask in-process (answers,
 * "not covered" answers, refusals, follow-ups with history, both languages),
 * heap measured after full garbage collections before and after. Growth must
 * stay within 10 %.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import type { AskOptions } from '../../src/core/types.js';
import { KNOWLEDGE_DIR } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';

afterAll(removeTemporaryDirectories);

// A gc() for this test only, without starting vitest with --expose-gc.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  for (let pass = 0; pass < 4; pass += 1) gc();
  return process.memoryUsage().heapUsed;
}

const history = [{ question: 'What did Tokayev say about Russia?', answer: 'The border between Kazakhstan and Russia is the longest continuous border in the world [1].' }];
const QUESTIONS: [string, AskOptions][] = [
  ['What did Tokayev say about China?', {}],
  ['ماذا قال توكاييف عن روسيا؟', {}],
  ['How many times has Putin visited Kazakhstan?', {}],
  ['كم مرة زار بوتين كازاخستان؟', { lang: 'en' }],
  ['And China?', { history }],
  ['What about the United Nations Security Council?', {}],
  ['What is the price of bread in Paris?', {}],
  ['Что сказал Токаев о Китае?', {}],
  ['🎉🎉', {}], // refused: no words
  ['مَاذَا قَالَ تُوكَايِيفُ عَنِ الصِّينِ؟', { k: 10 }],
];

const WARM_UP = 300;
const MEASURED = 2_000;

test(`heap flat across ${MEASURED} questions (growth ≤ 10 %)`, async () => {
  const engine = await createEngine(loadConfig({ MARSAD_KNOWLEDGE_DIR: KNOWLEDGE_DIR, MARSAD_DATA_DIR: temporaryDirectory('memory') }), { generative: null });
  const askAll = async (count: number) => {
    let refused = 0;
    for (let index = 0; index < count; index += 1) {
      const [question, options] = QUESTIONS[index % QUESTIONS.length]!;
      await engine.ask(question, options).catch(() => (refused += 1));
    }
    return refused;
  };

  await askAll(WARM_UP); // caches, lexicons and JIT settle first
  const before = heapAfterCollection();
  const started = performance.now();
  const refused = await askAll(MEASURED);
  const seconds = (performance.now() - started) / 1000;
  const after = heapAfterCollection();
  const growth = (after - before) / before;
  console.info(
    `memory: heapUsed ${(before / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB after ${MEASURED} questions (${(growth * 100).toFixed(1)} %, ${seconds.toFixed(1)} s, ${refused} refused)`,
  );
  expect(refused).toBe(MEASURED / QUESTIONS.length);
  expect(growth).toBeLessThanOrEqual(0.1);
}, 120_000);
