/**
 * `npx tsx scripts/build-english-forms.ts [--scowl <dir>] [--wordnet <dir>]`: writes knowledge/language/english-forms.tsv,
 * the key of each common English word form whose lemma the suffix cutter (src/core/text/english-forms.ts) misses:
 * "voted" vote (not "vot"), "stopped" stop but "added" add, "gases" gas, "speed" speed (not "spe"), "news" news (not
 * "new"). Morphy's way (WordNet's lemmatiser) without its exception lists: suffixes cut and the bases WordNet knows as
 * lemmas tried, a verb base for -ed/-ing, an adjective for -est. Irregular forms ("began" begin, "sent" send) are left
 * out: joined with their lemma, they made English questions over Arabic articles refused more often (README, Measured).
 *  - forms: SCOWL's english-words, american-words and british-words up to size 70 (Debian package `scowl`);
 *  - lemmas and parts of speech: WordNet 3.0 index.noun|verb|adj|adv; how often each lemma is used as a noun or verb:
 *    cntlist.rev (Debian package `wordnet-base`).
 * Only rows whose key differs from the cutter's are written.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cutEnglishSuffixes } from '../src/core/text/english-forms.js';
import { repositoryPath } from '../src/core/repository-files.js';

const option = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const scowl = option('--scowl', '/usr/share/dict/scowl');
const wordnet = option('--wordnet', '/usr/share/wordnet');
/** Larger SCOWL sizes hold rare words and variant spellings, which the cutter may key as it likes. */
const MAX_SIZE = 70;
/** A noun in -ing used this often in SemCor is a word of its own where its base verb is used less ("evening", "morning"). */
const OWN_NOUN_USES = 20;
const WORD = /^[a-z]+$/;

const readLines = (file: string) => readFileSync(path.join(wordnet, file), 'latin1').split('\n');
const lemmas = (part: string) => new Set(readLines(`index.${part}`).filter((line) => line && !line.startsWith(' ')).map((line) => line.split(' ')[0]!).filter((word) => WORD.test(word)));
const [nouns, verbs, adjectives, adverbs] = ['noun', 'verb', 'adj', 'adv'].map(lemmas) as [Set<string>, Set<string>, Set<string>, Set<string>];
const isLemma = (word: string) => nouns.has(word) || verbs.has(word) || adjectives.has(word) || adverbs.has(word);

// cntlist.rev: sense key (lemma%type:…), sense number, times SemCor tagged it; type 1 noun, 2 verb.
const nounUses = new Map<string, number>();
const verbUses = new Map<string, number>();
for (const line of readLines('cntlist.rev')) {
  const [key, , count] = line.split(' ');
  const [lemma, sense] = key?.split('%') ?? [];
  if (!lemma || !sense) continue;
  const uses = sense.startsWith('1:') ? nounUses : sense.startsWith('2:') ? verbUses : undefined;
  uses?.set(lemma, (uses.get(lemma) ?? 0) + Number(count));
}

/** A monosyllable-like end (consonant, vowel, consonant) doubles before -ed/-ing: "hoped" is hope's, "hopped" hop's. */
const doublesItsEnd = (base: string) => /(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$/.test(base) && !/[wxy]$/.test(base);

/** The verb (else any lemma) an -ed/-ing/-est base comes from: doubling undone, a final e restored. */
function baseLemma(base: string, known: (word: string) => boolean, ending = ''): string | undefined {
  // "dying" is die's ("dyeing" keeps dye's e); "dyed" is dye's.
  if (ending === 'ing' && base.endsWith('y') && known(`${base.slice(0, -1)}ie`)) return `${base.slice(0, -1)}ie`;
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) return known(base) ? base : known(base.slice(0, -1)) ? base.slice(0, -1) : undefined;
  const withE = `${base}e`;
  if (known(withE) && known(base)) return doublesItsEnd(base) ? withE : base;
  if (known(withE)) return withE;
  if (known(base)) return base;
  if (base.endsWith('i') && known(`${base.slice(0, -1)}y`)) return `${base.slice(0, -1)}y`;
  return undefined;
}

