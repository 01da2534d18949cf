/**
 * Answer units: the span of a paragraph an answer shows around its best
 * sentence, so it reads on its own.
 *
 * - The outlet's stray full stops cut sentences in mid-thought: a fragment (a
 *   few words) joins its neighbour, and a sentence that continues the one
 *   before it, or refers back to it, brings that one along (sentence-links.ts).
 * - Quotation marks are balanced in what is shown: the unit grows to the
 *   closing mark when that is near, else the unmatched mark is left outside the
 *   slice. The quote is still an exact slice of the paragraph.
 * The English rendering covers the same sentences (citations.ts).
 */
import { TUNING } from '../tuning.js';
import type { Paragraph } from '../types.js';
import type { SentenceRange } from './citations.js';
import { isFragment, leansBack, opensWith } from './sentence-links.js';

const QUOTATION_MARKS = /["“”«»]/g;
const marksIn = (text: string) => text.match(QUOTATION_MARKS)?.length ?? 0;

/** Sentences first..last as a slice of the paragraph, with unbalanced quotation marks left outside. */
function balancedSlice(paragraph: Paragraph, first: number, last: number): SentenceRange {
  let start = paragraph.sentences[first]!.start;
  let end = paragraph.sentences[last]!.end;
  const text = paragraph.text;
  if (marksIn(text.slice(start, end)) % 2 === 1) {
    // A closing mark hanging at the end (“…لدولتنا.”, `…2009."'`) or an opening one at the start.
    const trailing = /["“”«»][^\p{L}\p{N}]*$/u.exec(text.slice(start, end));
    const opening = text.slice(start, end).search(QUOTATION_MARKS);
    // Of the two sides of a lone mark, the longer is shown: a stray mark late in the unit is cut off, not the unit.
    if (trailing || opening > (end - start) / 2) {
      end = start + (trailing ? trailing.index : opening);
      while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    } else {
      start += opening + 1;
      while (/\s/.test(text[start] ?? '')) start += 1;
    }
  }
  return { first, last, start, end };
}

/** Sentences first..last as one unit (quotation marks balanced), or null when longer than a unit may be. */
export function joinedUnit(paragraph: Paragraph, first: number, last: number, maxChars: number = TUNING.answer.unit.maxChars): SentenceRange | null {
  const sentences = paragraph.sentences;
  if (sentences[last]!.end - sentences[first]!.start > maxChars) return null;
  return balancedSlice(paragraph, first, last);
}

/** Units depend on the paragraph alone: worked out once per paragraph object, whatever the question. */
const unitsByParagraph = new WeakMap<Paragraph, SentenceRange[]>();

/** The unit around sentence `index`: the sentences it needs to read on its own, quotation marks balanced. */
export function answerUnit(paragraph: Paragraph, index: number): SentenceRange {
  let units = unitsByParagraph.get(paragraph);
  if (!units) unitsByParagraph.set(paragraph, (units = []));
  return (units[index] ??= unitAround(paragraph, index));
}

function unitAround(paragraph: Paragraph, index: number): SentenceRange {
  const { maxChars, maxExtraSentences } = TUNING.answer.unit;
  const sentences = paragraph.sentences;
  const length = (first: number, last: number) => sentences[last]!.end - sentences[first]!.start;
  let first = index;
  let last = index;
  let extra = 0;
  const fits = (nextFirst: number, nextLast: number) => extra < maxExtraSentences && length(nextFirst, nextLast) <= Math.max(maxChars, length(index, index));
  // A fragment (a few words cut off by a stray full stop: «كتب المؤرخ فريديريك و.») joins even a long sentence: it is part of it.
  const joins = (added: number, nextFirst: number, nextLast: number) => fits(nextFirst, nextLast) || (extra < maxExtraSentences && isFragment(paragraph, added));
  while (first > 0 && (leansBack(paragraph, first) || isFragment(paragraph, first - 1)) && joins(first - 1, first - 1, last)) {
    first -= 1;
    extra += 1;
  }
  while (last + 1 < sentences.length && (isFragment(paragraph, last + 1) || opensWith(sentences[last + 1]!.text, 'continuation') || opensWith(paragraph.sentenceTranslations?.[last + 1], 'continuation')) && joins(last + 1, first, last + 1)) {
    last += 1;
    extra += 1;
  }
  // Quotation marks: grow to the closing mark when it is near.
  const slice = () => paragraph.text.slice(sentences[first]!.start, sentences[last]!.end);
  for (let step = 0; marksIn(slice()) % 2 === 1 && step < maxExtraSentences; step += 1) {
    if (last + 1 < sentences.length && length(first, last + 1) <= maxChars && marksIn(sentences[last + 1]!.text) % 2 === 1) last += 1;
    else if (first > 0 && length(first - 1, last) <= maxChars && marksIn(sentences[first - 1]!.text) % 2 === 1) first -= 1;
    else if (last + 1 < sentences.length && length(first, last + 1) <= maxChars) last += 1;
    else break;
  }
  return balancedSlice(paragraph, first, last);
}
