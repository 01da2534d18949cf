/**
 * The corpus vocabulary that query translation chooses against: surface tokens
 * with their document frequencies, a stem table and the transliteration name
 * indexes, built once per vocabulary object (and dropped with it).
 */
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, isStopWord, rawTokens, stemToken } from '../text/tokenize.js';
import { arabicLookupCandidates, englishLemmaCandidates } from './lexicon-forms.js';
import { NameIndex, type NameMatch } from './transliteration/name-index.js';

export interface CorpusVocabulary {
  /** Normalised surface tokens (normalizeText + rawTokens, not stemmed) of the indexed text, with document frequency. */
  documentFrequency(token: string): number;
  readonly documentCount: number;
  /** All normalised surface tokens, for transliteration matching (may be large: index it by n-gram once). */
  tokens(): Iterable<string>;
  /**
   * Whether the corpus writes a Latin token as a name (with a capital inside sentences, never in lower case).
   * Absent (a plain text vocabulary): not known, and no transliteration is refused for it.
   */
  writtenAsName?(token: string): boolean;
  /** Whether the corpus writes a Latin token in lower case anywhere, or never with a capital (not a name there). */
  writtenInLowerCase?(token: string): boolean;
}

/** A plain in-memory vocabulary from documents' texts (tests, evaluation, small corpora). */
export class TextVocabulary implements CorpusVocabulary {
  private readonly df = new Map<string, number>();
  readonly documentCount: number;

  constructor(documents: Iterable<string>) {
    let count = 0;
    for (const text of documents) {
      count += 1;
      for (const token of new Set(rawTokens(normalizeText(text)))) this.df.set(token, (this.df.get(token) ?? 0) + 1);
    }
    this.documentCount = count;
  }

  documentFrequency(token: string): number {
    return this.df.get(token) ?? 0;
  }

  tokens(): Iterable<string> {
    return this.df.keys();
  }
}

export interface VocabularyIndex {
  /** Light stem (stemToken) → the highest document frequency of its surface forms (a lower bound). */
  stemFrequency: Map<string, number>;
  names: { ar?: NameIndex; latin?: NameIndex };
  tokens: string[];
}

const indexes = new WeakMap<CorpusVocabulary, VocabularyIndex>();

export function vocabularyIndex(vocabulary: CorpusVocabulary): VocabularyIndex {
  let index = indexes.get(vocabulary);
  if (index) return index;
  const stemFrequency = new Map<string, number>();
  const tokens: string[] = [];
  for (const token of vocabulary.tokens()) {
    tokens.push(token);
    const stem = stemToken(token);
    const df = vocabulary.documentFrequency(token);
    stemFrequency.set(stem, Math.max(stemFrequency.get(stem) ?? 0, df));
  }
  index = { stemFrequency, names: {}, tokens };
  indexes.set(vocabulary, index);
  return index;
}

export function nameIndex(vocabulary: CorpusVocabulary, script: 'ar' | 'latin'): NameIndex {
  const index = vocabularyIndex(vocabulary);
  let names = index.names[script];
  if (!names) {
    names = new NameIndex(script, index.tokens);
    index.names[script] = names;
  }
  return names;
}

/**
 * Document frequency of a word in the corpus: its surface form, else its
 * clitic-stripped / lemmatised forms, else its light stem.
 */
function wordFrequency(word: string, vocabulary: CorpusVocabulary, index: VocabularyIndex): number {
  const surface = vocabulary.documentFrequency(word);
  if (surface > 0) return surface;
  const forms = isArabicToken(word) ? arabicLookupCandidates(word) : englishLemmaCandidates(word);
  for (const form of forms) {
    const df = vocabulary.documentFrequency(form);
    if (df > 0) return df;
  }
  return index.stemFrequency.get(stemToken(word)) ?? 0;
}

/** Frequency of a (possibly multi-word) sense: every content word must occur; the rarest counts. */
export function senseFrequency(sense: string, vocabulary: CorpusVocabulary, index: VocabularyIndex): number {
  const words = sense.split(' ').filter((word) => !isStopWord(word));
  if (words.length === 0) return 0;
  let rarest = Infinity;
  for (const word of words) {
    const df = wordFrequency(word, vocabulary, index);
    if (df === 0) return 0;
    rarest = Math.min(rarest, df);
  }
  return rarest;
}

export function idf(df: number, documentCount: number): number {
  return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
}

/**
 * Corpus words spelt almost like `word` in its own script (a typo, a missing
 * letter: "kazakstan" → "kazakhstan"), most similar first, from the same
 * bigram index the name matcher uses.
 */
export function similarSpellings(vocabulary: CorpusVocabulary, word: string, minSimilarity: number, limit: number): NameMatch[] {
  return nameIndex(vocabulary, isArabicToken(word) ? 'ar' : 'latin').spelledLike(word, { minSimilarity, limit });
}
