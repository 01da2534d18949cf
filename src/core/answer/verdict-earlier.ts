/**
 * A yes/no question asking whether something happened before ("has the refinery had a major fire before?", «هل صار
 * حريق قبل هيك بالمصفاة؟») is answered by the rank the passage gives what it asks about: "its first major fire since it
 * opened" says no, «ثاني حريق في المصفاة» yes. The passage naming the refinery and a fire says neither. A question
 * that gives a rank itself ("is this the first strike?") is checked as ranks are (verdict.ts). Cues:
 * knowledge/language/earlier-cues.tsv; ordinals: values.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { ordinalWordValue } from '../text/number-words.js';
import { isArabicToken, isStopWord, rawTokens } from '../text/tokenize.js';
import type { Verdict } from '../types.js';
import { ordinalsOf } from './verdict-ordinals.js';

let cues: { final: Set<string>; phrases: string[]; fillers: Set<string> } | undefined;

function table() {
  if (cues) return cues;
  cues = { final: new Set(), phrases: [], fillers: new Set() };
  for (const [written, , kind] of languageTable('earlier-cues.tsv')) {
    const form = rawTokens(normalizeText(written!)).join(' ');
    if (kind === 'final') cues.final.add(form);
    else if (kind === 'phrase') cues.phrases.push(` ${form} `);
    else if (kind === 'filler') cues.fillers.add(form);
  }
  return cues;
}

/** Whether a yes/no question asks whether what it names happened before, without giving a rank itself. */
export function asksEarlier(question: string): boolean {
  const { final, phrases, fillers } = table();
  const tokens = rawTokens(normalizeText(question));
  if (ordinalsOf(question).length > 0) return false;
  let end = tokens.length;
  while (end > 1 && fillers.has(tokens[end - 1]!)) end -= 1;
  const said = ` ${tokens.join(' ')} `;
  return final.has(tokens[end - 1] ?? '') || phrases.some((phrase) => said.includes(phrase));
}

/** "for the first time", «لأول مرة»: a rank of the occasion itself, whatever the question names. */
const OCCASIONS = new Set(['time', 'مره']);

/**
 * The ranks `texts` give what the question asks about (`isAsked`): an ordinal before one of the next two words in
 * English ("first major fire"), before its noun in Arabic («ثاني حريق»), or after it with the article («الحريق الثاني»).
 */
export function earlierRanks(texts: readonly string[], isAsked: (token: string) => boolean): number[] {
  return texts.flatMap((text) => {
    const tokens = rawTokens(normalizeText(text)).filter((token) => !isStopWord(token) || ordinalWordValue(token) !== undefined);
    return tokens.flatMap((token, position) => {
      const rank = ordinalWordValue(token);
      if (rank === undefined) return [];
      const follows = isArabicToken(token) && /^(?:[وفبلك]?ال|لل)/.test(token);
      const nouns = follows ? [tokens[position - 1]] : isArabicToken(token) ? [tokens[position + 1]] : tokens.slice(position + 1, position + 3);
      return nouns.some((noun) => noun !== undefined && (OCCASIONS.has(noun) || isAsked(noun))) ? [rank] : [];
    });
  });
}

/** The verdict once a question asking whether it happened before is checked against the rank the passage gives. */
export function byEarlier(verdict: Verdict, question: string, texts: readonly string[], isAsked: (token: string) => boolean): Verdict {
  if (verdict === 'no' || !asksEarlier(question)) return verdict;
  const ranks = earlierRanks(texts, isAsked);
  if (ranks.length === 0) return verdict;
  // The first of its kind: nothing before it. A later rank: something before it. Both given settle nothing.
  if (ranks.every((rank) => rank === 1)) return 'no';
  return ranks.every((rank) => rank > 1) ? 'yes' : verdict;
}
