/**
 * What the answer-unit choice knows of a question (sentence-choice.ts, sentence-before.ts): its terms and vector,
 * the kind of answer it wants, its own words, and what it counts or measures. Apart from both, so neither file
 * imports the other for it.
 */
import type { LocalEmbeddings } from '../embeddings/local-embeddings.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { AnswerType } from '../question/read-question.js';
import type { QueryTerm } from '../retrieval/query.js';
import type { QuestionForms } from './own-names.js';

export interface SentenceScorer {
  index: ParagraphIndex;
  /** The question's terms (own words, paraphrases, translations), grouped by question word. */
  terms: QueryTerm[];
  queryVector: Map<number, number>;
  lexical: LocalEmbeddings;
  type: AnswerType;
  /** The question's own normalised tokens: values it names are not its answer. */
  questionWords: ReadonlySet<string>;
  /** The question's name groups (analyse-question.ts), which a paragraph continuing the one before carries from it. */
  names: ReadonlySet<string>;
  /** What the question already names, in all its forms (own-names.ts): a name it says is not its answer. */
  own?: QuestionForms;
  /** What a "how many" question counts (read-question.ts), or null. */
  counted: string | null;
  /** What an amount question measures («كم يكلف»: cost), or null. */
  measured: string | null;
  /** The dimensions a number question measures without naming a unit ("how heavy": mass; question/asked-dimension.ts), or null. */
  dimensions?: ReadonlySet<string> | null;
  /** The role a who-question names (read-question.ts), or null: the person answering must be named in it. */
  role: string | null;
  /** The deed a who-question asks the doer of, when its telling has few wordings (question/deed-words.ts), or null: the one answering must be told doing it. */
  deed?: string | null;
  /** The question asks what will happen (future-tense.ts). */
  future: boolean;
  /** The question asks for several things (asks-several.ts). */
  list: boolean;
  /** When the list asked is of countries or powers (asks-several.ts), the places the question names itself: a unit lists
   * them when it names two others (enumeration.ts); null or absent for other questions. */
  places?: ReadonlySet<string> | null;
  /** The question asks how someone sees something (stance-cues.ts): a unit giving a view is preferred (view-held.ts). */
  view: boolean;
  /** The term group of the question's predicate (question-predicate.ts), or null. */
  predicate?: string | null;
  /** A subjectless date or number question (question/subjectless.ts): the light stems of its verb's forms; else null. */
  verbStems?: ReadonlySet<string> | null;
}
