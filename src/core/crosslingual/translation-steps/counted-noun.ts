/**
 * The noun a "how many" question counts, read in the form an Arabic text counts it; and an Arabic question's counted
 * noun read without the accusative ending «كم» gives it («كم فيلمًا» → «فيلم»), which no dictionary lists. Arabic writes a counted noun in
 * the singular past ten and after a hundred («اثنتي عشرة دولة», «مئة عام») and in the plural from three to ten
 * («ثلاث دول»), while the dictionary often lists an English plural under one broken plural of another word
 * ("countries" → «البلدان» only, where the press counts «دولة»). So the counted noun's lemma is read too.
 */
import { expectedSenses } from '../gloss-senses.js';
import { keptInOrder, type SenseChoice } from '../sense-choice.js';
import { lookupArabicForTranslation } from '../translation-lexicon.js';
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

/**
 * An Arabic «كم» question's counted noun that found no entry, read without its indefinite accusative alef («كم فيلمًا»,
 * «كم هدفًا»: the singular accusative «كم» takes), in the order a reader expects its senses, as the lexicon step reads
 * a word.
 */
export function addArabicCountedNounSenses(translator: QueryTranslator): void {
  const token = translator.counted;
  if (translator.from !== 'ar' || token === null || token.startsWith('ال') || token.length < 4 || !token.endsWith('ا')) return;
  const position = translator.tokens.indexOf(token);
  if (position < 0 || translator.known.has(position)) return;
  const [match] = lookupArabicForTranslation([token.slice(0, -1)], true);
  if (!match) return;
  const kept = keptInOrder(expectedSenses(match, false, translator.lexicon), translator.vocabulary, translator.index, translator.options.maxSenses);
  if (kept.length === 0) return;
  translator.addSenses(kept, token, 1);
  translator.known.add(position);
  translator.translated.add(position);
}
