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
import { titleTerms } from './article-titles.js';
import { carriedShare } from './carried-words.js';

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

/**
 * The idf-weighted share (0..1) of the question's words the article's headline or lead holds and the paragraph leaves
 * unsaid, for retrieval to credit before the few read are chosen (weigh-before-reading.ts): scored on its own words, the
 * paragraph that answers loses to the lead, which says the subject and not the answer. The lead lends nothing to itself.
 */
export function leadSubjectShare(index: ParagraphIndex, terms: QueryTerm[], article: ArticleHead, paragraph: ParagraphHead): number {
  const lead = article.paragraphs[0];
  if (!lead || paragraph.number === lead.number) return 0;
  const ownWordsOnly = article.translation !== null;
  const title = titleTerms(article);
  const inLead = paragraphStems(index, lead);
  const own = groupPresence(index, terms, paragraphStems(index, paragraph), ownWordsOnly);
  const held = groupPresence(index, terms, (term) => title.has(term) || inLead(term), ownWordsOnly);
  return carriedShare({ own, before: held });
}
