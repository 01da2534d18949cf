/**
 * Paraphrase terms for a question's words, each checked against the corpus, so
 * a question finds a paragraph that says the same thing in other words:
 * - shorthand written out ("govt" → government) where the corpus lacks the short form
 *   or it is typed as an acronym (knowledge/language/shorthand-en.tsv);
 * - a spelling slip corrected ("kazakstan" → kazakhstan, «تعاوان» → تعاون) where
 *   the corpus lacks the word: the corpus words within one edit (two for long words);
 * - a dialect word written in Modern Standard Arabic (knowledge/language/dialect-msa.tsv);
 * - an Arabic word with or without an attached preposition («لتوكاييف» finds «توكاييف»);
 * - Arabic words of the same root (زار → زيارة، اتفق → الاتفاقية; dialect verb forms
 *   such as «بتدعم» meet «بدعم» the same way), at a lower credit, since unrelated
 *   words share roots too.
 * Each joins its word's term group, so evidence counts the word as found.
 */
import { distance } from 'fastest-levenshtein';
import { isDictionaryWord } from '../crosslingual/lexicon.js';
import { similarSpellings } from '../crosslingual/vocabulary.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { SHORT_PROCLITICS, withoutProclitics } from '../text/arabic-clitics.js';
import { arabicRootKey } from '../text/arabic-root.js';
import { languageMap } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import { vocabularyOf } from './crosslingual-terms.js';
import type { QueryTerm } from './query.js';

const rootTables = new WeakMap<ParagraphIndex, Map<string, string[]>>();

/** Root key → the index's Arabic stems with that root (built once per index). */
function rootsOf(index: ParagraphIndex): Map<string, string[]> {
  let roots = rootTables.get(index);
  if (roots) return roots;
  roots = new Map();
  const { terms, termFrequency } = index.keyword.tables;
  for (let id = 0; id < terms.size; id += 1) {
    if (termFrequency[id] === 0) continue;
    const stem = terms.at(id);
    if (!isArabicToken(stem)) continue;
    const key = arabicRootKey(stem);
    if (!key) continue;
    const list = roots.get(key);
    if (list) list.push(stem);
    else roots.set(key, [stem]);
  }
  rootTables.set(index, roots);
  return roots;
}

let shorthand: Map<string, string> | undefined;
let dialect: Map<string, string> | undefined;

export interface ParaphraseOptions {
  /** Words typed in capitals (acronyms): their shorthand is written out even when the corpus has the short form ("US"). */
  acronyms?: Set<string>;
}

/** Paraphrase terms for the question's content words (normalised tokens, in question order). */
export function paraphraseTerms(index: ParagraphIndex, words: string[], options: ParaphraseOptions = {}): QueryTerm[] {
  const keyword = index.keyword;
  const inCorpus = (token: string) => keyword.surfaceDocumentFrequency(token) > 0 || keyword.documentFrequency(stemToken(token)) > 0;
  const tuning = TUNING.paraphrase;
  shorthand ??= languageMap('shorthand-en.tsv');
  dialect ??= languageMap('dialect-msa.tsv');
  const terms: QueryTerm[] = [];
  const add = (group: string, words: string[], credit: number) => {
    const stems = [...new Set(words.flatMap((word) => word.split(' ').map(stemToken)))].filter((stem) => stem !== group && keyword.documentFrequency(stem) > 0);
    for (const stem of stems) terms.push({ term: stem, weight: credit / stems.length, group, credit, paraphrase: true });
  };
  for (const word of new Set(words)) {
    const group = stemToken(word);
    const known = inCorpus(word);
    const written = shorthand.get(word);
    if (written && (!known || options.acronyms?.has(word))) add(group, [written], 1);
    if (!known && word.length >= tuning.minTypoLength && !/\d/.test(word)) {
      const maxEdits = word.length >= tuning.twoEditLength ? 2 : 1;
      const near = similarSpellings(vocabularyOf(index), word, tuning.typoSimilarity, 8).filter((match) => distance(match.token, word) <= maxEdits);
      if (near.length > 0) add(group, near.slice(0, 2).map((match) => match.token), tuning.typoCredit);
    }
    if (isArabicToken(word)) {
      // A dialect word finds its standard counterparts (عايز → يريد).
      const standard = withoutProclitics(word, 2).flatMap((form) => dialect!.get(form)?.split('|') ?? []);
      if (standard.length > 0) add(group, standard.map((form) => normalizeText(form)), tuning.dialectCredit);
      // The same word with or without an attached preposition the light stemmer keeps (لتوكاييف, لكازاخستان).
      const bare = withoutProclitics(word, 3).slice(1);
      add(group, [...bare, ...SHORT_PROCLITICS.map((clitic) => `${clitic}${group}`)].filter(inCorpus), 1);
      // Roots relate words of the language, not names (بوتين is no relative of بيت).
      const key = isDictionaryWord(word) ? arabicRootKey(word) : null;
      const related = key ? (rootsOf(index).get(key) ?? []).filter(isDictionaryWord) : [];
      if (related.length > 0 && related.length <= tuning.maxRootStems) add(group, related, tuning.rootCredit);
    }
  }
  return terms;
}
