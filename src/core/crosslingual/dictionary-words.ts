/**
 * Whether a word is a dictionary word (a headword of the offline lexicon in its
 * language, in any of its lookup forms), not a name, a code or a form the
 * lexicon lacks.
 */
import { WordMemo } from '../text/word-memo.js';
import { loadLexicon } from './lexicon.js';
import { arabicLookupCandidates, englishDerivedCandidates, englishLemmaCandidates } from './lexicon-forms.js';

/** The default dictionaries never change once loaded, so neither does a word's verdict: many steps ask it of the same words. */
const dictionaryWords = new WordMemo(dictionaryWord, 4096);

/** Whether a normalised word (or light stem) is a headword of the lexicon in its language, in any of its lookup forms. */
export function isDictionaryWord(word: string): boolean {
  return dictionaryWords.get(word);
}

function dictionaryWord(word: string): boolean {
  if (/[\u0600-\u06FF]/.test(word)) {
    const lexicon = loadLexicon('ar-en');
    return arabicLookupCandidates(word).some((form) => lexicon.has(form));
  }
  const lexicon = loadLexicon('en-ar');
  // A derived word the dictionary lists only through its base ("desalination": "desalinate") is still a word, not a name.
  return englishLemmaCandidates(word).some((form) => lexicon.has(form)) || englishDerivedCandidates(word).some((form) => lexicon.has(form));
}
