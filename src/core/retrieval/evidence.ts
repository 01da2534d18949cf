/**
 * Evidence: how much of the question a paragraph actually contains. Unlike the
 * fused score it is comparable across questions, so one calibrated threshold can
 * decide "the articles do not cover this".
 *
 * Each question word (term group) counts with its inverse document frequency; a
 * word the corpus never contains gets the highest idf, so a question about a
 * topic absent from the articles ("inflation") scores low even when its common
 * words ("Kazakhstan") match everywhere.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { paragraphStemIds } from '../index/paragraph-stems.js';
import { indexTerms } from '../text/tokenize.js';
import type { Paragraph } from '../types.js';
import type { QueryTerm } from './query.js';

export function paragraphTerms(paragraph: Paragraph): Set<string> {
  return new Set([...indexTerms(paragraph.text), ...(paragraph.translation ? indexTerms(paragraph.translation) : [])]);
}

export function measureEvidence(index: ParagraphIndex, terms: QueryTerm[], paragraph: Paragraph): number {
  // A paragraph with both language views is judged on the question's own words:
  // lexicon translations are uncertain (several senses, name guesses) and would
  // let a wrong sense pass for evidence. Without a view in the question's
  // language, the translation is all there is to go on.
  const usable = paragraph.translation ? terms.filter((term) => !term.translated) : terms;
  if (usable.length === 0) return 0;
  // The index's own paragraphs are read from its keyword rows (the same terms, no re-tokenising).
  const stems = paragraphStemIds(index, paragraph);
  const vocabulary = index.keyword.tables.terms;
  const present = stems ? { has: (term: string) => stems.has(vocabulary.find(term)) } : paragraphTerms(paragraph);
  const groups = new Map<string, { weight: number; found: boolean }>();
  for (const term of usable) {
    const weight = index.keyword.idf(term.term) * Math.min(1, term.weight);
    const group = groups.get(term.group) ?? { weight: 0, found: false };
    // A group weighs as much as its most specific term: one rare translation is enough to carry it.
    group.weight = Math.max(group.weight, weight);
    group.found ||= present.has(term.term);
    groups.set(term.group, group);
  }
  let total = 0;
  let found = 0;
  for (const group of groups.values()) {
    total += group.weight;
    if (group.found) found += group.weight;
  }
  return total > 0 ? found / total : 0;
}
