/**
 * Issue 15, bugs 1 and 4 for ingestion: WATCH_EVERY is checked by the one
 * durations rule in the config parse (0s was accepted and polled in a loop),
 * and the JSON files ingestion keeps in data/ are checked against a schema
 * when read, with a message naming the file.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { readIngestState, stateFilePath } from '../../src/ingest/ingest-state.js';
import { parseInterval } from '../../src/ingest/schedule.js';
import { readWatchWords, watchWordsPath } from '../../src/ingest/watch-words.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-state-files-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('WATCH_EVERY', () => {
  it.each(['0s', '9s', '0.1m', 'soon', '-1m'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ WATCH_EVERY: value })).toThrow(/^WATCH_EVERY: a duration such as 15m, 1h or 90s \(at least 10s\)/);
  });

  it('accepts what --every accepts, with the same minimum', () => {
    expect(loadConfig({ WATCH_EVERY: '10s' }).digest.watchEveryMs).toBe(10_000);
    expect(loadConfig({}).digest.watchEveryMs).toBe(900_000);
    expect(parseInterval('10s')).toBe(10_000);
    expect(() => parseInterval('9s')).toThrow(/--every "9s": give a duration such as 15m, 1h or 90s \(at least 10s\)/);
  });
});

describe('JSON files in data/', () => {
  it('a damaged ingest-state.json is named, set aside (not overwritten) and monitoring starts afresh', () => {
    writeFileSync(stateFilePath(dataDir), JSON.stringify({ version: 1, feeds: { 'https://a.example/rss': { seen: ['not', 'a', 'record'] } }, folders: {}, digest: { lastSentAt: null, pending: [] } }));
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(readIngestState(dataDir)).toEqual({ version: 1, feeds: {}, folders: {}, digest: { lastSentAt: null, pending: [] } });
      expect(String(warning.mock.calls[0]![0])).toMatch(/ingest-state\.json is damaged \(feeds\.https:\/\/a\.example\/rss\.seen: .+\); moved to ingest-state\.json\.damaged-\d+/);
    } finally {
      warning.mockRestore();
    }
    expect(existsSync(stateFilePath(dataDir))).toBe(false);
    expect(readdirSync(dataDir).some((name) => name.startsWith('ingest-state.json.damaged-'))).toBe(true);
  });

  it('a watch-words.json of the wrong shape is refused naming the file and the field', () => {
    writeFileSync(watchWordsPath(dataDir), JSON.stringify({ version: 1, channels: { '111111111111111111': 'Caspian' } }));
    expect(() => readWatchWords(dataDir)).toThrow(/^watch-words\.json in the data folder is damaged \(channels\.111111111111111111: .+\); fix or delete it/);
    writeFileSync(watchWordsPath(dataDir), '{"version": 1, "channels": ');
    expect(() => readWatchWords(dataDir)).toThrow(/^watch-words\.json in the data folder is damaged \(not valid JSON/);
  });
});
