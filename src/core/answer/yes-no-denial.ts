/**
 * A yes/no question the answerability model would refuse, answered "no" all the same. The model's bar was fitted mostly
 * on questions asking a value, where a passage sharing half of the question may well be about something else; a yes/no
 * question whose deciding passage denies what is asked — a negation, an opposite or another value of the very words
 * asked (verdict.ts) — is answered by that denial, when the passage's article names whom or what the question names
 * (a denial in another city's report is no answer: "will the ferry company open a terminal?" over «لم تحدد البلدية موعدا
 * لافتتاح السوق»), and when the passage holds the question's rarest word the articles hold. A rule's refusal (a
 * confidence of 0) stands, and so does a name the corpus never mentions, written in the question's script
 * (absentNameReadable).
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { QueryTerm } from '../retrieval/query.js';
import type { ArticleHead, Verdict } from '../types.js';
import type { AnswerabilityFeatures } from './answerability-model.js';
import { articleHolds } from './article-subject.js';

export interface DenialInput {
  verdict: Verdict | undefined;
  confidence: number;
  features: AnswerabilityFeatures | null;
  /** The article of the deciding passage. */
  article: ArticleHead;
  terms: readonly QueryTerm[];
  names: ReadonlySet<string>;
}

export function answeredByDenial(index: ParagraphIndex, input: DenialInput): boolean {
  if (input.verdict !== 'no' || input.confidence <= 0 || !input.features || input.features.absentNameReadable > 0) return false;
  // Below the bar the denial must touch what the question asks most particularly: its rarest word the articles hold
  // is in the passage ("did the ministry raise doctors pay?" is not answered by «دون استشارة الأطباء»).
  if (input.features.missingSpecific >= 1) return false;
  const holds = articleHolds(index, input.article);
  const named = new Set(input.terms.filter((term) => input.names.has(term.group) && !term.borrowed && index.keyword.documentFrequency(term.term) > 0).map((term) => term.group));
  const heldGroups = new Set(input.terms.filter((term) => named.has(term.group) && !term.borrowed && holds(term.term)).map((term) => term.group));
  return [...named].every((group) => heldGroups.has(group));
}
