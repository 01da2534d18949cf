/**
 * The question's predicate, when its word order shows it: the event a question asks about ("open" in "when did the
 * museum open?", «افتتح» in «متى افتتح المتحف؟», "depend" in "what does the outcome depend on?", «اتفق» in «شو اللي
 * اتفق عليه…»). The other words of the question often only set the scene (who, where, on the phone), and a paragraph
 * setting that scene may share more of them than the one that tells the event (retrieval/carried-words.ts).
 */
import { isStopWord } from '../text/tokenize.js';
import { isQuestionWord, isTopicless, questionIntent } from './question-words.js';

/** Auxiliaries that put the subject before the verb in an English question ("when did the museum open?"). */
const ENGLISH_INVERTING = new Set(['did', 'does', 'do', 'will', 'would', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'can', 'could']);
/** …of which these leave the verb bare or as a participle after the subject (not the copula: "what is the capital of…"). */
const ENGLISH_VERB_BEARING = new Set(['did', 'does', 'do', 'will', 'would', 'has', 'have', 'had', 'can', 'could']);
/** Prepositions and particles that follow a verb ("depend on", "agree on", "keep in touch"); not "of", which follows nouns. */
const ENGLISH_VERB_PARTICLES = new Set(['on', 'in', 'about', 'with', 'to', 'from', 'for', 'at', 'by', 'into', 'over', 'against', 'after', 'during', 'through', 'between', 'up', 'out', 'off', 'upon']);
/** Arabic relative pronouns between a question word and its verb («ايش اللي قرره المجلس»، «ما الذي أعلنته الشركة»). */
const ARABIC_RELATIVES = new Set(['اللي', 'الذي', 'التي', 'الذين', 'يلي']);
/** A verb of happening before a verbal noun («متى تم افتتاح…»): the noun names the event. */
const ARABIC_HAPPENING = new Set(['تم', 'يتم', 'سيتم']);

/**
 * English "wh- did|will|has <subject> <verb> [particle …]?": after the subject, the first word after a name or followed
 * by a verb's particle or ending the question; "when was the bridge reopened?" ends on the verb after the copula.
 */
function englishPredicate(tokens: readonly string[], isName: (token: string) => boolean): string | null {
  const auxiliary = tokens.slice(1, 4).findIndex((token) => ENGLISH_INVERTING.has(token)) + 1;
  if (auxiliary === 0) return null;
  if (ENGLISH_VERB_BEARING.has(tokens[auxiliary]!)) {
    for (let position = auxiliary + 2; position < tokens.length; position += 1) {
      const token = tokens[position]!;
      const next = tokens[position + 1];
      const previous = tokens[position - 1]!;
      if (isTopicless(token) || isName(token) || isStopWord(previous)) continue;
      if (isName(previous) || next === undefined || ENGLISH_VERB_PARTICLES.has(next)) return token;
    }
  }
  const last = tokens.at(-1);
  const before = tokens.at(-2);
  return last && before && !isTopicless(last) && !isStopWord(before) ? last : null;
}

/** Arabic «متى <فعل> <الفاعل>»: the verb, without the article, right after the question word, its relative pronoun or the noun «كم» or «أي» asks for. */
function arabicPredicate(tokens: readonly string[], counted: string | null): string | null {
  let position = 1;
  // «كم مرة زار…», «أي موقع جاء…»: what is counted or asked for comes before the verb.
  const asksForNoun = tokens[1] === counted || questionIntent(tokens[0]!) === 'which';
  if (asksForNoun || ARABIC_RELATIVES.has(tokens[position] ?? '')) position += 1;
  const next = tokens[position];
  if (next && ARABIC_HAPPENING.has(next)) return tokens[position + 1] && !isTopicless(tokens[position + 1]!) ? tokens[position + 1]! : null;
  return next && !isTopicless(next) && !next.startsWith('ال') ? next : null;
}

/**
 * The question's predicate (normalised, as typed), or null when the order says nothing (a verb inside the sentence, a
 * question word at the end). `subject` tells the English question's names and what a number question counts, which are
 * not the verb.
 */
export function questionPredicate(tokens: readonly string[], lang: 'ar' | 'en', subject: { isName?: (token: string) => boolean; counted?: string | null } = {}): string | null {
  if (!isQuestionWord(tokens[0] ?? '')) return null;
  return lang === 'en' ? englishPredicate(tokens, subject.isName ?? (() => false)) : arabicPredicate(tokens, subject.counted ?? null);
}
