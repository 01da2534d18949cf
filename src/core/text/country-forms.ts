/**
 * The other words for a country a word names: its names in English and Arabic and the words for its people and
 * things ("Vietnam", "Vietnamese", «فيتنام», «الفيتنامي»). A report says "the Vietnamese delegation" where a
 * question asks about Vietnam, «الحكومة الأردنية» where it asks about the Jordanian government; the press writes
 * the country either way. Names: knowledge/language/place-names.tsv (one-word names; several words are common
 * words alone), country-aliases.tsv; the words for its people: demonyms.tsv (WordNet pertainyms, Arabic nisba) and
 * language-demonyms.tsv (a language that is one country's own: "Kazakh", "Uzbek", which WordNet gives only as peoples).
 */
import { withoutProclitics } from './arabic-clitics.js';
import { normalizeText } from './normalize.js';
import { isArabicToken, rawTokens } from './tokenize.js';
import { readWordTable } from './word-lists.js';

let tables: { formsOf: Map<string, Set<string>>; codesOf: Map<string, Set<string>> } | undefined;

function countryTables() {
  if (tables) return tables;
  const formsOf = new Map<string, Set<string>>();
  const codesOf = new Map<string, Set<string>>();
  const add = (code: string, written: string) => {
    const tokens = rawTokens(normalizeText(written));
    if (tokens.length !== 1) return;
    const form = tokens[0]!.replace(/^ال(?=..)/, '');
    formsOf.set(code, (formsOf.get(code) ?? new Set()).add(form));
    codesOf.set(form, (codesOf.get(form) ?? new Set()).add(code));
  };
  // Countries and territories only (two-letter codes): a region's adjective ("African") names no one country.
  for (const file of ['place-names.tsv', 'country-aliases.tsv', 'demonyms.tsv', 'language-demonyms.tsv']) for (const [code, , written] of readWordTable(file)) if (/^[A-Z]{2}$/.test(code!)) add(code!, written!);
  tables = { formsOf, codesOf };
  return tables;
}

/** The codes of the countries a normalised token names or describes («والسوريين»: the nisba's plural read as «سوري»); empty for any other word. */
export function countryCodes(token: string): Set<string> {
  const { codesOf } = countryTables();
  const candidates = isArabicToken(token)
    ? withoutProclitics(token).flatMap((form) => {
        const bare = form.replace(/^ال(?=..)/, '');
        return [bare, bare.replace(/ي(?:ه|ة|ون|ين|ان)$/, 'ي')];
      })
    : [token];
  return new Set(candidates.flatMap((form) => [...(codesOf.get(form) ?? [])]));
}

/** The other words for the country a normalised token names or describes, in both languages (Arabic ones with and without the article); empty for any other word. */
export function otherCountryForms(token: string): string[] {
  const { formsOf } = countryTables();
  const codes = countryCodes(token);
  if (codes.size === 0) return [];
  const forms = new Set<string>();
  for (const code of codes) for (const form of formsOf.get(code) ?? []) for (const written of isArabicToken(form) ? [form, `ال${form}`] : [form]) forms.add(written);
  forms.delete(token);
  return [...forms];
}
