/**
 * The numbered excerpts the model summarises from: each paragraph cut into
 * consecutive spans that read on their own (the shortest standalone run of
 * sentences each time), so whatever number the model cites maps to an exact
 * quote, and together the excerpts cover the whole scope.
 */
import type { Article, Paragraph } from '../types.js';
import { groupOf, type ScopeParagraph } from './candidates.js';
import { spanDisplay, joinSentences } from './display-text.js';
import { isStandaloneRange, sentenceRoles } from './sentence-roles.js';

export interface Excerpt {
  n: number;
  article: Article;
  paragraph: Paragraph;
  start: number;
  end: number;
  /** The span as displayed, in the article's own language. */
  original: string;
  /** Its aligned rendering in the article's other language, or null. */
  rendering: string | null;
  group: string;
}

/** Shortest excerpts worth a number of their own (characters). */
const MIN_EXCERPT = 60;

export function partitionExcerpts(scope: ScopeParagraph[]): Excerpt[] {
  const excerpts: Excerpt[] = [];
  for (const { article, paragraph } of scope) {
    const roles = sentenceRoles(paragraph);
    const count = paragraph.sentences.length;
    let first = 0;
    while (first < count) {
      let last = first;
      const long = (to: number) => paragraph.sentences[to]!.end - paragraph.sentences[first]!.start >= MIN_EXCERPT;
      while (last < count - 1 && !(isStandaloneRange(roles, first, last) && long(last))) last += 1;
      // A short tail joins the excerpt before it rather than standing alone.
      const previous = excerpts.at(-1);
      if (last === count - 1 && first > 0 && !long(last) && previous?.paragraph === paragraph) {
        previous.end = paragraph.sentences[last]!.end;
        previous.original = spanDisplay(paragraph.text.slice(previous.start, previous.end));
        previous.rendering = renderingOf(paragraph, paragraph.sentences.findIndex((s) => s.start === previous.start), last);
        break;
      }
      const start = paragraph.sentences[first]!.start;
      const end = paragraph.sentences[last]!.end;
      excerpts.push({
        n: excerpts.length + 1,
        article,
        paragraph,
        start,
        end,
        original: spanDisplay(paragraph.text.slice(start, end)),
        rendering: renderingOf(paragraph, first, last),
        group: groupOf(paragraph),
      });
      first = last + 1;
    }
  }
  return excerpts;
}

function renderingOf(paragraph: Paragraph, first: number, last: number): string | null {
  const aligned = paragraph.sentenceTranslations?.slice(first, last + 1);
  if (aligned) return joinSentences(aligned);
  return first === 0 && last === paragraph.sentences.length - 1 && paragraph.translation ? joinSentences([paragraph.translation]) : null;
}
