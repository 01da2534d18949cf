/**
 * Issue 13, finding 8 (start-up messages): `npm start` with Discord
 * unreachable says so in one line (no ECONNREFUSED stack trace), and
 * `npm run register` failing prints a masked, one-line message: the token
 * never appears. Discord is "unreachable" at a closed port on 127.0.0.1.
 */
import { afterAll, expect, test } from 'vitest';
import { runEntry } from '../support/processes.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { expectNoStackTrace, knowledgeFolder } from './support.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.unreachable-secret-part-0123456789';
const CLOSED = 'http://127.0.0.1:9';

afterAll(() => removeTemporaryDirectories());

test.each([
  ['src/bot.ts', /^marsad: Discord could not be reached at http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\): check the network connection and DISCORD_API_URL/mu],
  ['scripts/register-commands.ts', /^register: Discord could not be reached at http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/mu],
] as const)('%s with Discord unreachable', async (script, message) => {
  const environment = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: CLOSED, MARSAD_KNOWLEDGE_DIR: knowledgeFolder('startup'), MARSAD_DATA_DIR: temporaryDirectory('startup-data'), LOG_LEVEL: 'silent' };
  const result = await runEntry(script, [], environment, { timeoutMs: 90_000 });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(message);
  expectNoStackTrace(result.stderr);
  for (const secret of [TOKEN, TOKEN.split('.').at(-1)!]) expect(`${result.stdout}${result.stderr}`).not.toContain(secret);
});
