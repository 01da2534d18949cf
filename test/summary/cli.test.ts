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

test('readable output: headline, numbered cited points, sources, Arabic runs isolated', async () => {
  const { stdout } = await summaryCli('--article', INTERVIEW_ID);
  expect(stdout).toMatch(/^\u2068.+\u2069\n/u); // Arabic by default, the headline first
  expect(stdout).toMatch(/^1\. \u2068.+\[1\]\u2069$/mu);
  expect(stdout).toContain('\u2068المصادر:\u2069');
  expect(stdout).toContain('ملخص مستخلص دون اتصال');
}, 60_000);

test('readable English output: the English title and section first, the published Arabic ones beside them', async () => {
  const { stdout } = await summaryCli('--topic', 'Russia', '--lang', 'en');
  const [, where = ''] = stdout.split('\n');
  expect(where).toMatch(/^Article: Tokayev Discusses the Dynamics of Kazakhstan's Foreign Policy \u2068\(.*توكاييف.*\)\u2069 · Section: Relations with Russia \u2068\(العلاقات مع روسيا\)\u2069$/u);
  expect(stdout).toMatch(/^\[1\] Tokayev Discusses the Dynamics of Kazakhstan's Foreign Policy .* · section: Relations with Russia /mu);
  expect(stdout).toContain('English rendering: ');
}, 60_000);

test('an unknown article id: a one-line message and exit code 1', async () => {
  const failure = await summaryCli('--article', 'no-such-article');
  expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('No indexed article has the id "no-such-article"') });
}, 60_000);
