/**
 * `npx tsx scripts/build-english-verb-synonyms.ts [--wordnet <dir>]`: writes knowledge/language/english-verb-synonyms.tsv,
 * the verbs WordNet 3.0 puts in one synset in their usual senses ("talk" speak, "keep" maintain), so an English question's
 * verb finds a paragraph that says the deed in the other (src/core/text/english-verb-synonyms.ts).
 *  - a pair: two single lower-case words of one data.verb synset that is the first sense (index.verb lists senses by
 *    frequency of use) of one word and among the first SENSES_OF_OTHER senses of the other, so a common verb's rare
 *    sense ("hold" as keep) brings no mate;
 *  - kept when both are tagged at least MIN_USES times as verbs in SemCor (cntlist.rev) and their index keys differ;
 *  - both words tagged more often as verbs than as nouns in SemCor: "state", "name", "number", "court" are mostly
 *    nouns, and a question's "state" or a paragraph's "the state" is no verb of saying;
 *  - one way only where that synset makes up at least MIN_SHARE of the first word's tagged uses (cntlist.rev's sense
 *    numbers): "keep" is mostly "maintain", while "hold", "make", "show" and "fix" are read in so many senses that
 *    none of their synonyms says what the question means.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryPath } from '../src/core/repository-files.js';
import { stemToken } from '../src/core/text/tokenize.js';

const option = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const wordnet = option('--wordnet', '/usr/share/wordnet');
/** Rare verbs bring rare mates: both must be in common use. */
const MIN_USES = 3;
/** How far down the other word's senses the shared synset may stand. */
const SENSES_OF_OTHER = 2;
/** The share of a verb's tagged uses its synonyms' synset must have. */
const MIN_SHARE = 0.5;
const WORD = /^[a-z]+$/;

const readLines = (file: string) => readFileSync(path.join(wordnet, file), 'latin1').split('\n');

const uses = new Map<string, number>();
const nounUses = new Map<string, number>();
/** Tagged uses by verb and sense number (index.verb's order, from 1). */
const senseUses = new Map<string, Map<number, number>>();
for (const line of readLines('cntlist.rev')) {
  const [key, senseNumber, count] = line.split(' ');
  const [lemma, sense] = key?.split('%') ?? [];
  if (lemma && sense?.startsWith('1:')) nounUses.set(lemma, (nounUses.get(lemma) ?? 0) + Number(count));
  if (!lemma || !sense?.startsWith('2:')) continue;
  uses.set(lemma, (uses.get(lemma) ?? 0) + Number(count));
  const bySense = senseUses.get(lemma) ?? new Map<number, number>();
  bySense.set(Number(senseNumber), (bySense.get(Number(senseNumber)) ?? 0) + Number(count));
  senseUses.set(lemma, bySense);
}

/** Each verb's synsets, most used first. */
const senses = new Map<string, string[]>();
for (const line of readLines('index.verb')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  senses.set(fields[0]!, fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount));
}

const members = new Map<string, string[]>();
for (const line of readLines('data.verb')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  members.set(fields[0]!, Array.from({ length: wordCount }, (_, i) => fields[4 + i * 2]!.toLowerCase()));
}

const common = (word: string) => WORD.test(word) && (uses.get(word) ?? 0) >= MIN_USES && (uses.get(word) ?? 0) > (nounUses.get(word) ?? 0);
/** The synset makes up at least MIN_SHARE of the verb's tagged uses. */
const dominant = (word: string, synset: string) => {
  const position = (senses.get(word) ?? []).indexOf(synset) + 1;
  return position > 0 && (senseUses.get(word)?.get(position) ?? 0) >= MIN_SHARE * (uses.get(word) ?? Infinity);
};
const pairs = new Map<string, Set<string>>();
const add = (from: string, to: string) => { if (!pairs.has(from)) pairs.set(from, new Set()); pairs.get(from)!.add(to); };
for (const [verb, synsets] of senses) {
  if (!common(verb)) continue;
  const first = synsets[0]!;
  for (const other of members.get(first) ?? []) {
    if (other === verb || !common(other) || stemToken(other) === stemToken(verb)) continue;
    if (!(senses.get(other) ?? []).slice(0, SENSES_OF_OTHER).includes(first)) continue;
    if (dominant(verb, first)) add(verb, other);
    if (dominant(other, first)) add(other, verb);
  }
}

const header = [
  '# English verbs WordNet puts in one synset in their usual sense: word<TAB>synonyms separated by "|" ("talk" speak, "keep" maintain).',
  `# Source: WordNet 3.0 (Princeton University; Debian package wordnet-base: index.verb's sense order, data.verb's synsets, cntlist.rev for how`,
  `# often each is used): the synset is one verb's first sense and among the other's first ${SENSES_OF_OTHER}; both tagged at least ${MIN_USES} times as verbs in SemCor,`,
  '# and more often as verbs than as nouns;',
  `# a word lists the other only where the synset makes up at least ${MIN_SHARE} of its tagged uses. Licence: knowledge/language/README.md.`,
  '# Regenerate: npx tsx scripts/build-english-verb-synonyms.ts',
];
const rows = [...pairs].sort(([left], [right]) => left.localeCompare(right)).map(([word, mates]) => `${word}\t${[...mates].sort().join('|')}`);
writeFileSync(repositoryPath('knowledge', 'language', 'english-verb-synonyms.tsv'), `${[...header, ...rows].join('\n')}\n`);
console.log(`${rows.length} words`);
