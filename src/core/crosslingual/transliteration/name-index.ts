/**
 * Finding a name's spellings in a corpus vocabulary: every candidate (the
 * transliterations of a word, or the word itself) is compared with the
 * vocabulary on matching keys, through an index of their bigrams
 * (key-bigram-index.ts); answers are kept per word and options.
 */
import { normalizeText } from '../../text/normalize.js';
import { ARABIC_TOKEN, scoredArabicCandidates } from './arabic-to-latin.js';
import type { ScoredCandidate } from './candidates.js';
import { KeyBigramIndex, type NameMatch, type NameMatchOptions } from './key-bigram-index.js';
import { LATIN_TOKEN, scoredLatinCandidates } from './latin-to-arabic.js';
import { arabicVariants, latinVariants } from './name-variants.js';

export type { NameMatch } from './key-bigram-index.js';

/** A vocabulary's bigram index, queried with a word's transliterations (or its own spelling). */
export class NameIndex extends KeyBigramIndex {
  private readonly cache = new Map<string, NameMatch[]>();

  /**
   * Transliterates `word` into this index's script and returns the best-matching
   * vocabulary tokens: a Latin word against an Arabic index, or the reverse. A word
   * already in the index's script is matched as it is (spelling variants).
   */
  match(word: string, options: NameMatchOptions = {}): NameMatch[] {
    return this.cached(`match\u0000${word}`, options, () => this.matchUncached(word, options));
  }

  /**
   * As match(), but an Arabic word is transliterated whole, its first letters kept even where they read as proclitics:
   * the «ال» of «الماتي» (Almaty) belongs to the name.
   */
  matchWhole(word: string, options: NameMatchOptions = {}): NameMatch[] {
    const normalised = normalizeText(word);
    if (this.script === 'ar' || !ARABIC_TOKEN.test(normalised)) return this.match(word, options);
    return this.cached(`whole\u0000${word}`, options, () => this.search(scoredArabicCandidates(normalised, (options.candidates ?? 12) * 2), options));
  }

  /** Vocabulary tokens spelt like `word` itself (a slip of the keyboard), as search([word]) finds them; kept like match(). */
  spelledLike(word: string, options: NameMatchOptions = {}): NameMatch[] {
    return this.cached(`spelling\u0000${word}`, options, () => this.search([word], options));
  }

  private cached(key: string, options: NameMatchOptions, find: () => NameMatch[]): NameMatch[] {
    const cacheKey = [key, options.minSimilarity, options.limit, options.candidates, options.costPenalty].join('\u0000');
    let matches = this.cache.get(cacheKey);
    if (!matches) {
      matches = find();
      if (this.cache.size >= 10_000) this.cache.clear();
      this.cache.set(cacheKey, matches);
    }
    return matches.map((match) => ({ ...match }));
  }

  private matchUncached(word: string, options: NameMatchOptions): NameMatch[] {
    const normalised = normalizeText(word);
    const count = options.candidates ?? 12;
    const candidates: (string | ScoredCandidate)[] = [];
    if (this.script === 'ar') {
      if (ARABIC_TOKEN.test(normalised)) candidates.push(...arabicVariants(normalised));
      else for (const variant of latinVariants(normalised)) candidates.push(...scoredLatinCandidates(variant, count));
    } else if (LATIN_TOKEN.test(normalised)) {
      candidates.push(...latinVariants(normalised));
    } else {
      // Proclitics are stripped first: لبوتين → بوتين.
      for (const variant of arabicVariants(normalised)) candidates.push(...scoredArabicCandidates(variant, count * 2));
    }
    return this.search(candidates, options);
  }
}
