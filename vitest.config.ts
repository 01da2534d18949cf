import { defineConfig } from 'vitest/config';

/**
 * Three projects (`npm test` runs unit + integration; `npm run bench` runs bench):
 * - integration: a test that starts a process (an entry point, the bot) or a
 *   server on 127.0.0.1 (fake Discord, fake OpenAI, the ingest fixture server);
 * - bench: soaks and timing targets (never part of `npm test`);
 * - unit: everything else, in-process (the whole project runs in under a minute).
 */
const INTEGRATION = [
  'test/discord/**/*.test.ts',
  'test/robustness/**/*.test.ts',
  'test/openai/**/*.test.ts',
  'test/summary/{cli,discord,openai}.test.ts',
  'test/ingest/{cli,discord,feeds,ingest-http,watch}.test.ts',
  'test/core/index-integrity.test.ts',
];
const BENCH = ['test/bench/**/*.test.ts'];

export default defineConfig({
  test: {
    // Index builds and the fake Discord both take real time on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker less than the cores (one on this 2-core machine): two run the
    // process-spawning integration files beside the in-process ones (README, Performance: test times).
    maxWorkers: 2,
    // Entry points run compiled, as npm runs them: built once here, not by every spawned process at once.
    globalSetup: ['test/support/build-once.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...INTEGRATION, ...BENCH] } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
      { extends: true, test: { name: 'bench', include: BENCH, testTimeout: 300_000 } },
    ],
  },
});
