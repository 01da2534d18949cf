/**
 * `npx tsx scripts/build-english-attributes.ts [--wordnet <dir>]`: writes knowledge/language/english-attributes.tsv,
 * the noun each English adjective is a value of ("hot": temperature, "tall": stature, "far": distance), so "how hot
 * did it get?" finds the passage that gives the temperatures (src/core/text/english-attributes.ts). From WordNet 3.0
 * (Debian's `wordnet-base`): the attribute pointers (`=`) of the adjective's two most used senses, through their head synset
 * for a satellite; kept when the first sense's attribute is a property or a measure (temperature, size, age, duration,
 * distance), not a quality or a state ("popular": popularity, "rich": financial condition), for only those ask for a number.
 */
import { writeFileSync } from 'node:fs';
import { repositoryPath } from '../src/core/repository-files.js';
import { readSenseIndex, readSynsets, type Synset } from './lexicon/wordnet-files.js';

const wordnet = process.argv.includes('--wordnet') ? process.argv[process.argv.indexOf('--wordnet') + 1]! : '/usr/share/wordnet';
const adjectives = new Map(readSynsets(wordnet, 'data.adj').map((synset) => [synset.offset, synset]));
const nouns = new Map(readSynsets(wordnet, 'data.noun').map((synset) => [synset.offset, synset]));

/** The noun's hypernyms up to the root, the noun's own first word first. */
function hypernymWords(synset: Synset): string[] {
  const words: string[] = [];
  for (let current: Synset | undefined = synset; current && words.length < 20; ) {
    words.push(current.words[0]!);
    const up: Synset['pointers'][number] | undefined = current.pointers.find(([symbol]) => symbol === '@' || symbol === '@i');
    current = up ? nouns.get(up[1]) : undefined;
  }
  return words;
}

// Where a number answers: the attribute is a property (size, age, speed…), a measure (temperature), or a spacing (distance).
const MEASURED_ANCESTORS = new Set(['property', 'measure', 'spacing']);
/** The attribute nouns of one adjective sense, through its head synset when it is a satellite. */
function attributesOf(offset: string): Synset[] {
  const sense = adjectives.get(offset);
  if (!sense) return [];
  const heads = sense.type === 's' ? sense.pointers.filter(([symbol]) => symbol === '&').map(([, target]) => adjectives.get(target)) : [sense];
  return heads.flatMap((head) => head?.pointers.filter(([symbol, , part]) => symbol === '=' && part === 'n').map(([, target]) => nouns.get(target)!) ?? []);
}

const rows: string[] = [];
for (const [lemma, offsets] of readSenseIndex(wordnet, 'index.adj')) {
  if (!/^[a-z]+$/.test(lemma)) continue;
  const first = attributesOf(offsets[0]!);
  if (first.length === 0) continue;
  // The two most used senses' attributes, every one-word name of each: "long" is a duration and a length, "tall" a stature or height.
  const attributes = [...first, ...(offsets[1] ? attributesOf(offsets[1]) : [])];
  const words = [...new Set(attributes.flatMap((noun) => noun.words))].filter((word) => /^[a-z]+$/.test(word));
  if (words.length === 0) continue;
  if (first.some((noun) => hypernymWords(noun).some((word) => MEASURED_ANCESTORS.has(word)))) rows.push(`${lemma}\t${words.join(',')}`);
}

const header = [
  '# The nouns an English adjective is a value of (adjective<TAB>attribute nouns), where a number answers: "how hot"',
  '# asks the temperature, "how far" the distance, "how long" the duration or length. Source: WordNet 3.0 (Princeton',
  "# University), Debian package wordnet-base: the attribute pointers of each adjective's two most used senses (their",
  '# head synset for a satellite), kept when the first sense\'s attribute is a property or a measure (not a quality or a',
  '# state: "popular", "rich"). Notice: NOTICES-english-word-levels.txt. Regenerate: npx tsx scripts/build-english-attributes.ts',
];
writeFileSync(repositoryPath('knowledge', 'language', 'english-attributes.tsv'), `${[...header, ...rows].join('\n')}\n`);
console.log(`${rows.length} adjectives`);
