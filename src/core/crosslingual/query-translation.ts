/**
 * Offline query translation for cross-lingual retrieval: an English question
 * becomes weighted Arabic search terms (and an Arabic question English terms),
 * using the FreeDict lexicon, the corpus's own vocabulary to choose senses, and
 * transliteration for names the lexicon lacks.
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
import { isFillerWord, isQuestionWord } from '../question/question-words.js';
import { languageMap } from '../text/language-data.js';
import { TUNING } from '../tuning.js';
import { normalizeText } from '../text/normalize.js';
import { isStopWord, rawTokens } from '../text/tokenize.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { englishAdverbCandidates, englishDerivedCandidates, englishInflectedCandidates } from './lexicon-forms.js';
import { lookupArabic, lookupEnglish, type LexiconMatch } from './lexicon-lookup.js';
import { keptSenses, respelledSenses, type SenseChoice } from './sense-choice.js';
import { slipCorrections } from './spelling-slips.js';
import type { NameIndex, NameMatch } from './transliteration/name-index.js';
import { nameIndex, senseFrequency, vocabularyIndex, type CorpusVocabulary, type VocabularyIndex } from './vocabulary.js';
import type { QueryTranslation, TranslatedTerm, TranslateOptions } from './translated-terms.js';
import { acronymSpellings, wordShapes, type WordShape } from './word-shapes.js';

/** Vocabulary tokens the word's transliterations reach, close to the best match. */
function nameTerms(token: string, names: NameIndex, vocabulary: CorpusVocabulary, options: Required<TranslateOptions>): NameMatch[] {
  const matches = names.match(token, { minSimilarity: options.minNameSimilarity, limit: options.maxNameMatches * 2 });
  const best = matches[0]?.similarity ?? 0;
  return matches
    .filter((match) => match.similarity >= best - options.nameMargin && vocabulary.documentFrequency(match.token) > 0)
    .slice(0, options.maxNameMatches);
}

/** Question phrasing that the stop-word list keeps but that never helps retrieval (question and filler words). */
const isQuestionPhrasing = (token: string): boolean => isQuestionWord(token) || isFillerWord(token);

const DEFAULTS: Required<TranslateOptions> = TUNING.translation;

let distributives: Map<string, string> | undefined;
/** "each", "every", "per" (knowledge/language/distributives.tsv). */
function isDistributive(token: string): boolean {
  distributives ??= languageMap('distributives.tsv');
  return distributives.has(token);
}

/** One question's translation, step by step: lexicon senses, related words, then names, acronyms and numbers. */
class QueryTranslator {
  readonly terms: TranslatedTerm[] = [];
  private readonly options: Required<TranslateOptions>;
  private readonly index: VocabularyIndex;
  private readonly tokens: string[];
  private readonly shapes: Map<string, WordShape>;
  private readonly lexicon: Lexicon;
  /** Token positions the lexicon has an entry for, and those one of whose senses occurs in the corpus. */
  private readonly known = new Set<number>();
  private readonly translated = new Set<number>();
  /** An English question typed without capitals ("who coached the broncos"): any word may be a name, as a capitalised one would be. */
  private readonly typedLowerCase: boolean;
  /** The names a word reaches at a similarity: a lower-case word's are asked by the spelling step and again by the names step. */
  private readonly nameMatches = new Map<string, NameMatch[]>();

  constructor(
    private readonly question: string,
    private readonly from: 'en' | 'ar',
    private readonly vocabulary: CorpusVocabulary,
    options: TranslateOptions,
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.index = vocabularyIndex(vocabulary);
    this.tokens = rawTokens(normalizeText(question));
    this.shapes = from === 'en' ? wordShapes(question) : new Map();
    this.typedLowerCase = from === 'en' && !/\p{Lu}/u.test(question);
    this.lexicon = loadLexicon(from === 'en' ? 'en-ar' : 'ar-en');
  }

  private isContent(token: string): boolean {
    return !isStopWord(token) && !isQuestionPhrasing(token) && /\p{L}/u.test(token);
  }

  private namesOf(token: string, minNameSimilarity: number): NameMatch[] {
    const key = `${minNameSimilarity} ${token}`;
    let found = this.nameMatches.get(key);
    if (!found) {
      found = nameTerms(token, nameIndex(this.vocabulary, this.from === 'en' ? 'ar' : 'latin'), this.vocabulary, { ...this.options, minNameSimilarity });
      this.nameMatches.set(key, found);
    }
    return found;
  }

