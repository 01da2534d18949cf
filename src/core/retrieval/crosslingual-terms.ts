/**
 * Offline cross-lingual retrieval: an English question also searches with its
 * Arabic translation (lexicon senses, transliterated names), an Arabic question
 * with its English one, so articles without a translation are still reached.
 * Translations join the question word's own term group, so evidence counts a
 * word as found in either language.
 */
import { translateQuery, type CorpusVocabulary, type QueryTranslation } from '../crosslingual/query-translation.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import { indexTerms, rawTokens, stemToken } from '../text/tokenize.js';
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
    };
    vocabularies.set(index, vocabulary);
  }
  return vocabulary;
}

export interface CrossLingualQuery {
  terms: QueryTerm[];
  /** The translated words as text, for the character n-gram and vector side of retrieval. */
  text: string;
  translation: QueryTranslation;
}

export function crossLingualQuery(index: ParagraphIndex, question: string, from: Language): CrossLingualQuery {
  const translation = translateQuery(question, from, vocabularyOf(index));
  const terms: QueryTerm[] = [];
  const words: string[] = [];
  for (const translated of translation.terms) {
    if (translated.via === 'untranslated') continue; // already searched as the question's own words
    const sourceTokens = rawTokens(normalizeText(translated.source));
    const group = sourceTokens.length === 1 ? stemToken(sourceTokens[0]!) : translated.source;
    const stems = indexTerms(translated.term);
    for (const stem of stems) terms.push({ term: stem, weight: translated.weight / stems.length, group, translated: true });
    words.push(translated.term);
  }
  return { terms, text: words.join(' '), translation };
}
