/**
 * The share of the question's words a paragraph's section heading holds and the paragraph leaves unsaid. A report
 * heads its paragraphs on who pays with «## التمويل» and then writes «يساهم فيها البنك الدولي… بقروض», never the word
 * «تمويل» again; a question asking who funds it names the heading's word, not the paragraph's. The heading lends its
 * words to every paragraph under it, as an article's headline lends its names (carried-words.ts titleNames).
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { arabicRootKeys } from '../text/arabic-root.js';
import { indexTerms, isArabicToken } from '../text/tokenize.js';
import type { ArticleHead, ParagraphHead } from '../types.js';
import { carriedShare } from './carried-words.js';
import { groupPresence, keptTerms } from './evidence.js';
import type { QueryTerm } from './query.js';

interface HeadingWords {
  terms: Set<string>;
  /** Root keys of its Arabic words: «التمويل» is said in the question as «يمول» (arabic-root.ts). */
  roots: Set<string>;
}

/** The index terms of a paragraph's heading (both languages) and their root keys, kept per paragraph: a property of the text. */
const headingWordSets = new WeakMap<ParagraphHead, HeadingWords>();

function headingWords(paragraph: ParagraphHead): HeadingWords {
  let words = headingWordSets.get(paragraph);
  if (!words) {
    const terms = new Set([...indexTerms(paragraph.section ?? ''), ...indexTerms(paragraph.sectionTranslation ?? '')]);
    const roots = new Set([...terms].filter(isArabicToken).flatMap((term) => arabicRootKeys(term, true)));
    headingWordSets.set(paragraph, (words = { terms, roots }));
  }
  return words;
}

function headingHolds(heading: HeadingWords, term: string): boolean {
  if (heading.terms.has(term)) return true;
  return isArabicToken(term) && arabicRootKeys(term, true).some((key) => heading.roots.has(key));
}

const isOwnWord = (term: QueryTerm) => !term.translated;

/** The idf-weighted share (0..1) of the question's words that the paragraph's section heading holds and it lacks. */
export function sectionWords(index: ParagraphIndex, terms: QueryTerm[], article: ArticleHead, paragraph: ParagraphHead): number {
  if (!paragraph.section) return 0;
  const heading = headingWords(paragraph);
  if (heading.terms.size === 0) return 0;
  const keyword = index.keyword;
  const stems = index.paragraphStemIds(paragraph);
  const ownWordsOnly = article.translation !== null;
  const own = groupPresence(index, terms, (term) => stems.has(keyword.termId(term)), ownWordsOnly);
  // Only the question's own words: a heading is a few words, and a word read through the lexicon finds one by chance.
  const held = groupPresence(index, keptTerms(terms, isOwnWord, isOwnWord), (term) => headingHolds(heading, term), ownWordsOnly);
  return carriedShare({ own, before: held });
}
