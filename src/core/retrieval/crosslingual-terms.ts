/**
 * Offline cross-lingual retrieval: an English question also searches with its
 * Arabic translation (lexicon senses, transliterated names), an Arabic question
 * with its English one, so articles without a translation are still reached.
 * Translations join the question word's own term group, so evidence counts a
 * word as found in either language.
 */
import { translateQuery } from '../crosslingual/query-translation.js';
import type { QueryTranslation } from '../crosslingual/translated-terms.js';
import type { CorpusVocabulary } from '../crosslingual/vocabulary.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { writtenCapitalised, writtenInLowerCase } from '../question/corpus-names.js';
import { otherLanguage, type Language } from '../text/language.js';
import { TUNING } from '../tuning.js';
import { normalizeText } from '../text/normalize.js';
import { writtenOut } from '../text/shorthand.js';
import { indexTerms, isArabicToken, rawTokens, stemToken } from '../text/tokenize.js';
import { senseRootMates } from './arabic-paraphrase.js';
import type { QueryTerm } from './query.js';

const vocabularies = new WeakMap<ParagraphIndex, CorpusVocabulary>();

/** The index's own words: translations are kept only when the corpus contains them. */
export function vocabularyOf(index: ParagraphIndex): CorpusVocabulary {
  let vocabulary = vocabularies.get(index);
  if (!vocabulary) {
    const keyword = index.keyword;
    vocabulary = {
      documentFrequency: (token) => keyword.surfaceDocumentFrequency(token),
      documentCount: keyword.entryCount,
      tokens: () => keyword.surfaceTokens(),
      writtenAsName: (token) => writtenCapitalised(index, token),
      writtenInLowerCase: (token) => writtenInLowerCase(index, token),
    };
    vocabularies.set(index, vocabulary);
  }
  return vocabulary;
}

const viewShares = new WeakMap<ParagraphIndex, Record<Language, number>>();

/** Share of the index's paragraphs readable in each language (original or translation view). */
export function languageViewShare(index: ParagraphIndex, language: Language): number {
  let shares = viewShares.get(index);
  if (!shares) {
    let total = 0;
    const readable = { ar: 0, en: 0 };
    for (const article of index.articles) {
      const paragraphs = article.paragraphs.length;
      total += paragraphs;
      readable[article.meta.language] += paragraphs;
      // A translated article's paragraphs all have a translation (see Article).
      if (article.translation) readable[otherLanguage(article.meta.language)] += paragraphs;
    }
    shares = { ar: readable.ar / Math.max(1, total), en: readable.en / Math.max(1, total) };
    viewShares.set(index, shares);
  }
  return shares[language];
}

/** Every paragraph has a view in the language: a word missing from the corpus in it is missing, not spelt otherwise. */
export function readsWhollyIn(index: ParagraphIndex, language: Language): boolean {
  return languageViewShare(index, language) >= 1;
}

export interface CrossLingualQuery {
  terms: QueryTerm[];
  /** The translated words as text, for the character n-gram and vector side of retrieval. */
  text: string;
  /**
   * How much the translation counts: the share of paragraphs NOT readable in the
   * question's language. Where every paragraph has a view in the question's
   * language, uncertain lexicon senses only add noise (XQuAD with the English view
   * loses Arabic r@1 when translations count fully: README, Evaluation).
   */
  weight: number;
  translation: QueryTranslation;
}

/**
 * A translated Arabic sense's root-mates in the corpus (arabic-paraphrase.ts), as evidence for its question word at
 * a root-mate's credit, as for an Arabic question's own word: a paragraph saying «هزم» holds the "defeat" the
 * lexicon rendered «الهزيمة». Evidence only, not searched (as the question's own root-mates: retriever.ts).
 */
function rootMateTerms(index: ParagraphIndex, sense: string, group: string, own: string): QueryTerm[] {
  const credit = TUNING.paraphrase.rootCredit;
  const stems = [...new Set(senseRootMates(index, sense).map(stemToken))].filter((stem) => stem !== own && index.keyword.documentFrequency(stem) > 0);
  return stems.map((stem) => ({ term: stem, weight: credit / stems.length, group, credit, paraphrase: true, translated: true }));
}

/**
 * The question's shorthand by the words the translator spelt it out into ("university" → "uni"), so their translations
 * join the group of the word the question holds; a word the question also writes itself keeps its own group.
 */
function shorthandByWord(question: string): Map<string, string> {
  const tokens = rawTokens(normalizeText(question));
  const byWord = new Map<string, string>();
  for (const token of tokens) {
    for (const word of writtenOut(token)?.split(' ') ?? []) if (!tokens.includes(word)) byWord.set(word, token);
  }
  return byWord;
}

/** The term group of a translation's source words: the shorthand they spell out, else the word, else the phrase. */
function sourceGroup(sourceTokens: string[], source: string, shorthand: Map<string, string>): string {
  const typed = sourceTokens.map((token) => shorthand.get(token));
  if (typed[0] !== undefined && typed.every((token) => token === typed[0])) return stemToken(typed[0]);
  return sourceTokens.length === 1 ? stemToken(sourceTokens[0]!) : source;
}

const EMPTY_TRANSLATION: QueryTranslation = { terms: [], sourceTokens: 0, coveredTokens: 0 };

export function crossLingualQuery(index: ParagraphIndex, question: string, from: Language): CrossLingualQuery {
  const weight = 1 - languageViewShare(index, from);
  if (weight < TUNING.retrieval.minTranslationShare) return { terms: [], text: '', weight: 0, translation: EMPTY_TRANSLATION };
  const translation = translateQuery(question, from, vocabularyOf(index));
  const terms: QueryTerm[] = [];
  const words: string[] = [];
  const shorthand = shorthandByWord(question);
  for (const translated of translation.terms) {
    if (translated.via === 'untranslated') continue; // already searched as the question's own words
    const sourceTokens = rawTokens(normalizeText(translated.source));
    const group = sourceGroup(sourceTokens, translated.source, shorthand);
    const stems = indexTerms(translated.term);
    const spelling = translated.via === 'transliteration' ? { spelledAs: translated.source } : {};
    for (const stem of stems) terms.push({ term: stem, weight: (weight * translated.weight) / stems.length, group, translated: true, ...spelling });
    words.push(translated.term);
    if (translated.via === 'lexicon' && stems.length === 1 && isArabicToken(translated.term)) terms.push(...rootMateTerms(index, translated.term, group, stems[0]!));
  }
  return { terms, text: words.join(' '), weight, translation };
}