  private addTerm(term: TranslatedTerm): void {
    const known = this.terms.find((existing) => existing.term === term.term && existing.via === term.via);
    if (known) known.weight = Math.max(known.weight, term.weight);
    else this.terms.push(term);
  }

  private addSenses(choices: SenseChoice[], source: string, scale: number): void {
    const total = choices.reduce((sum, { specificity }) => sum + specificity, 0);
    for (const { sense, specificity } of choices) {
      const share = total > 0 ? specificity / total : 1 / choices.length;
      this.addTerm({ term: sense, weight: scale * share, source, via: 'lexicon' });
    }
  }

  /** 1–2. Lexicon entries (multi-word first), their senses that occur in the corpus, else respelled ones. */
  lexiconSenses(): void {
    const contentTokens = this.tokens.map((token) => (isQuestionPhrasing(token) ? '' : token));
    const matches: LexiconMatch[] = this.from === 'en' ? lookupEnglish(contentTokens) : lookupArabic(contentTokens);
    for (const match of matches) {
      const source = this.tokens.slice(match.start, match.end).join(' ');
      for (let i = match.start; i < match.end; i += 1) this.known.add(i);
      let kept: SenseChoice[] = [];
      if (this.from === 'en') {
        // English: the form closest to the question's word (surface form, then its
        // lemmas) whose senses occur in the corpus. Arabic: every clitic reading of
        // the token is as likely as the next, so their senses are pooled.
        for (const headword of match.headwords) {
          kept = keptSenses(this.lexicon.senses(headword) ?? [], this.vocabulary, this.index, this.options.maxSenses);
          if (kept.length > 0) break;
        }
        if (kept.length === 0 && match.end - match.start === 1) kept = this.inflectedSenses(match.headwords);
      } else {
        kept = keptSenses(match.senses, this.vocabulary, this.index, this.options.maxSenses);
      }
      if (kept.length === 0) kept = respelledSenses(match.senses, this.vocabulary, this.options);
      if (kept.length === 0) continue;
      this.addSenses(kept, source, 1);
      for (let i = match.start; i < match.end; i += 1) this.translated.add(i);
    }
  }

  /**
   * The senses the dictionary gives an inflected form of the word's lemmas (water → "waters" → «المياه»): a
   * dictionary built partly by inverting the other direction lists many nouns only in the plural.
   */
  private inflectedSenses(headwords: readonly string[]): SenseChoice[] {
    const senses: string[] = [];
    for (const headword of headwords) {
      for (const form of englishInflectedCandidates(headword)) {
        for (const sense of this.lexicon.senses(form) ?? []) if (!senses.includes(sense)) senses.push(sense);
      }
    }
    return keptSenses(senses, this.vocabulary, this.index, this.options.maxSenses);
  }

  /**
   * "each year", "every month", "per day": the adverb the dictionary lists for the noun ("yearly" → «سنويا»), the
   * way an Arabic text says it, beside the noun's own senses.
   */
  distributiveSenses(): void {
    if (this.from !== 'en') return;
    this.tokens.forEach((token, position) => {
      if (position === 0 || !isDistributive(this.tokens[position - 1]!)) return;
      const senses = englishAdverbCandidates(token).flatMap((adverb) => this.lexicon.senses(adverb) ?? []);
      const kept = keptSenses(senses, this.vocabulary, this.index, this.options.maxSenses);
      if (kept.length === 0) return;
      this.addSenses(kept, token, 1);
      this.translated.add(position);
      this.known.add(position);
    });
  }

  /** English words whose own forms found nothing usable: the senses of derivationally related words. */
  relatedWordSenses(): void {
    if (this.from !== 'en') return;
    this.tokens.forEach((token, position) => {
      if (this.translated.has(position) || !this.isContent(token) || this.shapes.get(token)?.capitalised) return;
      const senses: string[] = [];
      const derived = englishDerivedCandidates(token, !this.known.has(position));
      for (const form of [...derived, ...derived.flatMap(englishInflectedCandidates)]) {
        for (const sense of this.lexicon.senses(form) ?? []) if (!senses.includes(sense)) senses.push(sense);
      }
      const kept = keptSenses(senses, this.vocabulary, this.index, this.options.maxSenses);
      if (kept.length === 0) return;
      this.addSenses(kept, token, this.options.derivedWeight);
      this.translated.add(position);
      this.known.add(position);
    });
  }

