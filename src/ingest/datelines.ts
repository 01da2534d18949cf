/**
 * Datelines: the place a story was filed from. News agencies open the first
 * paragraph with it ("أستانا – …", "ASTANA, March 12 (Reuters) - …"), and the
 * paragraph keeps it, since quotes stay as published; some layouts print it
 * alone on a line above the text ("ASTANA —", «موسكو (سانا) -»), and that line
 * is page furniture whose place goes to the front matter. The first kind is read
 * by the core (knowledge/printed-dateline.ts), which also reads it for articles
 * dropped into knowledge/ without ingest.
 */
import { parseDateText } from './visible-dates.js';

const DATELINE_LINE = /^([\p{L}][\p{L}\s.'’-]{0,40}?)\s*(?:[,،]\s*([^()–—:]{3,40}?))?\s*(?:\(([^)]{1,30})\))?\s*([–—:-])?\s*$/u;

/**
 * The place of a line that is only a dateline: a place of up to three words
 * with a date, an agency in brackets or a closing dash. A place alone
 * ("CENTRAL ASIA") is a kicker, not a dateline.
 */
export function readDatelineLine(text: string, defaultYear: number | null): string | null {
  const match = DATELINE_LINE.exec(text.trim());
  if (!match) return null;
  const [, place, date, agency, dash] = match;
  if (place!.trim().split(/\s+/).length > 3) return null;
  if (date !== undefined && !parseDateText(date, { defaultYear })?.date) return null;
  return date !== undefined || agency !== undefined || dash !== undefined ? place!.trim() : null;
}
