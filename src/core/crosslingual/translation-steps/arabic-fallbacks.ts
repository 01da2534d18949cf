/**
 * Arabic words the lexicon step left untranslated (no entry, or no sense the
 * English corpus has), read the way a reader would before giving up:
 *
 *  1. a dialect word as its Modern Standard Arabic reading (dialect-msa.tsv:
 *     «راحت» → «ذهبت»), then looked up like the word itself;
 *  2. the English side inflected or derived: a sense the corpus writes in
 *     another form («موسمي» "seasonal" → "season");
 *  3. a nisba adjective as the noun it is made from («البرتغالية» → «البرتغال»
 *     → "Portugal", where the corpus does not say "Portuguese").
 * Each reading only counts through senses the corpus contains. (The senses of
 * the headwords sharing the word's root were tried too: a root's headwords
 * mean too many things, and the noise cost more than it found.)
 */
import { isLightWord } from '../../question/light-words.js';
import { dialectListForms, dialectStandardMap, dialectVerbForms } from '../../text/dialect-forms.js';
import { normalizeText } from '../../text/normalize.js';
import { stripArabicArticle } from '../../text/tokenize.js';
import { TUNING } from '../../tuning.js';
import { englishDerivedCandidates, englishInflectedCandidates, englishLemmaCandidates } from '../lexicon-forms.js';
import { lookupArabicForTranslation } from '../translation-lexicon.js';
import type { QueryTranslator } from './query-translator.js';


/**
 * MSA readings of a dialect word («وقفوا» → «توقف»), those of a form that is an MSA word too included: the word as
 * written found nothing, so its other reading is the one left.
 */
function standardReadings(token: string): string[] {
  const dialect = dialectStandardMap();
  const readings: string[] = [];
  // The verb under a dialect prefix or ending is looked up too («بيستنى» → «يستنى»), as the question reader does.
  const listed = [token, ...dialectVerbForms(token, { affixesOnly: true })].flatMap((form) => dialectListForms(form));
  for (const { form, ending } of listed) {
    for (const reading of dialect.get(form)?.split('|') ?? []) {
      const normalized = normalizeText(reading);
      for (const candidate of ending && !normalized.includes(' ') ? [normalized, `${normalized}${ending}`] : [normalized]) {
        if (!readings.includes(candidate)) readings.push(candidate);
      }
    }
  }
  return readings;
}

/** Senses of the translation lexicon's entries for these Arabic words, in order, deduplicated. */
function sensesOf(words: readonly string[]): string[] {
  const senses: string[] = [];
  for (const word of words) {
    for (const match of lookupArabicForTranslation(normalizeText(word).split(' '))) for (const sense of match.senses) if (!senses.includes(sense)) senses.push(sense);
  }
  return senses;
}

/** English words related to the senses: their lemmas, inflections and derivations (seasonal → season). */
function relatedEnglish(senses: readonly string[]): string[] {
  const related: string[] = [];
  for (const sense of senses) {
    if (sense.includes(' ')) continue;
    for (const form of [...englishLemmaCandidates(sense), ...englishInflectedCandidates(sense), ...englishDerivedCandidates(sense, false)]) {
      if (form !== sense && !related.includes(form)) related.push(form);
    }
  }
  return related;
}

/** The noun a nisba adjective is made from, with the article: البرتغالية → البرتغال, اقتصاديين → الاقتصاد. */
function nisbaBases(token: string): string[] {
  const bare = stripArabicArticle(token);
  const base = /^(.{3,})ي(?:ه|ين|ون|ات)?$/.exec(bare)?.[1];
  return base ? [`ال${base}`, base] : [];
}

export function addArabicFallbackSenses(translator: QueryTranslator): void {
  if (translator.from !== 'ar') return;
  const { translated, known } = translator;
  const { derivedWeight } = translator.options;
  translator.tokens.forEach((token, position) => {
    // An auxiliary of wanting or repeating («عايز اعرف», «بدو يرجع») frames the question: its sense ("seeks") is not asked about.
    if (translated.has(position) || !translator.isContent(token) || isLightWord(token)) return;
    const readings = standardReadings(token);
    const steps: [() => string[], number][] = [
      [() => sensesOf(readings), TUNING.paraphrase.dialectCredit],
      [() => relatedEnglish(sensesOf([token, ...readings])), derivedWeight],
      [() => sensesOf(nisbaBases(token)), derivedWeight],
    ];
    for (const [senses, weight] of steps) {
      const kept = translator.keptSenses(senses());
      if (kept.length === 0) continue;
      translator.addSenses(kept, token, weight);
      translated.add(position);
      known.add(position);
      return;
    }
  });
}
