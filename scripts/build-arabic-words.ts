/**
 * Writes knowledge/language/arabic-words.txt: the word forms of Ayaspell 3.2, the Arabic Hunspell dictionary
 * (Debian's hunspell-ar: `apt-get install hunspell-ar`), each read through normalizeText, one a line. FreeDict's Arabic
 * side is small, so "no dictionary lists it" said little of an Arabic word; this list is wide enough that a word it
 * lacks (with its clitics, endings and dialect prefixes read: text/arabic-words.ts) is seldom Arabic.
 * Only the dictionary's own entries are kept (its affix rules are read at run time in a lighter way), as their
 * affix flags are Hunspell's.
 *
 *   npx tsx scripts/build-arabic-words.ts [path/to/ar.dic]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_DATA_DIR } from '../src/core/text/word-lists.js';
import { normalizeText } from '../src/core/text/normalize.js';

const source = process.argv[2] ?? '/usr/share/hunspell/ar.dic';
const words = new Set<string>();
// The first line counts the entries; the file joins several lists, each opened by a line of colons and its name.
for (const line of readFileSync(source, 'utf8').split(/\r?\n/).slice(1)) {
  if (line.startsWith(':') || line.endsWith('.dic')) continue;
  const word = normalizeText(line.split('/')[0]!.trim());
  if (/^[\u0621-\u064A]{2,}$/u.test(word)) words.add(word);
}
const header = [
  '# Arabic word forms (normalizeText), one a line: the entries of Ayaspell 3.2, the Arabic Hunspell dictionary by',
  '# Mohamed Kebdani (GPL 2.0 or later / LGPL 2.1 / MPL 1.1), as packaged by Debian (hunspell-ar 3.2), without its affix',
  '# flags. Read by src/core/text/arabic-words.ts. Regenerate: apt-get install hunspell-ar && npx tsx scripts/build-arabic-words.ts',
];
const sorted = [...words].sort();
writeFileSync(path.join(LANGUAGE_DATA_DIR, 'arabic-words.txt'), `${[...header, ...sorted].join('\n')}\n`);
console.log(`${sorted.length} words`);
