/**
 * The Arabic half of paraphrase matching (paraphrase.ts): for one question word,
 * the corpus words that may say the same thing, each with how much finding it
 * counts as finding the word.
 * - dialect: the word's MSA counterparts (knowledge/language/dialect-msa.tsv) and,
 *   for a word the corpus lacks, its dialect verb morphology read back to MSA
 *   (بيقول → يقول، انشغل → شغل: dialect-forms.ts);
 * - the word with or without an attached preposition the light stemmer keeps;
 * - the same verb in another person or tense (يقع → تقع، نشرت → تنشر: arabic-conjugation.ts),
 *   read from the word as typed, from the verb under its dialect prefix (بتتعامل → تتعامل → تعامل)
 *   and from its MSA readings;
 * - root-mates: corpus words sharing a root key (زار، زيارة، الزيارات; يزور
 *   meets them too, arabic-root.ts), at a lower credit, since unrelated words
 *   share roots too. Roots relate words of the language, not names (بوتين is no
 *   relative of بيت), so they start only from dictionary words, and from broken
 *   plurals of long patterns the dictionary lists only in the singular (مواليد).
 *   Pattern roots (arabic-patterns.ts) let a plural meet its singular (ملوك، ملك).
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { accusativeForms, accusativeNoun } from '../text/accusative.js';
import { SHORT_PROCLITICS, withoutProclitics } from '../text/arabic-clitics.js';
import { fitsLongPattern } from '../text/arabic-patterns.js';
import { arabicRootKeys } from '../text/arabic-root.js';
import { conjugationForms } from '../text/arabic-conjugation.js';
import { isPlaceName } from '../text/place-names.js';
import { dialectListForms, dialectStandardMap, dialectVerbForms, verbUnderDialectPrefix } from '../text/dialect-forms.js';
import { languageMap } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';

const rootTables = new WeakMap<ParagraphIndex, Map<string, string[]>>();

/** Root key → the index's Arabic dictionary stems with that key (built once per index). */
function rootsOf(index: ParagraphIndex): Map<string, string[]> {
  let roots = rootTables.get(index);
  if (roots) return roots;
  roots = new Map();
  const { terms, termFrequency } = index.keyword.tables;
  for (let id = 0; id < terms.size; id += 1) {
    if (termFrequency[id] === 0) continue;
    const stem = terms.at(id);
    if (!isArabicToken(stem)) continue;
    for (const key of arabicRootKeys(stem, true)) {
      const list = roots.get(key);
      if (list) list.push(stem);
      else roots.set(key, [stem]);
    }
  }
  rootTables.set(index, roots);
  return roots;
}

let sharedWithStandard: Set<string> | undefined;

/**
 * MSA readings of a word's dialect forms: searched ones, and those of forms that are MSA words of another sense too
 * (evidence only). `marked` are verbs found under a dialect-only prefix (verbUnderDialectPrefix): dialect for certain,
 * so even a stem MSA shares is read in its dialect sense, and searched («حتقعد» → «تقعد» → «قعد» → «استمر»).
 */
function standardReadings(forms: string[], marked: string[]): { searched: string[]; evidence: string[]; ofMarked: string[] } {
  const dialect = dialectStandardMap();
  sharedWithStandard ??= new Set([...languageMap('dialect-msa.tsv', 3)].filter(([, flag]) => flag === 'msa').map(([form]) => form));
  const searched: string[] = [];
  const evidence: string[] = [];
  const ofMarked: string[] = [];
  const sources = [...forms.map((form) => ({ source: form, dialectOnly: false })), ...marked.map((form) => ({ source: form, dialectOnly: true }))];
  for (const { source, dialectOnly } of sources) {
    for (const { form, ending, reshaped } of dialectListForms(source, { present: true })) {
      const shared = sharedWithStandard.has(form) && !dialectOnly;
      // A form that is an MSA word too is read only as written: «عرفت» is MSA «عرف» inflected, not dialect.
      if ((ending || reshaped) && shared) continue;
      // A one-word reading takes back the ending the listed form was found without (اتجوزت → تزوج، تزوجت).
      const readings = (dialect.get(form)?.split('|') ?? []).flatMap((reading) => (ending && !reading.includes(' ') ? [reading, `${reading}${ending}`] : [reading]));
      (shared ? evidence : searched).push(...readings.map((reading) => normalizeText(reading)));
      if (dialectOnly) ofMarked.push(...readings.map((reading) => normalizeText(reading)));
    }
  }
  return { searched: [...new Set(searched)], evidence: [...new Set(evidence)], ofMarked: [...new Set(ofMarked)] };
}

export interface ArabicParaphrase {
  words: string[];
  credit: number;
  /** MSA readings of a dialect word: searched, not only counted as evidence. */
  standard?: boolean;
}

