/**
 * `npx tsx scripts/build-english-derivations.ts [--wordnet <dir>]`: writes knowledge/language/english-derivations.tsv,
 * the verbs and nouns WordNet 3.0 links as derivationally related ("compensate" compensation, "injure" injury,
 * "repair" repair, "invest" investment), so an English question's word finds a paragraph that says it in the other part
 * of speech (src/core/text/english-derivations.ts).
 *  - pairs: the derivational pointers ("+") between data.verb and data.noun synsets (Debian package `wordnet-base`);
 *  - kept: single lower-case words both of which SemCor tags (cntlist.rev) at least MIN_USES times in that part of
 *    speech, sharing their first letters (a derivation written on the same stem, not "die" death), whose keys differ; agent nouns ("player") left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryPath } from '../src/core/repository-files.js';
import { stemToken } from '../src/core/text/tokenize.js';

const option = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const wordnet = option('--wordnet', '/usr/share/wordnet');
/** Rare senses of rare words bring rare mates: both words must be in common use. */
const MIN_USES = 3;
/** Letters a derivation and its base share at their start. */
const SHARED_START = 4;
const WORD = /^[a-z]+$/;

const readLines = (file: string) => readFileSync(path.join(wordnet, file), 'latin1').split('\n');

const uses = { n: new Map<string, number>(), v: new Map<string, number>() };
for (const line of readLines('cntlist.rev')) {
  const [key, , count] = line.split(' ');
  const [lemma, sense] = key?.split('%') ?? [];
  if (!lemma || !sense) continue;
  const table = sense.startsWith('1:') ? uses.n : sense.startsWith('2:') ? uses.v : undefined;
  table?.set(lemma, (table.get(lemma) ?? 0) + Number(count));
}

interface Synset { words: string[]; pointers: { symbol: string; offset: string; part: string; source: number; target: number }[] }
function readSynsets(part: 'noun' | 'verb'): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readLines(`data.${part}`)) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + i * 2]!.toLowerCase());
    let at = 4 + wordCount * 2;
    const pointerCount = Number(fields[at]);
    at += 1;
    const pointers = [];
    for (let i = 0; i < pointerCount; i += 1, at += 4) {
      const sourceTarget = fields[at + 3]!;
      pointers.push({ symbol: fields[at]!, offset: fields[at + 1]!, part: fields[at + 2]!, source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16) });
    }
    synsets.set(fields[0]!, { words, pointers });
  }
  return synsets;
}
const synsets = { n: readSynsets('noun'), v: readSynsets('verb') };

/** "player", "investor", "governor": who does it, another thing than the deed the verb names. */
const isAgentNoun = (noun: string, verb: string) => noun.length > verb.length && /(?:er|or|ist|ant|ent)$/.test(noun);

const pairs = new Map<string, Set<string>>();
const common = (word: string, part: 'n' | 'v') => WORD.test(word) && (uses[part].get(word) ?? 0) >= MIN_USES;
const add = (from: string, to: string) => { if (!pairs.has(from)) pairs.set(from, new Set()); pairs.get(from)!.add(to); };
for (const [offset, synset] of synsets.v) {
  void offset;
  for (const pointer of synset.pointers) {
    if (pointer.symbol !== '+' || pointer.part !== 'n' || pointer.source === 0 || pointer.target === 0) continue;
    const verb = synset.words[pointer.source - 1]!;
    const noun = synsets.n.get(pointer.offset)?.words[pointer.target - 1];
    if (!noun || !common(verb, 'v') || !common(noun, 'n')) continue;
    if (verb.slice(0, SHARED_START) !== noun.slice(0, SHARED_START) || stemToken(verb) === stemToken(noun) || isAgentNoun(noun, verb)) continue;
    add(verb, noun);
    add(noun, verb);
  }
}

const header = [
  '# English verbs and nouns WordNet links as derivationally related, both ways: word<TAB>mates separated by "|" ("compensate" compensation).',
  '# Source: WordNet 3.0 (Princeton University; Debian package wordnet-base: data.verb and data.noun "+" pointers, cntlist.rev for',
  `# how often each is used; kept when both are tagged at least ${MIN_USES} times in SemCor and share their first ${SHARED_START} letters). Licence: knowledge/language/README.md.`,
  '# Regenerate: npx tsx scripts/build-english-derivations.ts',
];
const rows = [...pairs].sort(([left], [right]) => left.localeCompare(right)).map(([word, mates]) => `${word}\t${[...mates].sort().join('|')}`);
writeFileSync(repositoryPath('knowledge', 'language', 'english-derivations.tsv'), `${[...header, ...rows].join('\n')}\n`);
console.log(`${rows.length} words`);
