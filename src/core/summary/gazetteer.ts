/**
 * Countries and international organisations in both languages, for the
 * entity list. Countries are every ISO 3166 region CLDR names (through Node's
 * Intl.DisplayNames, so the list is complete and spelt as CLDR spells it, not
 * chosen for an article) plus the other names in
 * knowledge/language/country-aliases.tsv; organisations come from
 * knowledge/language/organisations.tsv. People and outlets are found from the
 * text itself (names-in-text.ts).
 */
import { languageTable } from '../text/language-data.js';
import type { EntityKind } from './types.js';

export interface GazetteerEntry {
  kind: Exclude<EntityKind, 'person'>;
  en: string[];
  ar: string[];
}

// CLDR codes that name no country: groupings, pseudo-locales, the unknown region.
const NOT_COUNTRIES = new Set(['EU', 'UN', 'EZ', 'QO', 'XA', 'XB', 'ZZ']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let entries: GazetteerEntry[] | null = null;

function countries(): GazetteerEntry[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const arabic = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const aliases = languageTable('country-aliases.tsv');
  const found: GazetteerEntry[] = [];
  // Deprecated codes (SU, UK, DD…) name the same country again: the first code wins.
  const seen = new Set<string>();
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      const en = english.of(code);
      const ar = arabic.of(code);
      if (!en || !ar || NOT_COUNTRIES.has(code) || seen.has(en)) continue;
      seen.add(en);
      const other = (language: string) => aliases.filter(([alias, lang]) => alias === code && lang === language).map((row) => row[2]!);
      found.push({ kind: 'country', en: [en.replace(/\s*\(.*\)$/u, ''), ...other('en')], ar: [ar.replace(/\s*\(.*\)$/u, ''), ...other('ar')] });
    }
  }
  return found;
}

function organisations(): GazetteerEntry[] {
  return languageTable('organisations.tsv').map(([en, ar]) => ({ kind: 'organisation', en: en!.split('|'), ar: (ar ?? '').split('|').filter(Boolean) }));
}

export function gazetteer(): GazetteerEntry[] {
  entries ??= [...countries(), ...organisations()];
  return entries;
}
