/**
 * People and outlets named in an article, found from how the text introduces
 * them rather than from a list of names: a title before a name («الرئيس
 * “…”», "President …"), a speech verb around it («وقال “…”:», "… said"), a full
 * name in quotation marks, or an outlet or organisation word («صحيفة “…”»,
 * "the newspaper …", "… Airlines"). The words are general press vocabulary,
 * in knowledge/language/name-context.tsv.
 */
import { normalizeText } from '../text/normalize.js';
import { isStopWord, rawTokens } from '../text/tokenize.js';
import type { Article, Paragraph } from '../types.js';
import { alternatives, capitalisedAlternatives, nameWords } from './name-words.js';

/** A paragraph's text in a language: its own in the article's language, else its rendering in the other (or null). */
export function textIn(article: Article, paragraph: Paragraph, lang: 'ar' | 'en'): string | null {
  return lang === article.meta.language ? paragraph.text : paragraph.translation;
}

export interface NamesFound {
  people: string[];
  organisations: string[];
}

const Q = '[“”"«»]';
const QUOTED = `${Q}([^“”"«»]{2,30})${Q}`;
const EN_NAME = "((?:[A-Z][\\p{L}'-]+\\s+){0,2}[A-Z][\\p{L}'-]+)";

interface Patterns {
  arabicPeople: RegExp[];
  arabicOutlets: RegExp[];
  englishPeople: RegExp[];
  englishOutlets: RegExp[];
  notNames: Set<string>;
}

let patterns: Patterns | null = null;

/** Built once from knowledge/language/name-context.tsv. */
function namePatterns(): Patterns {
  if (patterns) return patterns;
  const title = alternatives(nameWords('ar', 'title'));
  const verb = `(?:و)?${alternatives(nameWords('ar', 'speech'))}`;
  const englishTitle = capitalisedAlternatives(nameWords('en', 'title'));
  const englishVerb = alternatives(nameWords('en', 'speech'));
  patterns = {
    arabicPeople: [
      // «الرئيس “…”», «وزير المياه “…”»: up to two words of office between the title and the quoted name.
      new RegExp(`${title}(?:\\s+[^\\s“”"«»:،.]+){0,2}،?\\s*${QUOTED}`, 'gu'),
      new RegExp(`${title}\\s+([^\\s“”"«»،.:]+)`, 'gu'),
      new RegExp(`${verb}\\s*${QUOTED}(?=\\s*(?::|،|\\s(?:أن|إن|عن|على)\\s))`, 'gu'),
      new RegExp(`${verb}\\s+([^\\s“”"«»،.:]+)(?=\\s*:)`, 'gu'),
      new RegExp(QUOTED, 'gu'),
    ],
    arabicOutlets: [
      new RegExp(`${alternatives(nameWords('ar', 'outlet'))}\\s+${QUOTED}`, 'gu'),
      new RegExp(`(${alternatives(nameWords('ar', 'organisation_prefix'))}\\s+[^\\s“”"«»،.]+)`, 'gu'),
    ],
    englishPeople: [
      new RegExp(`\\b${englishTitle}\\.?\\s+${EN_NAME}`, 'gu'),
      new RegExp(`${EN_NAME}\\s+${englishVerb}\\b`, 'gu'),
      new RegExp(`\\b${englishVerb}\\s+${EN_NAME}`, 'gu'),
      new RegExp(`\\bAccording to ${EN_NAME}`, 'gu'),
    ],
    englishOutlets: [
      new RegExp(`\\b${alternatives(nameWords('en', 'outlet'))}\\s+((?:[A-Z][\\p{L}'-]+\\s?){1,3})`, 'gu'),
      new RegExp(`\\b((?:[A-Z][\\p{L}'-]+\\s+){1,3}${capitalisedAlternatives(nameWords('en', 'organisation_suffix'))})\\b`, 'gu'),
    ],
    notNames: new Set(nameWords('en', 'not_name')),
  };
  return patterns;
}

/**
 * A quoted Arabic phrase that can be a name: no function word, no definite
 * article on its first word. A bare quoted phrase must have none at all; after
 * a title or a speech verb a family name may carry one («سامر الحديدي»).
 */
function looksLikeArabicName(phrase: string, bare: boolean): boolean {
  const words = rawTokens(normalizeText(phrase));
  if (words.length === 0 || words.length > 4 || (bare && words.length < 2)) return false;
  return words.every(
    (word, index) => ((index > 0 && !bare) || (!word.startsWith('ال') && !word.startsWith('لل'))) && word !== 'غير' && !isStopWord(word) && !/\d/.test(word),
  );
}

function collect(text: string, patterns: RegExp[], accept: (name: string, pattern: number) => boolean, into: Set<string>): void {
  patterns.forEach((pattern, index) => {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]?.trim();
      if (name && accept(name, index)) into.add(name);
    }
  });
}

/** Titles and the words that never open a name, from name-context.tsv: asked for every name a unit holds, so built once. */
let leadingWords: Set<string> | null = null;

/** "Mayor Yerzhan Dosanov" → "Yerzhan Dosanov", "The Atlantic Freight Company" → "Atlantic Freight Company": titles and articles are not part of a name. */
export function withoutLeadingWords(name: string): string {
  leadingWords ??= new Set([...nameWords('en', 'title'), ...nameWords('en', 'not_name')]);
  const leading = leadingWords;
  const words = name.split(/\s+/u);
  while (words.length > 1 && leading.has(words[0]!.replace(/\.$/u, '').toLowerCase())) words.shift();
  return words.join(' ');
}

/** The people the press patterns find in `text`, as written (titles kept), that `accept` lets through, added to `into`. */
function collectPeople(text: string, lang: 'ar' | 'en', accept: (name: string) => boolean, into: Set<string>): void {
  const found = namePatterns();
  if (lang === 'ar') {
    // The last pattern (any quoted phrase) only counts full names: two words or more.
    const lastPattern = found.arabicPeople.length - 1;
    collect(text, found.arabicPeople, (name, index) => looksLikeArabicName(name, index === lastPattern) && accept(name), into);
  } else {
    collect(text, found.englishPeople, (name) => !found.notNames.has(name.split(/\s+/)[0]!.toLowerCase()) && accept(name), into);
  }
}

/** People a text names by how the press introduces them (a title, a speech verb, a quoted full name). */
export function peopleInText(text: string, lang: 'ar' | 'en'): string[] {
  const people = new Set<string>();
  collectPeople(text, lang, () => true, people);
  return [...people].map(withoutLeadingWords);
}

export function namesInArticle(article: Article, lang: 'ar' | 'en', isKnownPlaceOrOrganisation: (name: string) => boolean): NamesFound {
  const people = new Set<string>();
  const organisations = new Set<string>();
  for (const paragraph of article.paragraphs) {
    const text = textIn(article, paragraph, lang);
    if (!text) continue;
    const found = namePatterns();
    collect(text, lang === 'ar' ? found.arabicOutlets : found.englishOutlets, (name) => !isKnownPlaceOrOrganisation(name), organisations);
    collectPeople(text, lang, (name) => !isKnownPlaceOrOrganisation(name), people);
  }
  for (const organisation of organisations) people.delete(organisation);
  return { people: [...new Set([...people].map(withoutLeadingWords))], organisations: [...new Set([...organisations].map(withoutLeadingWords))] };
}
