/**
 * The priors a fused candidate list is weighed by before its best few are read word by word (retriever.ts): a question
 * about the future weighs paragraphs speaking of the future up, and a paragraph under a headline naming what the
 * question names is credited for it, said or not (carried-words.ts). Both re-sort the list in place.
 */
import { speaksOfFuture } from '../question/future-tense.js';
import { TUNING } from '../tuning.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { titleNames } from './carried-words.js';
import { sectionWords } from './section-headings.js';
import type { QueryTerm } from './query.js';

/** What of the question the priors read (retriever.ts's options). */
interface PriorOptions {
  terms: QueryTerm[];
  future?: boolean;
  names?: ReadonlySet<string>;
}

/** Returns each credited entry's headline credit, so a name the paragraph before also carries is counted once. */
export function weighBeforeReading(index: ParagraphIndex, options: PriorOptions, fused: { entry: number; score: number }[]): Map<number, number> {
  // A question about what will happen weighs the paragraphs that speak of the future up, before the best few are read.
  if (options.future) {
    for (const candidate of fused.slice(0, TUNING.retrieval.future.candidates)) {
      if (speaksOfFuture(index.readEntryText(index.entries[candidate.entry]!))) candidate.score *= 1 + TUNING.retrieval.future.prior;
    }
    fused.sort((left, right) => right.score - left.score);
  }
  // A paragraph under a headline naming what the question names is about it, said or not («وبلغت تكلفتها…» under a
  // headline naming the plant): credited before the few are chosen, from its keyword rows (carried-words.ts).
  const names = options.names;
  const headlineCredit = new Map<number, number>();
  if (names?.size) {
    for (const candidate of fused.slice(0, TUNING.retrieval.titleReach)) {
      const indexEntry = index.entries[candidate.entry]!;
      const article = index.articleOf(indexEntry);
      const credit = TUNING.retrieval.headlineNames * titleNames(index, options.terms, names, article, article.paragraphs[indexEntry.paragraph - 1]!);
      candidate.score += credit;
      headlineCredit.set(candidate.entry, credit);
    }
    fused.sort((left, right) => right.score - left.score);
  }
  // A paragraph under a section heading holding the question's words is about them, said or not (section-headings.ts).
  if (TUNING.retrieval.sectionWords > 0) {
    for (const candidate of fused.slice(0, TUNING.retrieval.titleReach)) {
      const indexEntry = index.entries[candidate.entry]!;
      const article = index.articleOf(indexEntry);
      candidate.score += TUNING.retrieval.sectionWords * sectionWords(index, options.terms, article, article.paragraphs[indexEntry.paragraph - 1]!);
    }
    fused.sort((left, right) => right.score - left.score);
  }
  return headlineCredit;
}
