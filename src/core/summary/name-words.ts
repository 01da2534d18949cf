/**
 * The words around names (knowledge/language/name-context.tsv): titles, speech
 * verbs, outlet nouns, organisation words and English openers that are never
 * a name, as lists and as regular-expression alternatives (longest first, so
 * «رئيس الوزراء» wins over «رئيس»).
 */
import { languageTable } from '../text/language-data.js';

export type NameRole = 'title' | 'speech' | 'outlet' | 'organisation_prefix' | 'organisation_suffix' | 'not_name';

export function nameWords(language: 'ar' | 'en', role: NameRole): string[] {
  return languageTable('name-context.tsv')
    .filter(([, lang, kind]) => lang === language && kind === role)
    .map(([form]) => form!);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `(?:a|b|c)` of the words, longest first; Arabic alef forms and "ل" joined as printed. */
export function alternatives(words: string[]): string {
  const forms = [...new Set(words)].sort((left, right) => right.length - left.length).map((word) => escape(word).replace(/[اأإآ]/gu, '[اأإآ]').replace(/ /gu, '\\s*'));
  return `(?:${forms.join('|')})`;
}

/** English words compared case-insensitively, first letter capitalised in text ("President"). */
export function capitalisedAlternatives(words: string[]): string {
  return alternatives(words.map((word) => word.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())));
}

/** Arabic words as printed with or without vowel marks («صرّح», «مضيفًا»): marks allowed after every letter. */
export function voweledAlternatives(words: string[]): string {
  const marks = '[\\u064B-\\u0652]*';
  const forms = [...new Set(words)]
    .sort((left, right) => right.length - left.length)
    .map((word) => Array.from(word, (character) => (character === ' ' ? '\\s*' : `${character.replace(/[اأإآ]/u, '[اأإآ]')}${marks}`)).join(''));
  return `(?:${forms.join('|')})`;
}
