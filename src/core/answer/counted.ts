/**
 * What a "how many" question counts, met in the forms a text writes it: the
 * same stem, the same Arabic root, or the same consonants (a broken or sound
 * plural, an accusative ending), so «كم عدد الأفلام» finds «أربعين فيلمًا».
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { arabicRootKey } from '../text/arabic-root.js';
import type { QueryTerm } from '../retrieval/query.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import { measureOf, type Measure } from './verdict-measures.js';

const sameMeasure = (given: Measure | undefined, asked: Measure) => given !== undefined && given.dimension === asked.dimension && given.size === asked.size;

/**
 * Whether a normalised word names what a "how many" question counts: its stem, or (Arabic) its root, or its
 * consonants (a broken or sound plural, an accusative ending: «فيلمًا» and «الأفلام», «مرات» and «مرة»).
 */
export function countedWord(counted: string, renderings: readonly string[] = []): (token: string) => boolean {
  // "How many visitors" over an Arabic text: the question's renderings of its counted word («زوار») count as that word.
  const matchers = [counted, ...renderings.filter((rendering) => rendering !== counted)].map(oneCountedWord);
  return matchers.length === 1 ? matchers[0]! : (token) => matchers.some((matches) => matches(token));
}

function oneCountedWord(counted: string): (token: string) => boolean {
  const countedStem = stemToken(counted);
  // A unit of measure is met in any word for the same unit (measure-units.tsv): «كم سنة» by «4200 عام», "how many
  // years" by «عاما».
  const measure = measureOf(counted);
  const sameUnit = measure ? (token: string) => sameMeasure(measureOf(token), measure) : () => false;
  if (!isArabicToken(counted)) return (token) => stemToken(token) === countedStem || sameUnit(token);
  // A word with no root key (too short, «طن») is met by its stem or consonants only: two rootless words («في») share no root.
  const countedRoot = arabicRootKey(counted);
  const countedSkeletons = new Set(withoutProclitics(counted, 2).map(consonants));
  return (token) =>
    stemToken(token) === countedStem ||
    sameUnit(token) ||
    // The root is read on the word without its clitics too: ISRI reads the «ب» of «بجائزة» as a radical, «جوائز» meets «جائزة» only bare.
    (isArabicToken(token) && withoutProclitics(token, 2).some((form) => (countedRoot !== null && arabicRootKey(form) === countedRoot) || countedSkeletons.has(consonants(form))));
}

/**
 * A noun's consonants: without the article, a plural or feminine ending or the accusative alef, the alef of a
 * plural «أفعال», and long vowels. Two consonants are enough only beside an ending (مرة، مرات), else words collide.
 */
function consonants(word: string): string {
  const bare = word.replace(/^ال(?=...)/, '');
  const stem = bare.replace(/(?:ات|ين|ون|ه|ا)$/, '');
  const body = stem.replace(/^ا(?=.*[^اوي].*[^اوي].*[^اوي])/, '');
  const skeleton = body[0]! + body.slice(1).replace(/[اوي]/g, '');
  return skeleton.length >= 3 || (skeleton.length === 2 && stem !== bare) ? skeleton : `#${word}`;
}

const renderingsByTerms = new WeakMap<readonly QueryTerm[], readonly string[]>();

/** The question's renderings of its counted noun in the other language ("visitors" → «زوار»), read once per question. */
export function countedRenderings(counted: string | null, terms: readonly QueryTerm[]): readonly string[] {
  if (counted === null) return [];
  let renderings = renderingsByTerms.get(terms);
  if (!renderings) {
    const group = stemToken(counted);
    renderings = [...new Set(terms.filter((term) => term.translated && !term.paraphrase && term.group === group).map((term) => term.term))];
    renderingsByTerms.set(terms, renderings);
  }
  return renderings;
}
