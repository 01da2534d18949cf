/**
 * What analyse-question.ts reads of a question for retrieval and answering: its reading (read-question.ts), its
 * search terms, the names and values an answer must be about, and the readings that refuse it outright (advice, the
 * bot, a live fact). One record, built once per question and passed down; kept apart so its readers need not import
 * the analysis itself.
 */
import type { QueryTerm } from '../retrieval/query.js';
import type { QuestionReading } from './read-question.js';

export interface QuestionAnalysis {
  reading: QuestionReading;
  terms: QueryTerm[];
  /** Term groups that name something the answer must be about (names and numbers found in the corpus). */
  names: Set<string>;
  /** Names the question writes with a capital that the corpus never mentions ("Kyrgyzstan"). */
  absentNames: Set<string>;
  /** A value question about something no article mentions: the terms of the rest of its focus, one of which its answer must hold (uncovered-focus.ts); else null. */
  uncoveredFocus: string[] | null;
  /** The words of a question's topic no article mentions, when they are no fewer than those the articles hold (uncovered-topic.ts); else null. */
  uncoveredTopic: string[] | null;
  /** A yes/no question's focus words no article uses: uncovered-focus.ts. */
  yesNoUncovered: string[];
  /** The question's normalised tokens: a value the question names is not its answer. */
  questionWords: Set<string>;
  /**
   * Adjacent pairs of the question's topic words that the corpus has ("world bank",
   * «البنك الدولي»): where the articles write them as one phrase, it names one thing
   * (a multi-word name, a term), and an answer about something else lacks it.
   */
  pairs: string[];
  /** The question's text for the n-gram and vector side of retrieval. */
  vectorText: string;
  contextText?: string;
  /** The term group of the measure a cost question asks about («كم يكلف» → its stem), else null: its paraphrases («تكلفة») are searched too. */
  measure: string | null;
  /** A subjectless date or number question (subjectless.ts): the light stems of its verb and of its forms the corpus has; else null. */
  verbStems: Set<string> | null;
  /** A question asking what or who its topic is ("what is bitcoin?", «من هو …؟»): the topic's terms; else empty. */
  subjectTerms: string[];
  /** The question asks when, or how much or how many times, something will happen (future-tense.ts). */
  future: boolean;
  /** The term group of the question's predicate (question-predicate.ts), or null. */
  predicate: string | null;
  /** A name-like word right after the predicate that the corpus never uses («زار اردوغان»): the subject asked about, or null. */
  unknownSubject: string | null;
  /** The question asks for the asker's own how-to or a recommendation (advice-question.ts): no report answers it. */
  asksAdvice: boolean;
  /** The question asks the bot itself (outside-reports.ts): no report answers it. */
  asksBot: boolean;
  /** The common word whose meaning the question asks (outside-reports.ts), else null. */
  meaningAsked: string[] | null;
  /** The question's words of a judgement of taste ("nice", «جميل»: outside-reports.ts). */
  tasteWords: string[];
  /** The question asks a live fact, the weather now or the time of day (live-question.ts): no archived report answers it. */
  asksLiveFact: boolean;
  /** The question's words named with a rank ("the third line": ranked-nouns.ts), by stem. */
  rankedNouns: Map<string, Set<number>>;
}
