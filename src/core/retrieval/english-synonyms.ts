/**
 * An English question word the corpus lacks ("can the UN be replaced?") may be said in another word the
 * lexicon gives the same Arabic sense ("no alternative": replacement and alternative are both «البديل»): a
 * round trip English → Arabic → English over the word's lemma and the nouns it makes (lexicon-forms.ts).
 * Only single-word senses of the word's first few, so a common word's long tail of senses stays out.
 */
import { LRUCache } from 'lru-cache';
import { loadLexicon } from '../crosslingual/lexicon.js';
import { arabicLookupCandidates, englishLemmaCandidates, englishNominalCandidates } from '../crosslingual/lexicon-forms.js';
import { TUNING } from '../tuning.js';

/** Per word: a bot meets the same words again; bounded, since it meets new ones for as long as it runs. */
const synonyms = new LRUCache<string, string[]>({ max: 16_384 });

/** English words sharing an Arabic sense with `word` (normalised, lower case), cached per word. */
export function roundTripSynonyms(word: string): string[] {
  const cached = synonyms.get(word);
  if (cached) return cached;
  const toArabic = loadLexicon('en-ar');
  const toEnglish = loadLexicon('ar-en');
  const maxSenses = TUNING.paraphrase.roundTripSenses;
  const lemmas = englishLemmaCandidates(word).filter((form) => toArabic.has(form));
  const forms = [...new Set([...lemmas, ...lemmas.flatMap(englishNominalCandidates).filter((form) => toArabic.has(form))])];
  const senses = new Set(forms.flatMap((form) => (toArabic.senses(form) ?? []).slice(0, maxSenses)).filter((sense) => !sense.includes(' ')));
  const found = new Set<string>();
  for (const sense of senses) {
    const headword = arabicLookupCandidates(sense).find((form) => toEnglish.has(form));
    for (const english of headword ? toEnglish.senses(headword)!.slice(0, maxSenses * 3) : []) if (!english.includes(' ') && !forms.includes(english)) found.add(english);
  }
  const list = [...found].filter((english) => english !== word);
  synonyms.set(word, list);
  return list;
}
