/**
 * Whether a paragraph opens by quoting someone who speaks of a third person by pronoun before naming anyone:
 * 'The minister said: "I know that she sees the plan as a chance…"', «وقال الوزير: “أعرف أنه يعتقد أن الخطة…”». The one
 * meant is named in the paragraph before («… a call with his counterpart, X»), which the quote goes on about although
 * its speaker is named: the name is carried as for «وأضاف “…”» (carried-words.ts). Read in the opening sentence's
 * quotation, on the English text or rendering when there is one (its capitals tell names from pronouns), else on the
 * Arabic, where «أنه»/«أنها» count only before a verb in the present of three letters or more after its prefix
 * («أنه يعتقد», not «أنه من المهم»; a verb of two letters after the prefix, «يرى», is missed, and the impersonal
 * «أنه يمكن» still passes).
 */
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import type { Paragraph } from '../types.js';

/** The quotation's first words read for the pronoun: a clause or two. */
const REACH = 12;
const OPENING_QUOTE = /[“"«]/;
const ENGLISH_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
const ARABIC_PRONOUNS = new Set(['انه', 'انها']);
/** A present-tense verb after «أنه»: a third-person prefix and at least three letters of stem. */
const PRESENT_VERB = /^[يت]\p{L}{3,}$/u;

function englishRefersBack(text: string): boolean {
  const words = text.match(/[\p{L}'’]+/gu)?.slice(0, REACH) ?? [];
  for (const [position, word] of words.entries()) {
    if (ENGLISH_PRONOUNS.has(word.toLowerCase())) return true;
    // A capitalised word inside the quotation (not its first, not "I") is a name said before any pronoun.
    if (position > 0 && word !== 'I' && /^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

function arabicRefersBack(text: string): boolean {
  const tokens = rawTokens(normalizeText(text)).slice(0, REACH);
  return tokens.some((token, position) => ARABIC_PRONOUNS.has(token) && PRESENT_VERB.test(tokens[position + 1] ?? ''));
}

const verdicts = new WeakMap<Paragraph, boolean>();

export function quotesOnPrevious(paragraph: Paragraph): boolean {
  let verdict = verdicts.get(paragraph);
  if (verdict !== undefined) return verdict;
  const translation = paragraph.sentenceTranslations?.[0];
  const original = paragraph.sentences[0]?.text ?? '';
  // The quotation opens after the speech verb's colon ('Duarte said: "…', «وقال “العمري”: “…»: the outlet may quote a
  // name too), else at the first quotation mark.
  const quoted = (text: string) => {
    const colon = text.indexOf(':');
    const start = colon >= 0 && OPENING_QUOTE.test(text.slice(colon, colon + 3)) ? colon + 1 : text.search(OPENING_QUOTE);
    return start < 0 ? null : text.slice(start + 1);
  };
  const originalIsArabic = /\p{Script=Arabic}/u.test(original);
  const english = originalIsArabic ? (translation ? quoted(translation) : null) : quoted(original);
  const arabic = originalIsArabic ? quoted(original) : null;
  verdict = english !== null ? englishRefersBack(english) : arabic !== null && arabicRefersBack(arabic);
  verdicts.set(paragraph, verdict);
  return verdict;
}