/**
 * Root-mates of the given dictionary words in the corpus (none when a root is too common to mean anything); with
 * `strongOnly`, through root keys without a folded weak radical only; with `accusatives`, a corpus word that is a
 * dictionary noun under the accusative alef (accusative.ts) is a mate too.
 */
function rootMates(index: ParagraphIndex, words: string[], strongOnly = false, accusatives = false): string[] {
  const mates = new Set<string>();
  for (const word of words) {
    for (const key of arabicRootKeys(word)) {
      if (strongOnly && key.includes('*')) continue;
      const related = (rootsOf(index).get(key) ?? []).filter((stem) => isLanguageWord(stem) || (accusatives && accusativeNoun(stem) !== null));
      if (related.length <= TUNING.paraphrase.maxRootStems) for (const stem of related) mates.add(stem);
    }
  }
  return [...mates];
}

/**
 * The corpus words sharing a root with an Arabic word a question was translated into (a lexicon sense: crosslingual-terms.ts).
 * The dictionary gives one form («الهزيمة», «كلف», «المنطقة») where the report that answers may write another of
 * the same root (the verb «هزم», the verbal noun «تكلفة», the plural «المناطق»). Only roots of three strong
 * radicals (or four): a weak radical folded into the key relates too many unrelated words («اثار»: «ثورة»; «مئة»:
 * «آية») for a word that is already a guess at the question's. A corpus word read under the accusative alef its
 * tanween leaves («راتبا»: «راتب») counts as the dictionary noun under it: the lexicon's «الرواتب» (salary) is also
 * the «يتقاضى راتبًا» of the report that answers.
 */
export function senseRootMates(index: ParagraphIndex, sense: string): string[] {
  return isLanguageWord(sense) ? rootMates(index, [sense], true, true) : [];
}

/** A word roots may relate: one the dictionary lists, or a broken plural of a pattern it lists only the singular of. */
const isLanguageWord = (word: string) => isDictionaryWord(word) || fitsLongPattern(word);

export function arabicParaphrases(index: ParagraphIndex, word: string, group: string, known: boolean, inCorpus: (token: string) => boolean, languageWord = false): ArabicParaphrase[] {
  const tuning = TUNING.paraphrase;
  const forms = withoutProclitics(word, 2);
  // A word the corpus lacks may be a dialect verb: its MSA readings join it.
  const verbForms = known ? [] : forms.flatMap((form) => dialectVerbForms(form));
  const marked = known ? [] : forms.map(verbUnderDialectPrefix).filter((verb): verb is string => verb !== null);
  const standard = standardReadings([...forms, ...verbForms], marked);
  const dictionaryForms = [word, ...verbForms, ...standard.searched, ...standard.evidence].filter((form) => isLanguageWord(form) || (languageWord && form === word));
  const readings = [...verbForms.filter(inCorpus), ...standard.searched];
  // A dialect verb's MSA reading conjugates as any MSA verb: «كيعتابروها» (they consider it) → «يعتبر» → «تعتبر»; so
  // does the verb under a dialect prefix the corpus does not hold as it is: «بتتعامل» → «تتعامل» → «تعامل» (the
  // prefixes and endings only: a participle reading fits names too, «ناصر» → «ينصر»).
  const prefixed = known ? [] : forms.flatMap((form) => dialectVerbForms(form, { affixesOnly: true }));
  const conjugate = (words: string[]) => (isPlaceName(word) ? [] : [...new Set(words)].filter((reading) => !reading.includes(' ')).flatMap(conjugationForms).filter(inCorpus));
  // The reading of a verb under a dialect-only prefix, in the person the article writes it, is the word meant: searched
  // («حتقعد» → «استمر» → «تستمر»).
  const markedConjugated = new Set(conjugate(standard.ofMarked));
  const conjugated = conjugate([word, ...prefixed, ...readings]).filter((form) => !markedConjugated.has(form));
  return [
    { words: readings, credit: tuning.dialectCredit, standard: true },
    { words: [...markedConjugated], credit: tuning.conjugationCredit, standard: true },
    { words: standard.evidence, credit: tuning.dialectCredit },
    // The same word with or without an attached preposition the light stemmer keeps («لبيروت», «لعمان»), or the
    // accusative alef it keeps too (accusative.ts): «عقدا» in the paragraph for «العقد», «يوم» for «كم يوما».
    { words: [...withoutProclitics(word, 3).slice(1), ...SHORT_PROCLITICS.map((clitic) => `${clitic}${group}`), ...accusativeForms(word)].filter(inCorpus), credit: 1 },
    { words: rootMates(index, dictionaryForms), credit: tuning.rootCredit },
    // The same verb in another person or tense («يقع» → «تقع»), which no dictionary lists and so no root-mate finds.
    { words: [...new Set(conjugated)], credit: tuning.conjugationCredit },
  ];
}
