/**
 * `npx tsx scripts/build-english-levels.ts [--scowl <dir>]`: writes knowledge/language/english-word-levels.tsv,
 * how common each English word of the Arabic→English lexicon's senses is: the smallest SCOWL size list that
 * holds it (10: the most common words … 95: the rarest), from Debian's `scowl` package
 * (`apt-get install scowl`, /usr/share/dict/scowl/english-words.NN). The gloss of an Arabic word shows its
 * common senses first (gloss-senses.ts): FreeDict lists «التعليم» as "catechism" before "education".
 * Only words the lexicon's senses use are kept, up to size 70; a word not listed counts as rare.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryPath } from '../src/core/repository-files.js';

const argumentAt = process.argv.indexOf('--scowl');
const scowl = argumentAt > 0 ? process.argv[argumentAt + 1]! : '/usr/share/dict/scowl';
/** Larger SCOWL sizes are variant spellings and rare words: the gloss treats them alike. */
const MAX_SIZE = 70;

const senseWords = new Set<string>();
for (const line of readFileSync(repositoryPath('knowledge', 'lexicon', 'ar-en.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  for (const sense of line.split('\t').slice(1)) for (const word of sense.split(' ')) if (/^[a-z]+$/.test(word)) senseWords.add(word);
}
for (const line of readFileSync(repositoryPath('knowledge', 'language', 'press-arabic-english.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  for (const word of (line.split('\t')[1] ?? '').toLowerCase().split(/[\s|]+/)) if (/^[a-z]+$/.test(word)) senseWords.add(word);
}

const levels = new Map<string, number>();
const lists = readdirSync(scowl)
  .map((file) => /^english-words\.(\d+)$/.exec(file))
  .filter((match): match is RegExpExecArray => match !== null && Number(match[1]) <= MAX_SIZE)
  .sort((a, b) => Number(a[1]) - Number(b[1]));
for (const [file, size] of lists) {
  for (const word of readFileSync(path.join(scowl, file), 'utf8').split('\n')) {
    const lower = word.trim().toLowerCase();
    if (senseWords.has(lower) && !levels.has(lower)) levels.set(lower, Number(size));
  }
}
const header = [
  '# English words (word<TAB>SCOWL size: 10 the most common … 70), those the Arabic→English lexicon\'s senses use.',
  '# Source: SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, Debian package scowl, english-words.NN;',
  '# licence in knowledge/language/README.md. Regenerate: npx tsx scripts/build-english-levels.ts',
];
const rows = [...levels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, size]) => `${word}\t${size}`);
writeFileSync(repositoryPath('knowledge', 'language', 'english-word-levels.tsv'), `${[...header, ...rows].join('\n')}\n`);
process.stdout.write(`${rows.length} words\n`);
