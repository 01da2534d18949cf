/**
 * The numbers of a yes/no question checked against a unit's: the same counted word in either language (a term group),
 * an Arabic dual of it counting two («جرعتين» "two doses"), a value of another size answering "no" and none leaving the
 * question open (verdict-quantities.ts compares). Broken plurals: knowledge/language/dual-nouns.tsv.
 */
import type { QueryTerm } from '../retrieval/query.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import type { Verdict } from '../types.js';
import { dualOf } from './values.js';
import { lengthsOf } from './verdict-ordinals.js';
import { compareQuantities, quantitiesOf, YEAR_NOUN, type Quantity } from './verdict-quantities.js';

let brokenPlurals: Map<string, string> | undefined;

/** «أسبوعين»: a noun whose plural is broken (dual-nouns.tsv) ends in «ـين» only as a dual; its singular or plural is the counted word. */
function brokenPluralDual(token: string, isCounted: (token: string) => boolean): boolean {
  brokenPlurals ??= new Map(languageTable('dual-nouns.tsv').map(([singular, , plural]) => [normalizeText(singular!), normalizeText(plural!)]));
  return withoutProclitics(token, 2).some((form) => {
    const plural = form.endsWith('ين') ? brokenPlurals!.get(form.slice(0, -2)) : undefined;
    return plural !== undefined && (isCounted(form.slice(0, -2)) || isCounted(plural));
  });
}

/** Whether a counted word of the question's and one of the passage's are one (the same word, or one term group in either language). */
export function sameNounIn(terms: readonly QueryTerm[]): (question: string | null, passage: string | null) => boolean {
  const groupOf = new Map(terms.map((term) => [term.term, term.group]));
  return (question, passage) =>
    question === null ? passage !== YEAR_NOUN : question === passage || (passage !== null && (groupOf.get(passage) ?? passage) === (groupOf.get(question) ?? question));
}

/** Whether the passage's word is another of the question's term groups than the question's word (the bank, not the shareholder). */
export function otherNounIn(terms: readonly QueryTerm[]): (question: string | null, passage: string | null) => boolean {
  const groupOf = new Map(terms.map((term) => [term.term, term.group]));
  return (question, passage) => question !== null && passage !== null && groupOf.has(passage) && groupOf.get(passage) !== (groupOf.get(question) ?? question);
}

export function byQuantities(verdict: Verdict, asked: Quantity[], texts: string[], passageTokens: readonly string[], terms: QueryTerm[]): Verdict {
  // A counted word is the same in either language when the question's word and the passage's share a term group;
  // a number the question gives alone ("more than five million?") is compared with every count, not with years.
  const sameNoun = sameNounIn(terms);
  const given = texts.flatMap((text) => [...quantitiesOf(text), ...lengthsOf(text)]);
  // «جرعتين» "two doses": the Arabic dual of a counted word the question names counts two of it (values.ts reads the
  // dual; the masculine «ـين» is left out there, as it also ends the sound plural «المهندسين», no count).
  for (const { noun } of asked) {
    if (noun === null || noun === YEAR_NOUN) continue;
    const isNoun = (form: string) => sameNoun(noun, stemToken(form));
    if (passageTokens.some((token) => isArabicToken(token) && (dualOf(token, isNoun) || brokenPluralDual(token, isNoun)))) given.push({ value: 2, noun, bound: null });
  }
  const comparison = compareQuantities(asked, given, sameNoun);
  return comparison === 'differs' ? 'no' : comparison === 'absent' ? 'not_said' : verdict;
}
