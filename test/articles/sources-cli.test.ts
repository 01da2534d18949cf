/**
 * `npm run sources` as a user runs it (a fresh process over five articles of
 * other outlets): newest first, one line per article in the reader's
 * language, canonical addresses without tracking parameters; --json one
 * object per line.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runEntry } from '../support/processes.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';

const OUTLETS = path.resolve(import.meta.dirname, '../fixtures/outlets');
let dataDir: string;

const sources = (...args: string[]) => runEntry('src/cli/sources.ts', args, { MARSAD_KNOWLEDGE_DIR: OUTLETS, MARSAD_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });

beforeAll(() => {
  dataDir = temporaryDirectory('sources-cli');
});
afterAll(removeTemporaryDirectories);

test('English: newest first, facts in English, no tracking parameters', async () => {
  const { stdout } = await sources('--lang', 'en');
  const lines = stdout.trim().split('\n');
  expect(lines.map((line) => line.split(' · ')[0])).toEqual(['harbour-strike-2025-03-04', 'amman-water-2025-02-10', 'almaty-metro-2025-02-01', 'sohar-port-waits-2025-01-20', 'leeds-buses-2025-01-14']);
  expect(lines[0]).toMatch(/ · 2025-03-04 · English, \d+ paragraphs · https:\/\/harbour-gazette\.example\/2025\/03\/sines-strike\?id=42$/u);
  expect(stdout).not.toMatch(/utm_|fbclid/u);
}, 60_000);

test('Arabic: every line one right-to-left unit with Arabic facts; --json gives one object per article', async () => {
  const { stdout } = await sources('--lang', 'ar');
  for (const line of stdout.trim().split('\n')) expect(line).toMatch(/^\u2067.*\u2069$/u);
  expect(stdout).toMatch(/بالعربية، \d+ فقرات?/u);
  const json = (await sources('--json')).stdout.trim().split('\n').map((line) => JSON.parse(line));
  expect(json.map((article) => article.date)).toEqual(['2025-03-04', '2025-02-10', '2025-02-01', '2025-01-20', '2025-01-14']);
  expect(json[2].url).toBe('https://steppe-daily.example/news/almaty-metro');
}, 60_000);
