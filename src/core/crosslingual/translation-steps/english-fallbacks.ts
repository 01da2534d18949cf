/**
 * English words the lexicon step left untranslated: the adverb of a noun after
 * "each"/"every"/"per", the senses of derivationally related words, and the
 * senses of the known words one edit away (a typing slip).
 */
import { languageMap } from '../../text/language-data.js';
import { TUNING } from '../../tuning.js';
import { englishAdverbCandidates, englishDerivedCandidates, englishInflectedCandidates } from '../lexicon-forms.js';
import { slipCorrections } from '../spelling-slips.js';
import type { QueryTranslator } from './query-translator.js';

let distributives: Map<string, string> | undefined;
/** "each", "every", "per" (knowledge/language/distributives.tsv). */
function isDistributive(token: string): boolean {
  distributives ??= languageMap('distributives.tsv');
  return distributives.has(token);
}

/**
 * "each year", "every month", "per day": the adverb the dictionary lists for the noun ("yearly" → «سنويا»), the
 * way an Arabic text says it, beside the noun's own senses.
 */
export function addDistributiveSenses(translator: QueryTranslator): void {
  if (translator.from !== 'en') return;
  const { tokens } = translator;
  tokens.forEach((token, position) => {
    if (position === 0 || !isDistributive(tokens[position - 1]!)) return;
    const senses = englishAdverbCandidates(token).flatMap((adverb) => translator.lexicon.senses(adverb) ?? []);
    const kept = translator.keptSenses(senses);
    if (kept.length === 0) return;
    translator.addSenses(kept, token, 1);
    translator.translated.add(position);
    translator.known.add(position);
  });
}

/** English words whose own forms found nothing usable: the senses of derivationally related words. */
export function addRelatedWordSenses(translator: QueryTranslator): void {
  if (translator.from !== 'en') return;
  const { known, translated } = translator;
  translator.tokens.forEach((token, position) => {
    if (translated.has(position) || !translator.isContent(token) || translator.shapes.get(token)?.capitalised) return;
    const senses: string[] = [];
    const derived = englishDerivedCandidates(token, !known.has(position));
    for (const form of [...derived, ...derived.flatMap(englishInflectedCandidates)]) {
      for (const sense of translator.lexicon.senses(form) ?? []) if (!senses.includes(sense)) senses.push(sense);
    }
    const kept = translator.keptSenses(senses);
    if (kept.length === 0) return;
    translator.addSenses(kept, token, translator.options.derivedWeight);
    translated.add(position);
    known.add(position);
  });
}

/**
 * Lower-case English words neither the lexicon nor a related word knows: the senses of the known words one edit
 * away (a typing slip) whose senses occur in the corpus, the likeliest first (most corpus matches), at the
 * corrected-spelling credit. Capitalised words are left to the name matching.
 */
export function addCorrectedSpellingSenses(translator: QueryTranslator): void {
  if (translator.from !== 'en') return;
  const { known, translated } = translator;
  translator.tokens.forEach((token, position) => {
    if (known.has(position) || translated.has(position) || !translator.isContent(token) || translator.shapes.get(token)?.capitalised) return;
    if (token.length < TUNING.paraphrase.minTypoLength || !/^[a-z]+$/.test(token)) return;
    const corrections = slipCorrections(token, translator.lexicon, (senses) => translator.keptSenses(senses));
    // A word the corpus spells as a name (a name typed without its capital) is that name, not a slip.
    if (corrections.length === 0 || translator.namesOf(token, translator.options.minLooseNameSimilarity).length > 0) return;
    for (const senses of corrections) translator.addSenses(senses, token, TUNING.paraphrase.typoCredit / corrections.length);
    // Not marked known: an unknown lower-case word may still be a name typed without its capital, and is matched as one too.
    translated.add(position);
  });
}
