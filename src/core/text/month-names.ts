/**
 * Month names of both languages (knowledge/language/months.tsv: English names and abbreviations, the Arabic ones; a
 * two-word name as its two words), normalised, with their month numbers: read once for the question's time words
 * (time-range.ts), a passage's later dates (later-date.ts) and the dates an ingested page shows (ingest).
 */
import { normalizeText } from './normalize.js';
import { readWordPairs } from './word-lists.js';

let months: Map<string, number> | undefined;

export function monthNumbers(): ReadonlyMap<string, number> {
  months ??= new Map(readWordPairs('months.tsv').map(([number, name]) => [normalizeText(name), Number(number)] as const));
  return months;
}
