/**
 * `npm run summary` as a user runs it (tsx, a fresh process, index built in a
 * temporary data folder): --json prints exactly one object of the issue's
 * shape; the readable output isolates Arabic runs; a bad article id exits 1.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runEntry } from '../support/processes.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { INTERVIEW_ID, KNOWLEDGE_DIR } from './fixtures.js';

let dataDir: string;

function summaryCli(...args: string[]) {
  return runEntry('src/cli/summary.ts', args, { MARSAD_KNOWLEDGE_DIR: KNOWLEDGE_DIR, MARSAD_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
}

beforeAll(() => {
  dataDir = temporaryDirectory('summary-cli');
});
afterAll(removeTemporaryDirectories);

test('--json: one object with the issue\'s fields', async () => {
  const { stdout } = await summaryCli('--topic', 'nuclear non-proliferation', '--lang', 'en', '--json');
  expect(stdout.trim().split('\n')).toHaveLength(1);
  const summary = JSON.parse(stdout);
  expect(Object.keys(summary)).toEqual(expect.arrayContaining(['lang', 'scope', 'headline', 'points', 'quotes', 'entities', 'citations', 'mode']));
  expect(summary).toMatchObject({ lang: 'en', mode: 'offline', scope: { kind: 'topic', topic: 'nuclear non-proliferation', articleId: INTERVIEW_ID } });
  expect(summary.points[0]).toEqual({ text: expect.stringContaining('Nuclear non-proliferation'), citations: [1] });
  expect(summary.citations[0]).toMatchObject({ n: 1, articleId: INTERVIEW_ID, paragraph: 22, quote: expect.stringContaining('ومنع الانتشار النووي'), translation: expect.any(String) });
  expect(summary.citations[0].text).toContain(summary.citations[0].quote);
}, 60_000);

test('readable output: headline, numbered cited points, sources, Arabic lines right to left', async () => {
  const { stdout } = await summaryCli('--article', INTERVIEW_ID);
  // Arabic by default: every line a right-to-left unit, the headline first, written from the points (not a quote).
  const lines = stdout.split('\n').filter(Boolean);
  for (const line of lines) expect(line).toMatch(/^\u2067.*\u2069$/u);
  expect(lines[0]).not.toMatch(/[“”"]\s*\u2069$/u);
  expect(stdout).toMatch(/^\u20671\. .+\[1\]\u2069$/mu);
  expect(stdout).toMatch(/^\u2067المصادر:\u2069$/mu);
  expect(stdout).toMatch(/^\u2067\[1\] .+ · الفقرة[ \u00A0]\d+\u2069$/mu);
  expect(stdout).toContain('لُخّص دون اتصال');
  // No sentence twice: points and key quotes do not repeat one another.
  const bodies = [...stdout.matchAll(/^\u2067(?:\d+\. )?(.+?) (?:— .+ )?\[\d+\]\u2069$/gmu)].map((match) => match[1]!.replace(/[“”"]/gu, ''));
  expect(new Set(bodies).size).toBe(bodies.length);
}, 60_000);

test('readable English output: English labels and the English section, no Arabic label', async () => {
  const { stdout } = await summaryCli('--topic', 'Russia', '--lang', 'en');
  expect(stdout.split('\n')[0]).toMatch(/^Relations with Russia: /u);
  expect(stdout).toContain('Key points:');
  expect(stdout).not.toMatch(/[\u0600-\u06FF]{2,}[^\n]*:\n/u); // no Arabic label
  expect(stdout).toMatch(/^\[1\] Tokayev Discusses the Dynamics of Kazakhstan's Foreign Policy · Relations with Russia · ¶[ \u00A0]\d+$/mu);
  expect(stdout).toContain('Summarised offline');
}, 60_000);

test('an unknown article id: a one-line message and exit code 1', async () => {
  const failure = await summaryCli('--article', 'no-such-article');
  expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('No indexed article has the id "no-such-article"') });
}, 60_000);
