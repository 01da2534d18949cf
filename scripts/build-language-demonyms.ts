/**
 * `npx tsx scripts/build-language-demonyms.ts <cldr-core> <cldr-localenames-modern>`: writes
 * knowledge/language/language-demonyms.tsv, the English names of languages that are each one country's own, so a
 * question saying "Kazakh" or "Uzbek" reads an article about Kazakhstan or Uzbekistan (src/core/text/country-forms.ts);
 * WordNet's pertainyms (demonyms.tsv) give "Kazakhstani" but not the people's own word. From Unicode CLDR (npm
 * cldr-core supplemental/territoryInfo.json, cldr-localenames-modern main/en/languages.json): a language official (or
 * official in fact) in exactly one country of place-names.tsv, whose speakers are most numerous there, named in one
 * capitalised word ("Catalan", official only in Andorra, is spoken most in Spain, and is left out).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryPath } from '../src/core/repository-files.js';

const [core, localeNames] = process.argv.slice(2);
if (!core || !localeNames) throw new Error('usage: npx tsx scripts/build-language-demonyms.ts <cldr-core> <cldr-localenames-modern>');

interface Spoken {
  _populationPercent: string;
  _officialStatus?: string;
}
interface Territory {
  _population: string;
  languagePopulation?: Record<string, Spoken>;
}
const territories: Record<string, Territory> = JSON.parse(readFileSync(path.join(core, 'supplemental', 'territoryInfo.json'), 'utf8')).supplemental.territoryInfo;
const languageNames: Record<string, string> = JSON.parse(readFileSync(path.join(localeNames, 'main', 'en', 'languages.json'), 'utf8')).main.en.localeDisplayNames.languages;
const countries = new Set(
  readFileSync(repositoryPath('knowledge', 'language', 'place-names.tsv'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z]{2}\t/.test(line))
    .map((line) => line.slice(0, 2)),
);

const officialIn = new Map<string, string[]>();
const speakers = new Map<string, Map<string, number>>();
for (const [territory, info] of Object.entries(territories)) {
  for (const [language, spoken] of Object.entries(info.languagePopulation ?? {})) {
    const count = (Number(info._population) * Number(spoken._populationPercent)) / 100;
    speakers.set(language, (speakers.get(language) ?? new Map()).set(territory, count));
    const official = spoken._officialStatus === 'official' || spoken._officialStatus === 'de_facto_official';
    if (official && countries.has(territory)) officialIn.set(language, [...(officialIn.get(language) ?? []), territory]);
  }
}

const rows: string[] = [];
for (const [language, [territory, ...others]] of officialIn) {
  const name = languageNames[language];
  if (others.length > 0 || !territory || !name || !/^[A-Z][a-z]+$/.test(name)) continue;
  const counts = speakers.get(language)!;
  if (Math.max(...counts.values()) > counts.get(territory)!) continue;
  rows.push(`${territory}\ten\t${name}`);
}

const header = [
  "# The English names of languages that are one country's own (code<TAB>language<TAB>form), read as that country's",
  '# word beside demonyms.tsv ("Kazakh": Kazakhstan). Unicode CLDR 48 (npm cldr-core 48.2.0 territoryInfo.json,',
  '# cldr-localenames-modern 45.0.0 en/languages.json): official in exactly one country of place-names.tsv, spoken most',
  '# there, named in one word. Regenerate: npx tsx scripts/build-language-demonyms.ts <cldr-core> <cldr-localenames-modern>',
];
writeFileSync(repositoryPath('knowledge', 'language', 'language-demonyms.tsv'), `${[...header, ...rows.sort()].join('\n')}\n`);
console.log(`${rows.length} forms`);
