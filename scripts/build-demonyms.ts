/**
 * `npx tsx scripts/build-demonyms.ts [--wordnet <dir>]`: writes knowledge/language/demonyms.tsv, the words that
 * name a country's people or things ("Vietnamese", «الفيتنامي») beside its name, so a question saying "Vietnam"
 * finds an article saying "Vietnamese" (src/core/text/country-forms.ts):
 *  - English: WordNet's pertainyms (Debian's `wordnet-base`, /usr/share/wordnet/data.adj): a capitalised adjective
 *    pertaining to a noun that is a country's English name in place-names.tsv;
 *  - Arabic: the nisba of each one-word Arabic name of place-names.tsv, the regular derivation of Arabic grammar:
 *    the article and a final «ا», «يا» or «ة» dropped, «ي» added («سوريا» → «سوري», «الأردن» → «أردني»); a final
 *    «ا» that is a four-letter name's fourth letter may also stay with «وي» («النمسا» → «نمساوي»).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { repositoryPath } from '../src/core/repository-files.js';
import { readSynsets } from './lexicon/wordnet-files.js';

const wordnet = process.argv.includes('--wordnet') ? process.argv[process.argv.indexOf('--wordnet') + 1]! : '/usr/share/wordnet';

const placeRows = readFileSync(repositoryPath('knowledge', 'language', 'place-names.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string]);
// Two-letter codes only: countries and territories, not the world regions ("African" is no country's).
const countries = placeRows.filter(([code]) => /^[A-Z]{2}$/.test(code));
const codesByEnglishName = new Map<string, Set<string>>();
for (const [code, language, name] of countries) {
  if (language === 'en') codesByEnglishName.set(name.toLowerCase(), (codesByEnglishName.get(name.toLowerCase()) ?? new Set()).add(code));
}

/**
 * WordNet 3.0 points "Mauritanian" at Mauritius. An adjective that extends a one-word country name ("Mauritania" →
 * "Mauritanian") while the country pointed at has no name it extends or begins ("Dominican Republic" begins with
 * "Dominican": kept) is the extended country's.
 */
function correctedCodes(words: string[], pointed: Set<string>): Set<string> {
  const namesOf = (code: string) => countries.filter(([other, language]) => other === code && language === 'en').map(([, , name]) => name.toLowerCase());
  for (const word of words.map((one) => one.toLowerCase())) {
    const extendsName = (name: string) => !name.includes(' ') && name.length >= 5 && word.startsWith(name.slice(0, -1));
    const keeps = [...pointed].some((code) => namesOf(code).some((name) => extendsName(name) || name.startsWith(`${word} `)));
    const extended = [...codesByEnglishName].filter(([name]) => extendsName(name)).flatMap(([, codes]) => [...codes]);
    if (!keeps && extended.length > 0) return new Set(extended);
  }
  return pointed;
}

const nounWords = new Map(readSynsets(wordnet, 'data.noun').map((synset) => [synset.offset, synset.words]));
const rows = new Set<string>();
for (const adjective of readSynsets(wordnet, 'data.adj')) {
  for (const [symbol, target, partOfSpeech, wordNumbers] of adjective.pointers) {
    if (symbol !== '\\' || partOfSpeech !== 'n') continue;
    // The noun the pointer names, else the synset's first word that names a country: "Chinese" pertains to "China" of
    // {Taiwan, China, Republic of China}, which is Taiwan's.
    const targetWord = Number.parseInt(wordNumbers.slice(2), 16);
    const words = nounWords.get(target) ?? [];
    const named = targetWord > 0 ? words[targetWord - 1] : words.find((word) => codesByEnglishName.has(word.toLowerCase()));
    if (!named || !codesByEnglishName.has(named.toLowerCase())) continue;
    const codes = correctedCodes(adjective.words, codesByEnglishName.get(named.toLowerCase())!);
    // Likewise the adjective the pointer is from: {Taiwanese, Chinese, Formosan} pertains to Taiwan through "Taiwanese".
    const sourceWord = Number.parseInt(wordNumbers.slice(0, 2), 16);
    for (const word of sourceWord > 0 ? [adjective.words[sourceWord - 1]!] : adjective.words) if (/^[A-Z][a-z]+$/.test(word)) for (const code of codes) rows.add(`${code}\ten\t${word}`);
  }
}

for (const [code, language, name] of countries) {
  if (language !== 'ar' || name.includes(' ')) continue;
  const bare = name.replace(/^ال/, '');
  const base = bare.replace(/(?:يا|ا|ة)$/, '');
  if (base.length < 2 || base.endsWith('ي')) continue;
  rows.add(`${code}\tar\t${base}ي`);
  // A final alif that is the fourth letter (its second letter without a vowel, as in a name of four letters) may also
  // stay, «وي» added: the grammar's «حبلى → حبليّ، حبلاويّ» («النمسا» → «نمساوي», beside «كندا» → «كندي»). From the
  // fifth letter on it is only dropped («فرنسا» → «فرنسي»).
  if (bare.length === 4 && bare.endsWith('ا') && !bare.endsWith('يا')) rows.add(`${code}\tar\t${bare}وي`);
}

const header = [
  "# Words naming a country's people or things beside its name (code<TAB>language<TAB>form), so a question saying",
  '# "Vietnam" reads an article saying "Vietnamese" (src/core/text/country-forms.ts). English: WordNet 3.0 pertainyms',
  '# (capitalised adjectives pertaining to a country name of place-names.tsv); Arabic: the regular nisba of each',
  '# one-word Arabic name (the article and a final «ا», «يا», «ة» dropped, «ي» added; a fourth-letter final «ا» may also stay',
  '# with «وي» added, «نمساوي», by the grammar of the nisba to the maqsur). Regenerate: npx tsx scripts/build-demonyms.ts',
];
writeFileSync(repositoryPath('knowledge', 'language', 'demonyms.tsv'), `${[...header, ...[...rows].sort()].join('\n')}\n`);
console.log(`${rows.size} forms`);
