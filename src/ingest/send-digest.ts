/**
 * The daily digest's send: the articles added since the last digest go out as one card, then leave the pending
 * list. Apart from the watcher so the schedule (when) and the send (what, and what it clears) read separately.
 */
import type { DigestCard } from './card.js';
import { readIngestState, updateIngestState } from './ingest-state.js';
import { zonedDay } from './schedule.js';

export async function sendPendingDigest(dataDir: string, timeZone: string, now: Date, announceDigest?: (digest: DigestCard) => Promise<void>): Promise<void> {
  const entries = readIngestState(dataDir).digest.pending;
  if (entries.length > 0 && announceDigest) await announceDigest({ day: zonedDay(now, timeZone), entries });
  // Only the entries just sent leave the list: an article another run added meanwhile waits for the next digest.
  const sent = new Set(entries.map((entry) => `${entry.articleId}\u0000${entry.addedAt}`));
  await updateIngestState(dataDir, (state) => {
    state.digest = { lastSentAt: now.toISOString(), pending: state.digest.pending.filter((entry) => !sent.has(`${entry.articleId}\u0000${entry.addedAt}`)) };
  }, now);
}
