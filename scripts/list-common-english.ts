/**
 * `npx tsx scripts/list-common-english.ts [--wordnet <dir>] [--top 450]`: prints the English lemmas WordNet 3.0's
 * tagged corpus (SemCor; Debian's `wordnet-base`, /usr/share/wordnet/cntlist.rev) counts most, the most counted first,
 * each with the senses the English–Arabic lexicon gives it (knowledge/lexicon/en-ar.tsv). This is the word choice of
 * knowledge/language/common-english-arabic.tsv: its nouns, verbs and adjectives, numbers and function words left
 * out, were given their usual Arabic renderings by hand (a dictionary's work; no word or rendering came from an
 * article or an evaluation question). Rerun it to extend the list in the same order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryPath } from '../src/core/repository-files.js';

const option = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const wordnet = option('--wordnet', '/usr/share/wordnet');
const top = Number(option('--top', '450'));

// Words the list never renders: auxiliaries, quantifiers and adverbs of degree, which retrieval does not search.
const FUNCTION_WORDS = new Set('be have do not can will would should could may might must shall there here then than also very so just only even still yet well much many more most such own same other'.split(' '));

const counts = new Map<string, number>();
for (const line of readFileSync(path.join(wordnet, 'cntlist.rev'), 'utf8').split('\n')) {
  const [senseKey, , count] = line.split(' ');
  const lemma = senseKey?.split('%')[0];
  if (!lemma || !count || !/^[a-z]+$/.test(lemma)) continue;
  counts.set(lemma, (counts.get(lemma) ?? 0) + Number(count));
}

const senses = new Map<string, string>();
for (const line of readFileSync(repositoryPath('knowledge', 'lexicon', 'en-ar.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const tab = line.indexOf('\t');
  senses.set(line.slice(0, tab), line.slice(tab + 1).replaceAll('\t', '|'));
}

const ranked = [...counts]
  .filter(([lemma]) => lemma.length >= 3 && !FUNCTION_WORDS.has(lemma))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, top);
for (const [index, [lemma, count]] of ranked.entries()) console.log(`${index + 1}\t${lemma}\t${count}\t${senses.get(lemma) ?? ''}`);
