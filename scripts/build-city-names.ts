/**
 * `npx tsx scripts/build-city-names.ts <cldr-dates-full>/main/ar/timeZoneNames.json`: writes
 * knowledge/language/city-names.tsv, the Arabic names of the cities Unicode CLDR names time zones after
 * (its "exemplar cities": «نيروبي»، «طرابلس»، «لاغوس»), so a question naming a city a dictionary also lists
 * reads it as a name (the data ships in the npm package cldr-dates-full, fetched with `npm pack cldr-dates-full`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { repositoryPath } from '../src/core/repository-files.js';

/** Cities whose Arabic name is, written alone, a common word of another sense: left out. */
const COMMON_WORDS: Record<string, string> = {
  'Pacific/Truk': 'ترك "left"',
  'America/Nome': 'نوم "sleep"',
  'Africa/El_Aaiun': 'العيون "the eyes"',
  'Asia/Muscat': 'مسقط "place of birth" (مسقط رأسه)',
  'Pacific/Easter': 'استر "cover"',
  'Asia/Dili': 'ديلي, English "daily"',
  'America/Belem': 'بلم "boat" (Iraqi)',
  'Indian/Mahe': 'ماهي "what is it"',
  'America/North_Dakota/Center': 'سنتر "centre"',
  'Pacific/Wake': 'واك, English "walk"',
  'Antarctica/Troll': 'ترول "troll"',
};

interface Zone {
  exemplarCity?: string;
  [key: string]: unknown;
}

const [source] = process.argv.slice(2);
if (!source) throw new Error('usage: npx tsx scripts/build-city-names.ts <cldr-dates-full>/main/ar/timeZoneNames.json');
const data = JSON.parse(readFileSync(source, 'utf8')) as { main: { ar: { dates: { timeZoneNames: { zone: Record<string, Zone> } } } } };
const rows: string[] = [];
function walk(node: Record<string, unknown>, path: string[]): void {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'object' || value === null) continue;
    const zone = [...path, key].join('/');
    const city = (value as Zone).exemplarCity;
    if (city && !(zone in COMMON_WORDS)) rows.push(`${zone}\t${city}`);
    walk(value as Record<string, unknown>, [...path, key]);
  }
}
walk(data.main.ar.dates.timeZoneNames.zone, []);
const header = [
  `# Cities in Arabic (time zone<TAB>name): the exemplar cities of Unicode CLDR 48 (npm cldr-dates-full 48.2.0, main/ar/timeZoneNames.json),`,
  `# less those whose name is a common word of another sense (${Object.values(COMMON_WORDS).join('، ')}). Regenerate: npx tsx scripts/build-city-names.ts <that file>`,
];
writeFileSync(repositoryPath('knowledge', 'language', 'city-names.tsv'), `${[...header, ...rows.sort()].join('\n')}\n`);
