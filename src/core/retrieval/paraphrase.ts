/**
 * Paraphrase terms for a question's words, each checked against the corpus, so
 * a question finds a paragraph that says the same thing in other words:
 * - shorthand written out ("govt" → government) where the corpus lacks the short form
 *   or it is typed as an acronym (knowledge/language/shorthand-en.tsv);
 * - a spelling slip corrected ("kazakstan" → kazakhstan, «تعاوان» → تعاون) where
 *   the corpus lacks the word: the corpus words within one edit (two for long words; Arabic sooner, its
 *   foreign names written with or without long vowels), or with two neighbouring letters swapped back
 *   ("bugdet" → budget, «مدسرة» → مدرسة); an English word the dictionary lists to its own base form ("fined" →
 *   fine) or other spelling, other corpus words within a slip of it counted a little, unsearched;
 * - an English word the corpus lacks, in the words sharing its Arabic senses (english-synonyms.ts);
 * - an English verb's noun and a noun's verb ("compensated": compensation; text/english-derivations.ts);
 * - an English verb's synonyms in its usual sense ("talk": speak; text/english-verb-synonyms.ts);
 * - the nouns the adjective of a "how" question is a value of ("how hot": temperature; text/english-attributes.ts);
 * - a country's other words, its name for its people's and back, in either language ("Vietnam" ↔ "Vietnamese",
 *   "Jordanian" → «الأردنية»; text/country-forms.ts);
 * - for Arabic words, dialect read as MSA, attached prepositions, root-mates and
 *   thesaurus synonyms (arabic-paraphrase.ts), root-mates and synonyms at a lower
 *   credit, since unrelated words share roots too.
 * Each joins its word's term group, so evidence counts the word as found.
 */
import { distance } from 'fastest-levenshtein';
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { englishLemmaCandidates } from '../crosslingual/lexicon-forms.js';
import { similarSpellings } from '../crosslingual/vocabulary.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { otherCountryForms } from '../text/country-forms.js';
import { measuredAttributes } from '../text/english-attributes.js';
import { derivationMates } from '../text/english-derivations.js';
import { verbSynonyms } from '../text/english-verb-synonyms.js';
import { opensFutureMarker } from '../question/future-tense.js';
import { writtenOut } from '../text/shorthand.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import { arabicParaphrases } from './arabic-paraphrase.js';
import { languageViewShare, vocabularyOf } from './crosslingual-terms.js';
import { roundTripSynonyms } from './english-synonyms.js';
import type { QueryTerm } from './query.js';


export interface ParaphraseOptions {
  /** Words typed in capitals (acronyms): their shorthand is written out even when the corpus has the short form ("US"). */
  acronyms?: Set<string>;
  /** A word known to be a word of the language though no dictionary lists it (a cost question's «كلفت»): its root-mates are sought too. */
  knownWord?: string | null;
  /** The adjective a "how" question grades ("hot"): the nouns it is a value of are searched too ("temperature"). */
  graded?: string | null;
}