/**
 * The lemma of a form; undefined where the cutter's key is as good as any. A plural that is a lemma itself ("alias",
 * reached from "aliases") is not cut again.
 */
function lemmaOf(word: string, asForm = true): string | undefined {
  if (word.length <= 3) return undefined;
  if (/[^su]s$/.test(word) && !word.endsWith('is')) {
    if (!asForm && isLemma(word)) return word;
    const cuts: [string, string][] = [[word.slice(0, -1), 's'], [word.slice(0, -2), 'es'], [`${word.slice(0, -3)}y`, 'ies']];
    const singular = cuts.find(([form, ending]) => form.length >= 2 && word.endsWith(ending) && isLemma(form))?.[0];
    // "news", "politics", "species": a plural noun whose singular is no noun in use is a word of its own.
    if (nouns.has(word) && (nounUses.get(word) ?? 0) > 0 && (nounUses.get(singular ?? '') ?? 0) === 0) return word;
    return singular;
  }
  const ending = /(?:ed|ing)$/.exec(word)?.[0];
  if (ending && word.length >= ending.length + 2) {
    if (verbs.has(word)) return word;
    const base = word.slice(0, -ending.length);
    const verb = baseLemma(base, (form) => verbs.has(form), ending);
    // "evening", "morning": a noun used more than the verb its base would be, itself rare, is a word of its own.
    const verbUsed = verbUses.get(verb ?? '') ?? 0;
    if (ending === 'ing' && nouns.has(word) && verbUsed < OWN_NOUN_USES && (nounUses.get(word) ?? 0) > verbUsed) return word;
    return verb ?? (isLemma(word) ? word : baseLemma(base, isLemma));
  }
  if (word.endsWith('est') && word.length >= 6 && !isLemma(word)) return baseLemma(word.slice(0, -3), (form) => adjectives.has(form));
  return undefined;
}

const forms = new Set<string>();
for (const file of readdirSync(scowl)) {
  const size = /^(?:english-words|american-words|british-words)\.(\d+)$/.exec(file)?.[1];
  if (size === undefined || Number(size) > MAX_SIZE) continue;
  for (const word of readFileSync(path.join(scowl, file), 'latin1').split('\n')) if (WORD.test(word.trim())) forms.add(word.trim());
}
/** A form's key is its lemma's: "buildings" building build; "speeds" speed speed (not the cutter's "spe"). */
function keyOf(word: string): string {
  let key = word;
  for (let step = 0, lemma = lemmaOf(word); step < 3; step += 1, lemma = lemmaOf(key, false)) {
    if (lemma === undefined) return cutEnglishSuffixes(key);
    if (lemma === key) return key;
    key = lemma;
  }
  return key;
}
const keys = new Map<string, string>();
for (const form of forms) {
  const key = keyOf(form);
  if (cutEnglishSuffixes(form) !== key) keys.set(form, key);
}
const header = [
  '# English word forms whose key (lemma) the suffix cutter misses: form<TAB>key ("voted" vote, "added" add, "speed" speed, "news" news).',
  '# Sources: SCOWL (Kevin Atkinson; Debian package scowl, english-words|american-words|british-words up to size 70) for the forms;',
  '# WordNet 3.0 (Princeton University; Debian package wordnet-base: index.*, cntlist.rev) for lemmas. Licences:',
  '# knowledge/language/README.md. Regenerate: npx tsx scripts/build-english-forms.ts',
];
const rows = [...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([form, key]) => `${form}\t${key}`);
writeFileSync(repositoryPath('knowledge', 'language', 'english-forms.tsv'), `${[...header, ...rows].join('\n')}\n`);
process.stdout.write(`${rows.length} forms\n`);
