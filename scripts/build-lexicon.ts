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
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { cleanArabic, cleanEnglish, cleanEnglishSense, LATIN_LETTER, splitAlternatives, stripNotes } from './lexicon/clean-senses.js';
import { readDictd } from './lexicon/dictd.js';
import { SenseTable, writeTable } from './lexicon/sense-table.js';

/** Both dictionaries, each direction completed by the inverse of the other, written as the two tables. */
function build(dictd: string, out: string): void {
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

new Command('build-lexicon')
  .description('Build knowledge/lexicon/ from the FreeDict dictd files.')
  .option('--dictd <dir>', 'folder of the dictd files', '/usr/share/dictd')
  .option('--out <dir>', 'folder the TSV files are written to', fileURLToPath(new URL('../knowledge/lexicon/', import.meta.url)))
  .action((options: { dictd: string; out: string }) => build(options.dictd, resolve(options.out)))
  .parse();