  /**
   * Lower-case English words neither the lexicon nor a related word knows: the senses of the known words one edit
   * away (a typing slip) whose senses occur in the corpus, the likeliest first (most corpus matches), at the
   * corrected-spelling credit. Capitalised words are left to the name matching.
   */
  correctedSpellingSenses(): void {
    if (this.from !== 'en') return;
    this.tokens.forEach((token, position) => {
      if (this.known.has(position) || this.translated.has(position) || !this.isContent(token) || this.shapes.get(token)?.capitalised) return;
      if (token.length < TUNING.paraphrase.minTypoLength || !/^[a-z]+$/.test(token)) return;
      const corrections = slipCorrections(token, this.lexicon, (senses) => keptSenses(senses, this.vocabulary, this.index, this.options.maxSenses));
      // A word the corpus spells as a name (a name typed without its capital) is that name, not a slip.
      if (corrections.length === 0 || this.namesOf(token, this.options.minLooseNameSimilarity).length > 0) return;
      for (const senses of corrections) this.addSenses(senses, token, TUNING.paraphrase.typoCredit / corrections.length);
      // Not marked known: an unknown lower-case word may still be a name typed without its capital, and is matched as one too.
      this.translated.add(position);
    });
  }

  /** 3–4. Names (transliterated), acronyms (spelt out), numbers, and the untranslated tokens; returns the coverage. */
  namesAndRest(): { sourceTokens: number; coveredTokens: number } {
    const { options, from } = this;
    const covered = new Set<number>();
    let sourceTokens = 0;
    this.tokens.forEach((token, position) => {
      // Numbers need no translation but are still searched: 1970s, 15th → 1970, 15.
      const number = /^(\d+)(?:s|st|nd|rd|th)$/.exec(token)?.[1] ?? (/^\p{N}+$/u.test(token) ? token : undefined);
      if (number !== undefined) {
        this.addTerm({ term: number, weight: options.untranslatedWeight, source: token, via: 'untranslated' });
        return;
      }
      if (!this.isContent(token)) return;
      sourceTokens += 1;
      const translated = this.translated.has(position);
      if (translated) covered.add(position);
      const shape = this.shapes.get(token);
      const nameLike = shape !== undefined && (shape.capitalised || (shape.sentenceInitial && !this.known.has(position)));
      // Names: capitalised words, and words the lexicon does not know at all.
      let minSimilarity: number | undefined;
      if (nameLike) minSimilarity = translated ? options.minLooseNameSimilarity : options.minNameSimilarity;
      else if (!this.known.has(position) || (from === 'ar' && !translated) || this.typedLowerCase) minSimilarity = options.minLooseNameSimilarity;
      if (minSimilarity !== undefined && token.length >= 3 && /^\p{L}+$/u.test(token)) {
        const found = this.namesOf(token, minSimilarity);
        for (const { token: target, similarity } of found) {
          this.addTerm({ term: target, weight: (options.nameWeight * similarity) / found.length, source: token, via: 'transliteration' });
        }
        if (found.length > 0) covered.add(position);
      }
      if (shape?.acronym && from === 'en') {
        const spelt = acronymSpellings(token).filter((spelling) => senseFrequency(spelling, this.vocabulary, this.index) > 0);
        for (const spelling of spelt) this.addTerm({ term: spelling, weight: options.nameWeight / spelt.length, source: token, via: 'transliteration' });
        if (spelt.length > 0) covered.add(position);
      }
      if (!translated || nameLike) this.addTerm({ term: token, weight: options.untranslatedWeight, source: token, via: 'untranslated' });
    });
    return { sourceTokens, coveredTokens: covered.size };
  }
}

/**
 * Translates a question into weighted search terms in the other language,
 * keeping only what can match `vocabulary` (the indexed corpus).
 */
export function translateQuery(question: string, from: 'en' | 'ar', vocabulary: CorpusVocabulary, options: TranslateOptions = {}): QueryTranslation {
  const translator = new QueryTranslator(question, from, vocabulary, options);
  translator.lexiconSenses();
  translator.distributiveSenses();
  translator.relatedWordSenses();
  translator.correctedSpellingSenses();
  const coverage = translator.namesAndRest();
  return { terms: translator.terms, ...coverage };
}
