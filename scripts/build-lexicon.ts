/**
 * Builds the offline English–Arabic lexicon under knowledge/lexicon/ from
 * FreeDict's dictd files (Debian packages dict-freedict-eng-ara and
 * dict-freedict-ara-eng). Only this script needs the packages; the product reads
 * the TSV files it writes.
 *
 *   npm run build-lexicon [-- --dictd /usr/share/dictd --out knowledge/lexicon]
 *
 * Output (one entry a line, TAB-separated, `#` lines are comments):
 *   en-ar.tsv(.gz)  english headword (normalised tokens joined by one space) → Arabic senses
 *   ar-en.tsv(.gz)  Arabic headword (normalizeText form) → English senses
 * Senses keep dictionary order; senses found only by inverting the other
 * direction's dictionary follow the direct ones.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { normalizeText } from '../src/core/text/normalize.js';
import { rawTokens } from '../src/core/text/tokenize.js';

const DICTD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Above this size a TSV is written gzip-compressed. */
const GZIP_ABOVE_BYTES = 3 * 1024 * 1024;
/** Longer "senses" are definitions, not translations: too noisy to search with. */
const MAX_SENSE_TOKENS = 4;
const ARABIC_LETTER = /[\u0621-\u064A]/;
const LATIN_LETTER = /[a-z]/;

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

function readDictd(dir: string, name: string): RawEntry[] {
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

/** Removes notes: "(…)", "[…]", an unclosed "(…" and the explanation after " - ". */
function stripNotes(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[([].*$/, ' ')
    .replace(/\s[-–—]\s.*$/, ' ')
    .replace(/^\s*[-–—]\s*/, '');
}

function splitAlternatives(text: string): string[] {
  return stripNotes(text).split(/[،,؛;/]/);
}

/** Normalised English: tokens of normalizeText joined by single spaces. */
function cleanEnglish(text: string): string {
  return rawTokens(normalizeText(text)).join(' ');
}

/** Normalised Arabic sense: Arabic-script tokens only, short, non-empty. */
function cleanArabic(text: string): string | undefined {
  const tokens = rawTokens(normalizeText(text)).filter((token) => ARABIC_LETTER.test(token) && !LATIN_LETTER.test(token));
  if (tokens.length === 0 || tokens.length > MAX_SENSE_TOKENS) return undefined;
  return tokens.join(' ');
}

function cleanEnglishSense(text: string): string | undefined {
  const tokens = rawTokens(normalizeText(text));
  if (tokens.length === 0 || tokens.length > MAX_SENSE_TOKENS) return undefined;
  if (tokens.some((token) => ARABIC_LETTER.test(token))) return undefined;
  if (!tokens.some((token) => LATIN_LETTER.test(token))) return undefined;
  return tokens.join(' ');
}

class SenseTable {
  private readonly table = new Map<string, string[]>();

  add(headword: string, sense: string): void {
    if (!headword || !sense) return;
    let senses = this.table.get(headword);
    if (!senses) {
      senses = [];
      this.table.set(headword, senses);
    }
    if (!senses.includes(sense)) senses.push(sense);
  }

  has(headword: string): boolean {
    return this.table.has(headword);
  }

  entries(): [string, string[]][] {
    return [...this.table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

function writeTable(outDir: string, name: string, header: string[], table: SenseTable): string {
  const lines = header.map((line) => `# ${line}`);
  for (const [headword, senses] of table.entries()) {
    if (senses.length === 0) continue;
    lines.push([headword, ...senses].join('\t'));
  }
  const text = `${lines.join('\n')}\n`;
  const bytes = Buffer.from(text, 'utf8');
  const plain = join(outDir, `${name}.tsv`);
  const gz = `${plain}.gz`;
  rmSync(plain, { force: true });
  rmSync(gz, { force: true });
  if (bytes.length > GZIP_ABOVE_BYTES) {
    writeFileSync(gz, gzipSync(bytes, { level: 9 }));
    return `${gz} (${lines.length - header.length} entries, gzip)`;
  }
  writeFileSync(plain, bytes);
  return `${plain} (${lines.length - header.length} entries)`;
}

function parseArgs(argv: string[]): { dictd: string; out: string } {
  let dictd = '/usr/share/dictd';
  let out = fileURLToPath(new URL('../knowledge/lexicon/', import.meta.url));
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--dictd' && argv[i + 1]) dictd = argv[++i] as string;
    else if (argv[i] === '--out' && argv[i + 1]) out = resolve(argv[++i] as string);
  }
  return { dictd, out };
}

function main(): void {
  const { dictd, out } = parseArgs(process.argv.slice(2));
  for (const name of ['freedict-eng-ara', 'freedict-ara-eng']) {
    if (!existsSync(join(dictd, `${name}.index`))) {
      console.error(`${join(dictd, name)}.index not found: apt-get install dict-freedict-eng-ara dict-freedict-ara-eng`);
      process.exit(1);
    }
  }
  const engAra = readDictd(dictd, 'freedict-eng-ara');
  const araEng = readDictd(dictd, 'freedict-ara-eng');

  const enAr = new SenseTable();
  const arEn = new SenseTable();
  const inverseEnAr: [string, string][] = [];
  const inverseArEn: [string, string][] = [];

  for (const { headword, senses } of engAra) {
    const english = cleanEnglish(stripNotes(headword));
    if (!english || !LATIN_LETTER.test(english)) continue;
    for (const sense of senses) {
      for (const alternative of splitAlternatives(sense)) {
        const arabic = cleanArabic(alternative);
        if (!arabic) continue;
        enAr.add(english, arabic);
        inverseArEn.push([arabic, english]);
      }
    }
  }
  for (const { headword, senses } of araEng) {
    for (const headAlternative of splitAlternatives(headword)) {
      const arabic = cleanArabic(headAlternative);
      if (!arabic) continue;
      for (const sense of senses) {
        for (const alternative of splitAlternatives(sense)) {
          const english = cleanEnglishSense(alternative);
          if (!english) continue;
          arEn.add(arabic, english);
          inverseEnAr.push([english, arabic]);
        }
      }
    }
  }
  // Each dictionary is close to the other's inverse, but not quite: the inverted
  // pairs add senses (and headwords) the direct dictionary lacks, after its own.
  for (const [english, arabic] of inverseEnAr) enAr.add(english, arabic);
  for (const [arabic, english] of inverseArEn) arEn.add(arabic, english);

  mkdirSync(out, { recursive: true });
  const source = 'FreeDict eng-ara 0.6.3 / ara-eng 0.6.3 (Debian dict-freedict-* 2022.04.21-1), GPL-2.0-or-later, used under GPL-3.0-or-later';
  console.log(
    writeTable(out, 'en-ar', [
      'Marsad English→Arabic lexicon: english<TAB>arabic sense<TAB>… (normalizeText forms, dictionary order)',
      source,
      'Regenerate with: npm run build-lexicon',
    ], enAr),
  );
  console.log(
    writeTable(out, 'ar-en', [
      'Marsad Arabic→English lexicon: arabic<TAB>english sense<TAB>… (normalizeText forms, dictionary order)',
      source,
      'Regenerate with: npm run build-lexicon',
    ], arEn),
  );
}

main();
