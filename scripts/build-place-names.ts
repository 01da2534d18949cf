/**
 * `npx tsx scripts/build-place-names.ts`: writes knowledge/language/place-names.tsv,
 * the names of countries, territories and world regions in English and Arabic
 * from Unicode CLDR as Node's ICU ships it (Intl.DisplayNames), so a question
 * about a place the articles never mention ("Kyrgyzstan", «قرغيزستان») is known
 * to name a place. Regional Arabic locales add their own spellings.
 */
import { writeFileSync } from 'node:fs';
import { repositoryPath } from '../src/core/repository-files.js';

const LOCALES = ['en', 'ar', 'ar-EG', 'ar-SA', 'ar-AE', 'ar-LB', 'ar-SY', 'ar-IQ', 'ar-JO', 'ar-MA', 'ar-DZ', 'ar-TN'];
/** UN M49 world regions and groupings CLDR names (continents, sub-regions, the EU, the UN); not 001, "the world", a common word. */
const REGIONS = ['002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419', 'EU', 'EZ', 'UN'];

/** Short names the press uses for countries CLDR names otherwise ("America" for the United States). */
const COMMON_NAMES: [string, string, string][] = [
  ['US', 'en', 'America'], ['US', 'ar', 'أمريكا'], ['US', 'ar', 'أميركا'], ['GB', 'en', 'Britain'], ['GB', 'en', 'England'], ['GB', 'ar', 'بريطانيا'],
  ['GB', 'ar', 'إنجلترا'], ['GB', 'ar', 'إنكلترا'], ['NL', 'en', 'Holland'], ['NL', 'ar', 'هولندا'], ['MM', 'en', 'Burma'], ['MM', 'ar', 'بورما'],
  ['SA', 'ar', 'السعودية'], ['AE', 'ar', 'الإمارات'],
  ['CZ', 'en', 'Czech Republic'], ['TR', 'en', 'Turkey'], ['CI', 'en', 'Ivory Coast'], ['SZ', 'en', 'Swaziland'], ['CV', 'en', 'Cape Verde'],
];

const letters = Array.from({ length: 26 }, (_, index) => String.fromCharCode(65 + index));
const codes = [...letters.flatMap((first) => letters.map((second) => first + second)), ...REGIONS];
const rows = new Set<string>();
for (const locale of LOCALES) {
  for (const style of ['long', 'short'] as const) {
    const names = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name && name !== code && !/\d/.test(name)) rows.add(`${code}\t${locale.slice(0, 2)}\t${name}`);
    }
  }
}
for (const [code, language, name] of COMMON_NAMES) rows.add(`${code}\t${language}\t${name}`);
const header = [
  '# Countries, territories and world regions (code<TAB>language<TAB>name): Unicode CLDR via Node ICU',
  `# (Intl.DisplayNames, locales ${LOCALES.join(' ')}; long and short styles), and the short names the press uses beside them. Regenerate: npx tsx scripts/build-place-names.ts`,
];
writeFileSync(repositoryPath('knowledge', 'language', 'place-names.tsv'), `${[...header, ...[...rows].sort()].join('\n')}\n`);
process.stdout.write(`${rows.size} names\n`);
