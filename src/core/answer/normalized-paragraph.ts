/**
 * A paragraph's text normalised (normalize.ts), kept per paragraph: the answer's
 * steps that look for a phrase or a whole unit in the paragraphs a question
 * retrieved (phrases, copies of a unit) read the same paragraphs again for every
 * candidate and every question that brings them back.
 */
import { normalizeText } from '../text/normalize.js';
import type { Paragraph } from '../types.js';

const normalizedTexts = new WeakMap<Paragraph, string>();
const normalizedViews = new WeakMap<Paragraph, string>();

/** The paragraph's own text, normalised. */
export function normalizedText(paragraph: Paragraph): string {
  let text = normalizedTexts.get(paragraph);
  if (text === undefined) {
    text = normalizeText(paragraph.text);
    normalizedTexts.set(paragraph, text);
  }
  return text;
}

/** The paragraph's text and English rendering, normalised and padded with spaces (a phrase is sought as ` phrase `). */
export function viewsOf(paragraph: Paragraph): string {
  let views = normalizedViews.get(paragraph);
  if (views === undefined) {
    views = ` ${normalizedText(paragraph)} ${paragraph.translation ? normalizeText(paragraph.translation) : ''} `;
    normalizedViews.set(paragraph, views);
  }
  return views;
}
