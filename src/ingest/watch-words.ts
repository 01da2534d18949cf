/**
 * Watch words: per Discord channel, words or short phrases whose appearance in
 * a new article flags its card ("روسيا", "Caspian pipeline"). Pure: the store
 * is a plain object read from and written to data/watch-words.json; the
 * Discord /watch command and the watch loop share it.
 *
 * Matching is on normalised text (diacritics, letter variants, case folded)
 * and on whole words, allowing what Arabic attaches to the front of a word
 * (و ف ب ك ل, the article ال, and لل for ل + ال), and an English plural or
 * possessive "s". So "الصين" matches "والصين" and "للصين"; "pipeline" matches
 * "pipelines" but "Iran" does not match "Ukraine".
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ARABIC_PROCLITICS, normalizeText, writeFileAtomic } from '../core/public.js';
import { readJsonFile } from './json-file.js';
import { MarsadError } from '../errors.js';

const storeSchema = z.object({
  version: z.literal(1),
  /** Channel id → words as the user typed them. */
  channels: z.record(z.string(), z.array(z.string())),
});

export type WatchWordStore = z.infer<typeof storeSchema>;

export const MAX_WATCH_WORDS_PER_CHANNEL = 50;
export const MAX_WATCH_WORD_LENGTH = 60;

export function watchWordsPath(dataDir: string): string {
  return path.join(dataDir, 'watch-words.json');
}

export function readWatchWords(dataDir: string): WatchWordStore {
  const filePath = watchWordsPath(dataDir);
  if (!existsSync(filePath)) return { version: 1, channels: {} };
  const reading = readJsonFile(filePath, storeSchema);
  if (reading.ok) return reading.data;
  const problem = reading.problem;
  // Named by file name only: the message can reach a Discord reply, which must not show host paths.
  const name = path.basename(filePath);
  throw new MarsadError('invalid_input', `${name} in the data folder is damaged (${problem}); fix or delete it`, { messageAr: `الملف ${name} في مجلد البيانات تالف؛ أصلحه أو احذفه` });
}

export function writeWatchWords(dataDir: string, store: WatchWordStore): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileAtomic(watchWordsPath(dataDir), `${JSON.stringify(store, null, 2)}\n`);
}

function tokens(text: string): string[] {
  return normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function invalid(message: string, messageAr: string): MarsadError {
  return new MarsadError('invalid_input', message, { messageAr });
}

export function listWatchWords(store: WatchWordStore, channelId: string): string[] {
  return [...(store.channels[channelId] ?? [])];
}

/** Adds a word; `added` is false when the channel already watches it (in any spelling that normalises the same). */
export function addWatchWord(store: WatchWordStore, channelId: string, word: string): { added: boolean; words: string[] } {
  const trimmed = word.replace(/\s+/g, ' ').trim();
  if (tokens(trimmed).length === 0) throw invalid('A watch word needs at least one letter or digit.', 'كلمة المراقبة تحتاج إلى حرف أو رقم واحد على الأقل.');
  if (trimmed.length > MAX_WATCH_WORD_LENGTH) throw invalid(`A watch word is at most ${MAX_WATCH_WORD_LENGTH} characters.`, `كلمة المراقبة لا تتجاوز ${MAX_WATCH_WORD_LENGTH} حرفًا.`);
  const words = store.channels[channelId] ?? [];
  const key = tokens(trimmed).join(' ');
  if (words.some((existing) => tokens(existing).join(' ') === key)) return { added: false, words: [...words] };
  if (words.length >= MAX_WATCH_WORDS_PER_CHANNEL) throw invalid(`This channel already watches ${MAX_WATCH_WORDS_PER_CHANNEL} words; remove one first.`, `تراقب هذه القناة ${MAX_WATCH_WORDS_PER_CHANNEL} كلمة بالفعل؛ احذف واحدة أولًا.`);
  store.channels[channelId] = [...words, trimmed];
  return { added: true, words: [...store.channels[channelId]!] };
}

export function removeWatchWord(store: WatchWordStore, channelId: string, word: string): { removed: boolean; words: string[] } {
  const key = tokens(word).join(' ');
  const words = store.channels[channelId] ?? [];
  const kept = words.filter((existing) => tokens(existing).join(' ') !== key);
  if (kept.length === 0) delete store.channels[channelId];
  else store.channels[channelId] = kept;
  return { removed: kept.length !== words.length, words: kept };
}

function tokenMatches(textToken: string, wordToken: string): boolean {
  if (textToken === wordToken) return true;
  if (/^[a-z0-9]+$/.test(wordToken)) return textToken === `${wordToken}s` || textToken === `${wordToken}es`;
  if (ARABIC_PROCLITICS.some((prefix) => textToken === prefix + wordToken)) return true;
  // ل + ال is written لل: "للصين" is "to China".
  return wordToken.startsWith('ال') && ['لل', 'ولل', 'فلل'].some((prefix) => textToken === prefix + wordToken.slice(2));
}

/** The words (as stored) that occur in the text. */
export function matchWatchWords(text: string, words: readonly string[]): string[] {
  const textTokens = tokens(text);
  return words.filter((word) => {
    const wordTokens = tokens(word);
    if (wordTokens.length === 0) return false;
    for (let start = 0; start + wordTokens.length <= textTokens.length; start += 1) {
      if (wordTokens.every((wordToken, offset) => tokenMatches(textTokens[start + offset]!, wordToken))) return true;
    }
    return false;
  });
}

/** Every channel whose watch words occur in the text, with the words found. */
export function findWatchMatches(store: WatchWordStore, text: string): { channelId: string; words: string[] }[] {
  return Object.entries(store.channels)
    .map(([channelId, words]) => ({ channelId, words: matchWatchWords(text, words) }))
    .filter((match) => match.words.length > 0);
}
