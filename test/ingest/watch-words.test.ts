/**
 * Watch words (normalised Arabic/English whole-word matching, per-channel
 * store) and the watch loop's time arithmetic (intervals, backoff, the next
 * digest hour in a time zone).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MarsadError } from '../../src/errors.js';
import { backoffDelay, nextDigestTime, parseInterval } from '../../src/ingest/schedule.js';
import { addWatchWord, findWatchMatches, listWatchWords, matchWatchWords, readWatchWords, removeWatchWord, writeWatchWords, type WatchWordStore } from '../../src/ingest/watch-words.js';
import { createWorkspace, removeWorkspaces } from './helpers.js';

afterAll(() => removeWorkspaces());

describe('watch words', () => {
  const arabic = 'وأكد الوزير أن العلاقات مع الصين وروسيا تتطور، وأن صادرات القمح للصين ارتفعت.';

  it('match Arabic words with attached prefixes and spelling variants, and only whole words', () => {
    expect(matchWatchWords(arabic, ['الصين', 'روسيا', 'القمح', 'إيران'])).toEqual(['الصين', 'روسيا', 'القمح']);
    expect(matchWatchWords('زار الرئيس أستانا', ['استانا'])).toEqual(['استانا']);
    expect(matchWatchWords('زار الرئيسَ أستانةَ', ['أستانه'])).toEqual(['أستانه']);
    expect(matchWatchWords('بالعربية', ['عربي'])).toEqual([]);
  });

  it('match English words case-insensitively, with plurals and phrases, never inside other words', () => {
    const english = 'Kazakhstan’s new pipelines will cross the Caspian Sea, officials in Ukraine said.';
    expect(matchWatchWords(english, ['pipeline', 'caspian sea', 'Kazakhstan', 'Iran', 'sea caspian'])).toEqual(['pipeline', 'caspian sea', 'Kazakhstan']);
  });

  it('are stored per channel, without duplicates in another spelling, and survive a round trip to disk', async () => {
    const workspace = await createWorkspace('watch-words', { withInterview: false });
    const store: WatchWordStore = readWatchWords(workspace.dataDir);
    expect(addWatchWord(store, 'channel-a', 'الصين')).toEqual({ added: true, words: ['الصين'] });
    expect(addWatchWord(store, 'channel-a', 'الصّين').added).toBe(false);
    addWatchWord(store, 'channel-a', 'Caspian  Sea');
    addWatchWord(store, 'channel-b', 'روسيا');
    writeWatchWords(workspace.dataDir, store);
    const reread = readWatchWords(workspace.dataDir);
    expect(listWatchWords(reread, 'channel-a')).toEqual(['الصين', 'Caspian Sea']);
    expect(findWatchMatches(reread, arabic)).toEqual([
      { channelId: 'channel-a', words: ['الصين'] },
      { channelId: 'channel-b', words: ['روسيا'] },
    ]);
    expect(removeWatchWord(reread, 'channel-b', 'روسيا')).toEqual({ removed: true, words: [] });
    expect(reread.channels['channel-b']).toBeUndefined();
    expect(() => addWatchWord(reread, 'channel-a', ' ؟! ')).toThrow(MarsadError);
    expect(() => addWatchWord(reread, 'channel-a', 'x'.repeat(61))).toThrow(/at most 60 characters/);
  });
});

describe('watch schedule', () => {
  it('parses intervals and refuses unusable ones', () => {
    expect(parseInterval('15m')).toBe(900_000);
    expect(parseInterval('1h')).toBe(3_600_000);
    expect(parseInterval('90s')).toBe(90_000);
    expect(() => parseInterval('5s')).toThrow(/at least 10s/);
    expect(() => parseInterval('soon')).toThrow(/--every "soon"/);
  });

  it('doubles the wait after each consecutive error, up to the cap', () => {
    const every = 15 * 60_000;
    expect([0, 1, 2, 3, 10].map((failures) => backoffDelay(every, failures, 6 * 3_600_000) / 60_000)).toEqual([15, 30, 60, 120, 360]);
  });

  it('finds the next digest hour in the configured time zone', () => {
    expect(nextDigestTime(new Date('2025-03-16T07:59:00Z'), 8, 'UTC')).toEqual(new Date('2025-03-16T08:00:00Z'));
    expect(nextDigestTime(new Date('2025-03-16T08:00:00Z'), 8, 'UTC')).toEqual(new Date('2025-03-17T08:00:00Z'));
    // 08:00 in Almaty (UTC+5) is 03:00 UTC; in Kolkata (UTC+5:30) 02:30 UTC.
    expect(nextDigestTime(new Date('2025-03-16T07:00:00Z'), 8, 'Asia/Almaty')).toEqual(new Date('2025-03-17T03:00:00Z'));
    expect(nextDigestTime(new Date('2025-03-16T00:00:00Z'), 8, 'Asia/Kolkata')).toEqual(new Date('2025-03-16T02:30:00Z'));
    // New York moves to summer time on 9 March 2025: 08:00 is 13:00 UTC before, 12:00 UTC after.
    expect(nextDigestTime(new Date('2025-03-08T00:00:00Z'), 8, 'America/New_York')).toEqual(new Date('2025-03-08T13:00:00Z'));
    expect(nextDigestTime(new Date('2025-03-09T00:00:00Z'), 8, 'America/New_York')).toEqual(new Date('2025-03-09T12:00:00Z'));
  });
});
