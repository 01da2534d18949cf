/**
 * The noun a "how many" question counts, read in the form an Arabic text counts it. Arabic writes a counted noun in
 * the singular past ten and after a hundred («اثنتي عشرة دولة», «مئة عام») and in the plural from three to ten
 * («ثلاث دول»), while the dictionary often lists an English plural under one broken plural of another word
 * ("countries" → «البلدان» only, where the press counts «دولة»). So the counted noun's lemma is read too.
 */
import type { SenseChoice } from '../sense-choice.js';
import type { QueryTranslator } from './query-translator.js';

/**
 * The senses of a counted English plural: those of its surface form (`own`) pooled with its lemmas' (their usual
 * renderings when the lemma has some, else the dictionary's), the word's weight shared between them as before.
 * `headwords` are the forms the lexicon found, the surface form first.
 */
export function countedNounSenses(translator: QueryTranslator, headwords: readonly string[], own: readonly SenseChoice[]): SenseChoice[] {
  const { lexicon } = translator;
  const senses = own.map(({ sense }) => sense);
  for (const lemma of headwords.slice(1)) {
    const usual = lexicon.usualSenses(lemma);
    for (const sense of usual.length > 0 ? usual : (lexicon.senses(lemma) ?? [])) if (!senses.includes(sense)) senses.push(sense);
  }
  return senses.length === own.length ? [...own] : translator.keptSenses(senses);
}
