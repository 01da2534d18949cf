/**
 * The question's words an article's lead lends its later paragraphs. A report names its subject (the city, the
 * project, the outage) in its headline and its first paragraph, and then writes "the project", «المشروع», "it" or
 * nothing: "The average wait at peak hours is now eleven minutes" answers how long people wait for the bus in Leeds,
 * though only the lead says Leeds. The answerability features already count the headline's words as said in every
 * paragraph under it (answerability.ts); the lead's count at a credit (TUNING.answer.leadWords): it also tells the
 * circumstances of its own sentence, which a later paragraph need not share. Only the paragraph's own article lends:
 * a sibling report on another city never does, so a question naming that city still finds it missing.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { TUNING } from '../tuning.js';
import type { ArticleHead, ParagraphHead } from '../types.js';
import { groupPresence, paragraphStems, type GroupWeight } from './evidence.js';
import type { QueryTerm } from './query.js';

/**
 * The question's groups as `groups` found them in a paragraph (and its headline), each raised to the lead's credit
 * when the article's first paragraph holds it. The first paragraph itself lends nothing.
 */
export function withLeadWords(
  index: ParagraphIndex,
  terms: QueryTerm[],
  groups: Map<string, GroupWeight>,
  article: ArticleHead,
  paragraph: ParagraphHead,
  ownWordsOnly: boolean,
): Map<string, GroupWeight> {
  const credit = TUNING.answer.leadWords;
  const lead = article.paragraphs[0];
  if (!lead || paragraph.number === lead.number) return groups;
  const held = groupPresence(index, terms, paragraphStems(index, lead), ownWordsOnly);
  const lent = new Map<string, GroupWeight>();
  for (const [key, group] of groups) lent.set(key, { weight: group.weight, found: Math.max(group.found, credit * (held.get(key)?.found ?? 0)) });
  return lent;
}
