/**
 * `npx tsx scripts/build-english-levels.ts [--scowl <dir>] [--wordnet <dir>]`: writes
 * knowledge/language/english-word-levels.tsv, how common each English word of the Arabic→English lexicon's
 * senses is, so the gloss of an Arabic word shows its common senses first (gloss-senses.ts; FreeDict lists
 * «التعليم» as "catechism" before "education"):
 *  - the smallest SCOWL size list that holds it (10: the most common words … 50), from Debian's `scowl`
 *    (/usr/share/dict/scowl: english-words.NN, english-upper.NN for words written with a capital such as
 *    "American", american-words.NN and british-words.NN for the two spellings);
 *  - the times WordNet's tagged corpus (SemCor) used it as a lemma, and of those as a verb, which orders words
 *    of one size (Debian's `wordnet-base`, /usr/share/wordnet/cntlist.rev).
 * Only words the lexicon's senses use are kept, up to size 50 or with a count; a word not listed counts as rare.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { englishLemmaCandidates } from '../src/core/crosslingual/lexicon-forms.js';
import { repositoryPath } from '../src/core/repository-files.js';

const option = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const scowl = option('--scowl', '/usr/share/dict/scowl');
const wordnet = option('--wordnet', '/usr/share/wordnet');
/** Larger SCOWL sizes are variant spellings and rare words: the gloss treats them alike, as unlisted. */
const MAX_SIZE = 50;

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
  .map((file) => /^(?:english-(?:words|upper)|american-words|british-words)\.(\d+)$/.exec(file))
  .filter((match): match is RegExpExecArray => match !== null && Number(match[1]) <= MAX_SIZE)
  .sort((a, b) => Number(a[1]) - Number(b[1]));
for (const [file, size] of lists) {
  for (const word of readFileSync(path.join(scowl, file), 'utf8').split('\n')) {
    const lower = word.trim().toLowerCase();
    if (senseWords.has(lower) && !levels.has(lower)) levels.set(lower, Number(size));
  }
}
// WordNet's cntlist.rev: sense key (lemma%…), sense number, times SemCor tagged it; summed per lemma.
const counts = new Map<string, number>();
const verbCounts = new Map<string, number>();
const allCounts = new Map<string, number>();
for (const line of readFileSync(path.join(wordnet, 'cntlist.rev'), 'utf8').split('\n')) {
  const [key, , count] = line.split(' ');
  const [lemma, sense] = key?.split('%') ?? [];
  if (lemma) allCounts.set(lemma, (allCounts.get(lemma) ?? 0) + Number(count));
  if (!lemma || !senseWords.has(lemma)) continue;
  counts.set(lemma, (counts.get(lemma) ?? 0) + Number(count));
  if (sense?.startsWith('2:')) verbCounts.set(lemma, (verbCounts.get(lemma) ?? 0) + Number(count));
}
const header = [
  "# English words of the Arabic→English lexicon's senses: word<TAB>SCOWL size (10 the most common … 50; empty: rarer)<TAB>WordNet 3.0 SemCor count<TAB>of which as a verb.",
  '# Sources: SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, Debian package scowl, english-words|english-upper|american-words|british-words.NN;',
  "# WordNet 3.0 (Princeton University), Debian package wordnet-base, cntlist.rev. Licences: knowledge/language/README.md.",
  '# Regenerate: npx tsx scripts/build-english-levels.ts',
];
const words = [...new Set([...levels.keys(), ...counts.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const rows = words.map((word) => `${word}\t${levels.get(word) ?? ''}\t${counts.get(word) ?? 0}\t${verbCounts.get(word) ?? 0}`);
writeFileSync(repositoryPath('knowledge', 'language', 'english-word-levels.tsv'), `${[...header, ...rows].join('\n')}\n`);

// WordNet's usage domains of obscenities (synset 07124340 "obscenity, vulgarism…") and ethnic slurs (06718862): a
// lemma in one of their synsets that SemCor uses at most twice, or that has no other synset, is shown last.
const DOMAINS = [';u 07124340 ', ';u 06718862 '];
const synsets = new Map<string, { all: number; marked: number }>();
for (const part of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(path.join(wordnet, `data.${part}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const marked = DOMAINS.some((domain) => line.includes(domain)) ? 1 : 0;
    for (let index = 0; index < parseInt(fields[3]!, 16); index += 1) {
      const lemma = fields[4 + 2 * index]!.toLowerCase().replace(/\(.*$/, '');
      const seen = synsets.get(lemma) ?? { all: 0, marked: 0 };
      synsets.set(lemma, { all: seen.all + 1, marked: seen.marked + marked });
    }
  }
}
const isOffensive = (lemma: string) => {
  const seen = synsets.get(lemma);
  return seen !== undefined && seen.marked > 0 && ((allCounts.get(lemma) ?? 0) <= 2 || seen.marked === seen.all);
};
// Every lemma WordNet knows the word under is one ("fucked" → fuck; not "spiced": spice).
const offensive = [...senseWords]
  .filter((word) => {
    const lemmas = englishLemmaCandidates(word).filter((lemma) => synsets.has(lemma));
    return lemmas.length > 0 && lemmas.every(isOffensive);
  })
  .sort();
const offensiveHeader = [
  "# English words of the Arabic→English lexicon's senses that WordNet 3.0 files under its usage domains of obscenities",
  '# and ethnic slurs (and SemCor hardly uses otherwise): the gloss shows them after every other sense.',
  '# Source: WordNet 3.0 (Princeton University), Debian package wordnet-base. Regenerate: npx tsx scripts/build-english-levels.ts',
];
writeFileSync(repositoryPath('knowledge', 'language', 'english-offensive.txt'), `${[...offensiveHeader, ...offensive].join('\n')}\n`);
process.stdout.write(`${rows.length} words, ${offensive.length} offensive\n`);
