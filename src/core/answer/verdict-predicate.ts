/**
 * What a yes/no question asks happened — its predicate ("raise" in "did the ferry company raise its fares?", «وافقت»
 * in «هل وافقت سوريا على…») — and whether a passage tells it. A passage may share the question's names and objects
 * and still not say the asked event: «طلب الأردن إنشاء محطة … وما زال الطلب قيد الدرس» does not say Syria agreed.
 * Phrases of a pending matter: knowledge/language/pending.tsv; English verbs told by WordNet's tagged counts
 * (english-word-levels.tsv, crosslingual/gloss-senses.ts).
 */
import { verbShare } from '../crosslingual/gloss-senses.js';
import type { QueryTerm } from '../retrieval/query.js';
import { languageMap, languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isNumberToken } from '../text/number-words.js';
import { isArabicToken, isStopWord, rawTokens, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import { asksAboutFuture, speaksOfFuture } from '../question/future-tense.js';
import { polesAt, polesOf } from './verdict-opposites.js';

/** Auxiliaries that open an English yes/no question, the subject after them, then the verb. */
const ENGLISH_AUXILIARIES = new Set(['did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'was', 'were', 'is', 'are']);
/** …of which these take a participle ("was the plan approved?"). */
const PARTICIPLE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);
/** A word the tagged corpus uses at least this often as a verb may be the predicate when its object or a particle follows. */
const VERB_SHARE = 0.3;
/** "will the plates be sold?": a participle follows these too. */
const PASSIVE = new Set(['be', 'been', 'being']);

let irregular: Map<string, string> | undefined;
/** The tagged counts list a verb by its lemma: "sold" is counted as "sell" (english-irregular-verbs.tsv); a passage's "paid" tells "pay". */
export const lemmaOf = (token: string) => (irregular ??= languageMap('english-irregular-verbs.tsv')).get(token) ?? token;

/**
 * The predicate of an English yes/no question, normalised: after the auxiliary and the subject, the first word mostly
 * used as a verb that a determiner, particle or number follows (or ends the question), or a participle after "was" or
 * "has". Null when none shows.
 */
function englishPredicate(tokens: readonly string[], isName: (token: string) => boolean): string | null {
  if (!ENGLISH_AUXILIARIES.has(tokens[0] ?? '')) return null;
  const participle = PARTICIPLE_AUXILIARIES.has(tokens[0]!);
  for (let position = 2; position < tokens.length; position += 1) {
    const token = tokens[position]!;
    if (isStopWord(token) || isName(token) || isNumberToken(token)) continue;
    const next = tokens[position + 1];
    const beforeObject = next === undefined || isStopWord(next) || isNumberToken(next);
    const passive = PASSIVE.has(tokens[position - 1]!) && (/[^e]ed$/.test(token) || lemmaOf(token) !== token);
    if ((participle && /[^e]ed$/.test(token)) || passive || (beforeObject && verbShare(lemmaOf(token)) >= VERB_SHARE)) return token;
  }
  return null;
}

/**
 * The term group of the yes/no question's predicate: the question reader's (question-predicate.ts: the verb after «هل»)
 * or, for an English question it leaves unread, the verb after the subject. Null when none shows.
 */
export function yesNoPredicate(question: string, readerPredicate: string | null | undefined, names: ReadonlySet<string>): string | null {
  if (readerPredicate) return readerPredicate;
  const tokens = rawTokens(normalizeText(question));
  const predicate = tokens.some(isArabicToken) ? null : englishPredicate(tokens, (token) => names.has(stemToken(token)));
  // Else a word on a scale of opposites (opposites.tsv: «بتزيد» a dialect present of «زاد», "fully"): what the question asks happened.
  const scaled = predicate ?? tokens.find((token) => !isStopWord(token) && !names.has(stemToken(token)) && polesOf(token, true).length > 0);
  return scaled ? stemToken(scaled) : null;
}

/**
 * Whether `tokens` (a passage's) tell the predicate: one of its terms, or a word on its scale (its opposite answers
 * too) said of what the predicate is said of — within `reach` words of a word the question puts within `reach` of
 * it («تقلصت أعداد» — «أعداد الوعول … تضاعفت», not «توسيع المحمية»). Stop words are not counted in the reach.
 */
export function tellsPredicate(tokens: readonly string[], predicate: string, terms: readonly QueryTerm[], questionTokens: readonly string[], names: ReadonlySet<string> = new Set()): boolean {
  const groupOf = new Map(terms.map((term) => [term.term, term.group]));
  const group = (token: string) => groupOf.get(stemToken(token)) ?? groupOf.get(stemToken(lemmaOf(token))) ?? stemToken(token);
  if (tokens.some((token) => group(token) === predicate)) return true;
  const reach = TUNING.reading.oppositeReach;
  const asked = questionTokens.filter((token) => !isStopWord(token));
  const at = asked.findIndex((token) => stemToken(token) === predicate);
  if (at < 0) return false;
  const scales = new Set(polesOf(asked[at]!, true).map((pole) => pole.slice(0, -1)));
  const near = asked.filter((token, position) => position !== at && Math.abs(position - at) <= reach).map(group);
  // What the predicate is said of («أجرة» in «بتزيد أجرة التاكسي»), rather than a name beside it that many sentences share.
  const neighbours = new Set(near.some((word) => !names.has(word)) ? near.filter((word) => !names.has(word)) : near);
  const said = tokens.filter((token) => !isStopWord(token));
  const onScale = (poles: readonly string[]) => poles.some((pole) => scales.has(pole.slice(0, -1)));
  const besideNeighbour = (position: number) => said.some((other, near) => Math.abs(near - position) <= reach && neighbours.has(group(other)));
  if (said.some((_, position) => onScale(polesAt(said, position)) && besideNeighbour(position))) return true;
  // "33.9 million inhabitants, up from 29.4 million": a pair of stop words on the scale ("up from", "down from"), placed
  // at the next word that is none.
  let content = 0;
  return tokens.some((token, position) => {
    if (!isStopWord(token)) content += 1;
    return isStopWord(token) && onScale(polesAt(tokens, position)) && besideNeighbour(content);
  });
}

/** "Has work already begun?", "did the port reopen?": the question asks whether something has happened. */
const DONE_AUXILIARIES = new Set(['did', 'has', 'have', 'had', 'was', 'were']);

/**
 * Whether an English question asks whether something has happened and the sentences of `texts` telling it (`tells`:
 * its predicate) only say it will ("is due to begin in 2026"): a plan is no "yes" to whether it was done.
 */
export function toldAsPlanned(texts: readonly string[], question: string, tells: (tokens: readonly string[]) => boolean): boolean {
  const first = rawTokens(normalizeText(question))[0] ?? '';
  if (!DONE_AUXILIARIES.has(first) || asksAboutFuture(question)) return false;
  // A clause joined by "and" («، و») may plan something else: «وصمم الحوض مهندسون…، ومن المقرر أن تبدأ أعمال البناء».
  const telling = sentencesTelling(texts.flatMap(clauses), tells);
  return telling.length > 0 && telling.every(speaksOfFuture);
}

/** A text cut before each clause a comma and "and" open («، و», ", and"). */
function clauses(text: string): string[] {
  return text.split(/(?<=[,،])\s*(?=و|and\s)/u);
}

/** The sentences of `texts` telling the predicate (`tells`). */
export function sentencesTelling(texts: readonly string[], tells: (tokens: readonly string[]) => boolean): string[] {
  return texts.flatMap(roughSentences).filter((sentence) => tells(rawTokens(normalizeText(sentence))));
}

/** A unit's text cut at its full stops: the unit is already whole sentences, so no finer reading is needed here. */
function roughSentences(text: string): string[] {
  return text.split(/(?<=[.!?؟])\s+/);
}

let sought: string[] | undefined;

/**
 * Whether the sentences of `texts` telling what is asked (by the first of `readers` finding one) each say it is only sought or called for ("said it
 * should also cover the sachets", pending.tsv's `sought`), as the question does not: it is not so yet.
 */
export function toldAsSought(texts: readonly string[], question: string, ...readers: ((tokens: readonly string[]) => boolean)[]): boolean {
  sought ??= languageTable('pending.tsv').filter((row) => row[2] === 'sought').map(([phrase]) => ` ${normalizeText(phrase!)} `);
  const asked = ` ${rawTokens(normalizeText(question)).join(' ')} `;
  const soughtIn = (tokens: readonly string[]) => phrasesIn(tokens).some((said) => sought!.some((phrase) => said.includes(phrase) && !asked.includes(phrase)));
  // Each view is read alone (a translation may say "should" in words the list lacks), by the first reader that finds
  // a sentence telling what is asked.
  return texts.some((text) => {
    const sentences = roughSentences(text).map((sentence) => rawTokens(normalizeText(sentence)));
    const telling = readers.map((tells) => sentences.filter(tells)).find((found) => found.length > 0) ?? [];
    return telling.length > 0 && telling.every(soughtIn);
  });
}

/** «ويسعى»: a sentence's words, and again with the conjunction the press writes on a word read off. */
function phrasesIn(tokens: readonly string[]): string[] {
  const withoutConjunction = (token: string) => (token.length > 3 && /^[وف]/u.test(token) ? token.slice(1) : token);
  return [tokens, tokens.map(withoutConjunction)].map((words) => ` ${words.join(' ')} `);
}

let pending: string[] | undefined;

/** Whether a text says a matter is still pending (pending.tsv), as the question itself does not. */
export function saysPending(texts: readonly string[], question: string): boolean {
  pending ??= languageTable('pending.tsv').filter((row) => row[2] !== 'sought').map(([phrase]) => ` ${normalizeText(phrase!)} `);
  const asked = ` ${rawTokens(normalizeText(question)).join(' ')} `;
  return texts.some((text) => {
    const said = phrasesIn(rawTokens(normalizeText(text)));
    return pending!.some((phrase) => said.some((words) => words.includes(phrase)) && !asked.includes(phrase));
  });
}
