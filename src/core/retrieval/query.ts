/**
 * What a question becomes before search: weighted index terms grouped by the
 * question word they come from (a translated or paraphrased word brings several
 * terms, any of which counts as finding that word), plus the lexical vector and
 * dense vector.
 */
import type { WeightedTerm } from '../index/keyword/keyword-tables.js';
import { isFillerWord, isQuestionWord, isTopicless } from '../question/question-words.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens, stemToken } from '../text/tokenize.js';
import { withoutNameArticles } from '../text/name-particles.js';
import type { ConversationTurn } from '../types.js';

export interface QueryTerm extends WeightedTerm {
  /** The question word this term stands for; evidence is counted per group. */
  group: string;
  /** A translation of a question word (cross-lingual), not the word itself. */
  translated?: boolean;
  /** Borrowed from the previous question of a conversation: steers retrieval only. */
  borrowed?: boolean;
  /**
   * A word that frames what is asked rather than naming it: a relative period in a question about what happened
   * ("last year", «هذا العام»), the cue of a stance question ("opinion", «يرى»). Steers retrieval only.
   */
  frame?: boolean;
  /** Another stance cue searched for the question's own ("view" for "see": stance-cues.ts): searched, framing only. */
  cue?: boolean;
  /** How much finding this term counts as finding its word (1: the word itself; less for a paraphrase). */
  credit?: number;
  /** A paraphrase of a question word (paraphrase.ts): evidence, not a BM25 term. */
  paraphrase?: boolean;
  /** A paraphrase that corrects a spelling slip: the word the user meant, searched as a keyword too. */
  corrected?: boolean;
  /** A dialect word read as MSA («اتجوز» → «تزوج»), chat shorthand written out ("hrs" → "hours"): a paraphrase that is searched like the word itself, since the word rarely is in print. */
  standard?: boolean;
  /**
   * An English word of like meaning: sharing an Arabic sense with a question word the corpus lacks ("alternative" for
   * "replaced": english-synonyms.ts), or the attribute a "how" question's adjective grades ("temperature" for "hot"). Searched.
   */
  synonym?: boolean;
  /**
   * A verb of the same usual sense ("speak" for "talk": english-verb-synonyms.ts): evidence only, and the question's word
   * stays one the corpus holds or lacks as it is (answerability.ts, uncovered-focus.ts, uncovered-topic.ts): a synonym
   * the corpus holds ("repair" for "fix") does not say the thing asked is covered.
   */
  sameSense?: boolean;
  /** Another degree of the scale a choice question offers («معتدلة» for «كبيرة ولا صغيرة»: alternatives.ts): searched. */
  degree?: boolean;
  /** A subjectless question's verb in another form («تأسس» for «أسست»: question/subjectless.ts): a paraphrase searched like the word itself. */
  verbForm?: boolean;
  /** A name matched by its spelling in the other script ("Aqaba" → «العقبة»): the question's word, for glosses. */
  spelledAs?: string;
}

/** The question without its question and filler words: what the lexical and dense vectors are built from. */
export function questionTopicText(question: string): string {
  return rawTokens(normalizeText(question)).filter((token) => !isQuestionWord(token) && !isFillerWord(token)).join(' ');
}

export function questionTerms(question: string, weight = 1): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  for (const token of withoutNameArticles(rawTokens(normalizeText(question)))) {
    if (isTopicless(token)) continue;
    const term = stemToken(token);
    const existing = terms.get(term);
    if (existing) existing.weight += weight;
    else terms.set(term, { term, weight, group: term });
  }
  return [...terms.values()];
}

/**
 * A short follow-up ("and China?", "وماذا عن الصين؟") borrows the previous
 * question's terms at half weight, so it is answered in the conversation's context.
 */
export function withConversationContext(terms: QueryTerm[], history: ConversationTurn[] | undefined): QueryTerm[] {
  const previous = history?.at(-1);
  if (!previous || terms.length > 3) return terms;
  return withBorrowedTerms(terms, previous.question, 0.5);
}

/** Another text's terms at `weight`, marked borrowed (they steer retrieval, are not evidence), beside the question's own. */
export function withBorrowedTerms(terms: QueryTerm[], text: string, weight: number): QueryTerm[] {
  const own = new Set(terms.map((term) => term.term));
  const borrowed = questionTerms(text, weight).filter((term) => !own.has(term.term)).map((term) => ({ ...term, borrowed: true }));
  return [...terms, ...borrowed];
}

/** The previous question when this one is a short follow-up (same rule as the terms). */
export function conversationContext(question: string, history: ConversationTurn[] | undefined): string | undefined {
  const previous = history?.at(-1);
  return previous && questionTerms(question).length <= 3 ? previous.question : undefined;
}
