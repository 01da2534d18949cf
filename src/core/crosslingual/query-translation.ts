/**
 * Offline query translation for cross-lingual retrieval: an English question
 * becomes weighted Arabic search terms (and an Arabic question English terms),
 * using the FreeDict lexicon, the corpus's own vocabulary to choose senses, and
 * transliteration for names the lexicon lacks. The steps live in
 * translation-steps/, in the order they run here:
 *
 *  1. Lexicon: multi-word entries before single words, longest first; stop words
 *     (and question phrasing such as "how many") dropped; lemmatised lookup, the
 *     surface form first.
 *  2. Sense choice: a sense whose words never occur in the corpus is dropped (it
 *     cannot match); the rest share the source word's weight in proportion to how
 *     specific they are (inverse document frequency). When no sense occurs, a
 *     corpus word spelt almost like one stands in (الاوكسجين → الاكسجين), then the
 *     senses of a derivationally related word (national → nation), weighted down.
 *  2b. A lower-case word no form of which the lexicon knows may be a typing slip:
 *     the known words one edit away stand in, at the corrected-spelling credit
 *     (spelling-slips.ts).
 *  3. Names: capitalised words inside an English sentence and words the lexicon
 *     does not know are transliterated and matched against the vocabulary by
 *     character-bigram similarity (an n-gram index built once per vocabulary);
 *     all-capital acronyms are also spelt out letter by letter (HD → اتش دي).
 *  4. The source tokens themselves are returned too ('untranslated'): they still
 *     match numbers and Latin-script names in the other language's text.
 */
import type { QueryTranslation, TranslateOptions } from './translated-terms.js';
import { addCorrectedSpellingSenses, addDistributiveSenses, addRelatedWordSenses } from './translation-steps/english-fallbacks.js';
import { addArabicFallbackSenses } from './translation-steps/arabic-fallbacks.js';
import { addArabicCountedNounSenses } from './translation-steps/counted-noun.js';
import { addLexiconSenses } from './translation-steps/lexicon-senses.js';
import { addNamesAndUntranslated } from './translation-steps/names-and-numbers.js';
import { QueryTranslator } from './translation-steps/query-translator.js';
import { addVerbalNounSenses } from './translation-steps/verbal-nouns.js';
import type { CorpusVocabulary } from './vocabulary.js';

/**
 * Translates a question into weighted search terms in the other language,
 * keeping only what can match `vocabulary` (the indexed corpus).
 */
export function translateQuery(question: string, from: 'en' | 'ar', vocabulary: CorpusVocabulary, options: TranslateOptions = {}): QueryTranslation {
  const translator = new QueryTranslator(question, from, vocabulary, options);
  addLexiconSenses(translator);
  addArabicCountedNounSenses(translator);
  addDistributiveSenses(translator);
  addRelatedWordSenses(translator);
  addVerbalNounSenses(translator);
  addCorrectedSpellingSenses(translator);
  addArabicFallbackSenses(translator);
  const coverage = addNamesAndUntranslated(translator);
  return { terms: translator.terms, ...coverage };
}
