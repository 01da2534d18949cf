/**
 * The question's words an article's lead lends its later paragraphs in the answerability model's evidence
 * (answerability.ts, which counts the headline's words in full and reads the question's names where they are said).
 * A report names its subject (the city, the project, the outage) in its headline and its first paragraph, and then
 * writes "the project", «المشروع», "it" or nothing: "The average wait at peak hours is now eleven minutes" answers how
 * long people wait for the bus in Leeds, though only the lead says Leeds. Only a word no later paragraph says is lent:
 * an interview or an encyclopaedia entry names a topic of its lead again where it speaks of it, and a paragraph without
 * it speaks of something else. Only the paragraph's own article lends: a sibling report on another city never does,
 * so a question naming that city still finds it missing.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { TUNING } from '../tuning.js';
import type { ArticleHead, ParagraphHead } from '../types.js';
import { groupPresence, paragraphStems, type GroupWeight } from './evidence.js';
import type { QueryTerm } from './query.js';
import { paragraphsHolding } from './carried-words.js';

/** Whether the article's lead holds a term and no later paragraph does, or null for the lead itself (it lends itself nothing). */
function leadOnly(index: ParagraphIndex, article: ArticleHead, paragraph: ParagraphHead): ((term: string) => boolean) | null {
  const lead = article.paragraphs[0];
  if (!lead || paragraph.number === lead.number) return null;
  const inLead = paragraphStems(index, lead);
  return (term) => inLead(term) && paragraphsHolding(index, article, term) === 1;
}

/**
 * The question's groups as `groups` found them in a paragraph (and its headline, which the answerability features count
 * in full: answerability.ts), each raised to the lead's credit (TUNING.answer.leadWords) when the article's lead alone
 * holds it: the lead also tells the circumstances of its own sentence, which a later paragraph need not share.
 */
export function withLeadWords(
  index: ParagraphIndex,
  terms: QueryTerm[],
  groups: Map<string, GroupWeight>,
  article: ArticleHead,
  paragraph: ParagraphHead,
  ownWordsOnly: boolean,
): Map<string, GroupWeight> {
  const inLead = leadOnly(index, article, paragraph);
  if (!inLead) return groups;
  const held = groupPresence(index, terms, inLead, ownWordsOnly);
  const lent = new Map<string, GroupWeight>();
  for (const [key, group] of groups) lent.set(key, { weight: group.weight, found: Math.max(group.found, TUNING.answer.leadWords * (held.get(key)?.found ?? 0)) });
  return lent;
}
