/**
 * Negation for yes/no answers: a negation word («لا», "not") or phrase ("rather than", «بدلا من») right before a word
 * the question asks about negates it; verbs of refusing, denying, failing and sparing ("refused to pay", "spared fines")
 * negate what follows them and, in a question, turn the answer round (verdict.ts). Phrases that hold a negation word
 * but affirm («لا يزال») are set aside. Words: knowledge/language/negation.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, isStopWord, rawTokens } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import { polesOf } from './verdict-opposites.js';

let negations: { words: Set<string>; verbs: Set<string>; exceptions: string[]; phrases: string[] } | undefined;

/** The negation words, the verbs among them, the affirming phrases and the negation phrases (padded with spaces). */
export function negationWords() {
  if (!negations) {
    negations = { words: new Set(), verbs: new Set(), exceptions: [], phrases: [] };
    for (const [form, , kind] of languageTable('negation.tsv')) {
      const normalized = normalizeText(form!);
      // «فما زال», «ولا يزال»: the conjunction the press writes on the first word, as a negation word takes it (isNegation).
      if (kind === 'not_negation') negations.exceptions.push(normalized, ...(isArabicToken(normalized) ? [`و${normalized}`, `ف${normalized}`] : []));
      else if (!normalized.includes(' ')) negations.words.add(normalized);
      else negations.phrases.push(` ${rawTokens(normalized).join(' ')} `);
      if (kind === 'negative_verb') negations.verbs.add(normalized);
    }
  }
  return negations;
}

/** A word the verdict reads as turning the answer ("refuse", "reject": their opposite in a passage answers), not as what is asked about. */
export function isTurningWord(word: string): boolean {
  return negationWords().verbs.has(word) || polesOf(word, true).length > 0;
}

const isNegation = (words: ReadonlySet<string>, word: string) => words.has(word) || (/^[وف]/.test(word) && words.has(word.slice(1)));

/**
 * Whether a negation among `words` stands within the reach before `tokens[position]`, or a negation phrase right before
 * it ("rather than sold", "instead of the sale"): a phrase negates its own object only, so «بدلا من ذلك أقراص الكلور»
 * ("instead of that, chlorine tablets") does not negate the tablets.
 */
export function negatedAt(tokens: readonly string[], position: number, words: ReadonlySet<string>): boolean {
  const reach = TUNING.reading.negationReach;
  if (tokens.slice(Math.max(0, position - reach), position).some((word) => isNegation(words, word))) return true;
  const between = tokens[position - 1];
  // One English function word may stand between ("rather than being sold", "instead of the sale").
  const ends = between !== undefined && isStopWord(between) && !isArabicToken(between) ? [position, position - 1] : [position];
  const endsWith = (end: number) => ` ${tokens.slice(Math.max(0, end - 3), end).join(' ')} `;
  return ends.some((end) => negationWords().phrases.some((phrase) => endsWith(end).endsWith(phrase)));
}
