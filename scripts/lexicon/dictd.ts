/**
 * Reads a dictd dictionary (FreeDict's format: a `.index` of base64 offsets into
 * a `.dict` or gzip-compressed `.dict.dz`) into raw headword–senses entries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const DICTD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

interface RawEntry {
  headword: string;
  senses: string[];
}

function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = DICTD_ALPHABET.indexOf(char);
    if (digit < 0) throw new Error(`Bad dictd base64 number: ${text}`);
    value = value * 64 + digit;
  }
  return value;
}

export function readDictd(dir: string, name: string): RawEntry[] {
  const indexPath = join(dir, `${name}.index`);
  const dzPath = join(dir, `${name}.dict.dz`);
  const plainPath = join(dir, `${name}.dict`);
  const data = existsSync(dzPath) ? gunzipSync(readFileSync(dzPath)) : readFileSync(plainPath);
  const entries: RawEntry[] = [];
  const seen = new Set<string>();
  for (const line of readFileSync(indexPath, 'utf8').split('\n')) {
    if (!line) continue;
    const [key, offset, length] = line.split('\t');
    if (key === undefined || offset === undefined || length === undefined) continue;
    if (key.startsWith('00database') || key.startsWith('00-database')) continue;
    const start = decodeDictdNumber(offset);
    const end = start + decodeDictdNumber(length);
    const spanKey = `${start}:${end}`;
    if (seen.has(spanKey)) continue;
    seen.add(spanKey);
    const text = data.subarray(start, end).toString('utf8');
    const [first, ...rest] = text.split('\n');
    if (first === undefined) continue;
    // "Headword /phonetics/": the phonetic transcription is dropped.
    const headword = first.replace(/\s*\/[^/]*\/\s*$/, '').trim();
    const senses = rest
      .map((sense) => sense.replace(/^\s*\d+\.\s*/, '').trim())
      .filter((sense) => sense.length > 0);
    entries.push({ headword, senses });
  }
  return entries;
}