/** Paraphrase terms for the question's content words (normalised tokens, in question order). */
export function paraphraseTerms(index: ParagraphIndex, words: readonly string[], options: ParaphraseOptions = {}): QueryTerm[] {
  const keyword = index.keyword;
  const inCorpus = (token: string) => keyword.surfaceDocumentFrequency(token) > 0 || keyword.documentFrequency(stemToken(token)) > 0;
  const tuning = TUNING.paraphrase;
  const terms: QueryTerm[] = [];
  const add = (group: string, words: string[], credit: number, searched: Pick<QueryTerm, 'corrected' | 'standard' | 'synonym' | 'sameSense'> = {}) => {
    const stems = [...new Set(words.flatMap((word) => word.split(' ').map(stemToken)))].filter((stem) => stem !== group && keyword.documentFrequency(stem) > 0);
    for (const stem of stems) terms.push({ term: stem, weight: credit / stems.length, group, credit, paraphrase: true, ...searched });
  };
  for (const word of new Set(words)) {
    const group = stemToken(word);
    const known = inCorpus(word);
    const written = writtenOut(word);
    // Written out, shorthand the corpus lacks is the user's own word: searched like it ("hrs": "hours"). An acronym the
    // corpus writes ("US") is searched as written; its expansion only counts as evidence.
    if (written && (!known || options.acronyms?.has(word))) add(group, [written], 1, known ? {} : { standard: true });
    if (!known && word.length >= tuning.minTypoLength && !/\d/.test(word)) {
      const maxEdits = word.length >= (isArabicToken(word) ? tuning.arabicTwoEditLength : tuning.twoEditLength) ? 2 : 1;
      const near = similarSpellings(vocabularyOf(index), word, tuning.typoSimilarity, 8).filter((match) => distance(match.token, word) <= maxEdits).map((match) => match.token);
      // Two neighbouring letters typed in each other's place share too few letter pairs with the word meant for the
      // near spellings above, and count two edits there: they are looked up as they are.
      const swapped = neighboursSwapped(word).filter((form) => keyword.surfaceDocumentFrequency(form) > 0);
      // An English word the dictionary lists is seldom a slip ("season" the corpus lacks is not "reason" it holds): its
      // own base form ("fined", stemmed "fin", is "fine") or its other spelling ("center", "centre") is meant.
      const meant = isArabicToken(word) || !isDictionaryWord(word) ? null : new Set(englishLemmaCandidates(word).map(britishAmerican));
      const nearest = [...new Set([...near.slice(0, 2), ...swapped])];
      const corrections = nearest.filter((form) => !meant || meant.has(britishAmerican(form))).slice(0, 2);
      if (corrections.length > 0) add(group, corrections, tuning.typoCredit, { corrected: true });
      // The other words within a slip of a dictionary word may still be meant ("affect" for "effect"): a little, unsearched.
      const others = meant ? nearest.filter((form) => !corrections.includes(form)).slice(0, 2) : [];
      if (others.length > 0) add(group, others, tuning.dictionarySlipCredit);
    }
    // An English word the corpus lacks, in the words the lexicon gives its Arabic senses ("replaced": "alternative"); not
    // looked up where no paragraph reads in English.
    if (!known && !isArabicToken(word) && word.length >= tuning.minTypoLength && !/\d/.test(word) && languageViewShare(index, 'en') > 0) add(group, roundTripSynonyms(word), tuning.roundTripCredit, { synonym: true });
    // The same deed in the other part of speech ("compensated": "compensation"), whether or not the corpus holds the
    // word: evidence, not searched (searched, it lost XQuAD-dev English r@1; README, Measured).
    if (!isArabicToken(word)) add(group, derivationMates(word), tuning.derivationCredit);
    // A verb's synonym in its usual sense ("talking about": "speaking about"): evidence, not searched. A word opening a
    // future marker ("going to", "plans to") tells when, not the deed: it draws none ("going" is not "travelling").
    if (!isArabicToken(word) && !opensFutureMarker(word)) add(group, verbSynonyms(word), tuning.verbSynonymCredit, { sameSense: true });
    if (word === options.graded) add(group, measuredAttributes(word) ?? [], tuning.attributeCredit, { synonym: true });
    const countryForms = otherCountryForms(word);
    if (countryForms.length > 0) add(group, countryForms, tuning.countryFormCredit);
    if (isArabicToken(word)) for (const paraphrase of arabicParaphrases(index, word, group, known, inCorpus, word === options.knownWord)) add(group, paraphrase.words, paraphrase.credit, paraphrase.standard ? { standard: true } : {});
  }
  return terms;
}

/**
 * One spelling for a word's British and American forms (centre center, colour color, organise organize, analyse
 * analyze, travelled traveled, defence defense, catalogue catalog), so a correction to the other spelling is kept.
 */
function britishAmerican(word: string): string {
  return word.replace(/our/g, 'or').replace(/is(e|ed|es|ing|ation)$/, 'iz$1').replace(/yse$/, 'yze').replace(/([^aeiou])re(s?)$/, '$1er$2').replace(/ll(ed|ing|er)$/, 'l$1').replace(/ence$/, 'ense').replace(/ogue$/, 'og');
}

/** The forms of a word with two neighbouring letters swapped (a slip of the keyboard undone), the word itself left out. */
function neighboursSwapped(word: string): string[] {
  const forms: string[] = [];
  for (let position = 0; position + 1 < word.length; position += 1) {
    if (word[position] === word[position + 1]) continue;
    forms.push(`${word.slice(0, position)}${word[position + 1]}${word[position]}${word.slice(position + 2)}`);
  }
  return forms;
}
