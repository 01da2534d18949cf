/**
 * The offline English–Arabic lexicon (FreeDict, see knowledge/lexicon/README.md):
 * its files loaded on first use. Lookup forms are in lexicon-forms.ts, token lookup
 * in lexicon-lookup.ts, whether a word is a headword in dictionary-words.ts.
 *
 * Both files are loaded on first use and cached for the life of the process.
 * Headwords and senses are in normalizeText form; English headwords are tokens
 * joined by single spaces ("guinea pig", "able bodied").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryPath } from '../repository-files.js';
import { gunzipSync } from 'node:zlib';
import { stemArabic } from '../text/tokenize.js';
import { englishUsualWords, pressWords } from './added-senses.js';
import { HeadwordLines } from './headword-lines.js';

export type LexiconDirection = 'en-ar' | 'ar-en';

export const DEFAULT_LEXICON_DIR = repositoryPath('knowledge', 'lexicon');

/** Multi-word headwords longer than this are never tried (there are almost none). */
const MAX_MATCH_TOKENS = 5;

export class Lexicon {
  /** Arabic only: light stem of a headword → headwords, the last-resort lookup. */
  private stemIndex: Map<string, string[]> | undefined;
  private singleWords: Set<string> | undefined;
  readonly maxHeadwordTokens: number;

  private constructor(
    readonly direction: LexiconDirection,
    private readonly lines: HeadwordLines,
    /** Headword → senses read before the dictionary's own (the press words FreeDict's Arabic side lacks). */
    private readonly added: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.maxHeadwordTokens = Math.min(lines.maxWords, MAX_MATCH_TOKENS);
  }

  get size(): number {
    return this.lines.size;
  }

  /** Senses of an exact (normalised) headword, in dictionary order. */
  senses(headword: string): readonly string[] | undefined {
    // The built files have no empty fields; a hand-edited one may.
    const own = this.lines.sensesText(headword)?.split('\t').filter(Boolean);
    const added = this.added.get(headword);
    if (!added) return own;
    return [...added, ...(own ?? []).filter((sense) => !added.includes(sense))];
  }

  /** The senses read before the dictionary's for a headword (the press list's and the everyday words' usual renderings), in their order. */
  usualSenses(headword: string): readonly string[] {
    return this.added.get(headword) ?? [];
  }

  has(headword: string): boolean {
    return this.lines.sensesText(headword) !== undefined || this.added.has(headword);
  }

  /** Every headword: the dictionary's, then the added ones it lacks. */
  private *allHeadwords(): Generator<string> {
    yield* this.lines.headwords();
    for (const headword of this.added.keys()) if (this.lines.sensesText(headword) === undefined) yield headword;
  }

  /**
   * Whether a single word is a headword, from a set built on first use: a spelling slip's neighbours are
   * hundreds of forms per word, each answered at once by a set where a binary search reads several lines (sensesText).
   */
  hasWord(word: string): boolean {
    this.singleWords ??= new Set([...this.allHeadwords()].filter((headword) => !headword.includes(' ')));
    return this.singleWords.has(word);
  }

  /** Headwords whose light Arabic stem equals `stem` (single-word headwords only). */
  headwordsWithStem(stem: string): readonly string[] {
    if (!this.stemIndex) {
      this.stemIndex = new Map();
      for (const headword of this.allHeadwords()) {
        if (headword.includes(' ')) continue;
        const key = stemArabic(headword);
        const list = this.stemIndex.get(key);
        if (list) list.push(headword);
        else this.stemIndex.set(key, [headword]);
      }
    }
    return this.stemIndex.get(stem) ?? [];
  }

  /**
   * The same dictionary with more senses read first, made from its own (`more` reads the dictionary's senses of a
   * headword, without the added ones): the everyday senses only a translation reads (translation-lexicon.ts).
   */
  withSenses(more: (ownSenses: (headword: string) => readonly string[] | undefined) => ReadonlyMap<string, readonly string[]>): Lexicon {
    const added = new Map(this.added);
    for (const [headword, senses] of more((headword) => this.lines.sensesText(headword)?.split('\t').filter(Boolean))) {
      const known = added.get(headword) ?? [];
      added.set(headword, [...known, ...senses.filter((sense) => !known.includes(sense))]);
    }
    return new Lexicon(this.direction, this.lines, added);
  }

  /** Parses the TSV format written by scripts/build-lexicon.ts (see headword-lines.ts for what a hand-edited file may hold). */
  static parse(direction: LexiconDirection, text: string, added?: ReadonlyMap<string, readonly string[]>): Lexicon {
    return new Lexicon(direction, HeadwordLines.scan(text), added);
  }
}

const cache = new Map<string, Lexicon>();

/** The default dictionaries by direction: the common call, answered without building a key string. */
const defaults: Partial<Record<LexiconDirection, Lexicon>> = {};

/**
 * The lexicon for one direction, read from `dir` (en-ar.tsv or en-ar.tsv.gz…) on
 * first use and cached per process.
 */
export function loadLexicon(direction: LexiconDirection, dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  if (dir === DEFAULT_LEXICON_DIR) return (defaults[direction] ??= loadLexiconFrom(direction, dir));
  return loadLexiconFrom(direction, dir);
}

function loadLexiconFrom(direction: LexiconDirection, dir: string): Lexicon {
  const key = `${direction}\u0000${dir}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const plain = join(dir, `${direction}.tsv`);
  let text: string;
  if (existsSync(plain)) text = readFileSync(plain, 'utf8');
  else if (existsSync(`${plain}.gz`)) text = gunzipSync(readFileSync(`${plain}.gz`)).toString('utf8');
  else throw new Error(`Lexicon not found: ${plain}(.gz). Run npm run build-lexicon.`);
  const lexicon = Lexicon.parse(direction, text, direction === 'ar-en' ? pressWords() : englishUsualWords());
  cache.set(key, lexicon);
  return lexicon;
}
