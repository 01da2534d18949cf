/**
 * Terminal rendering of an answer, in the same layout as Discord: the answer,
 * then only the sources it cites (article · section · paragraph, the exact
 * quote, its rendering in the reader's language), or a refusal's nearest
 * excerpts under a heading saying they do not answer the question; the words
 * around it (src/core/answer/answer-words.ts) are the bot's. Every line
 * is in one language and laid out by the direction rule (core/text/bidi.ts).
 */
import { type Answer, answerNotes, answerWords, type Citation, citationPlace, citedNumbers, directLine, directText, glossFor, inQuotationMarks, type Language, modeLine, readerView, renderingLabel, stripBidiControls } from '../core/public.js';

const NEAREST_SHOWN = 3;
const flat = (text: string) => stripBidiControls(text).replace(/\s+/gu, ' ').trim();
const directionOf = (lang: Language) => (lang === 'ar' ? 'rtl' : 'ltr');

/** "[1] Title · Section · ¶ 11" in the reader's language (the translation's title and section when it is in it). */
export function citationHeader(citation: Citation, lang: Language): string {
  const { title, section } = readerView(citation, lang);
  const parts = [flat(title), ...(section ? [flat(section)] : []), citationPlace(citation, lang)];
  return directLine(`[${citation.n}] ${parts.join(' · ')}`, directionOf(lang));
}

export function renderCitation(citation: Citation, lang: Language, shownText = ''): string {
  const shown = flat(shownText);
  const lines = [citationHeader(citation, lang)];
  if (!shown.includes(flat(citation.quote))) lines.push(`    ${directLine(inQuotationMarks(flat(citation.quote)))}`);
  const rendering = readerView(citation, lang).rendering;
  if (rendering && flat(rendering) !== flat(citation.quote) && !shown.includes(flat(rendering))) lines.push(`    ${directLine(`${renderingLabel(citation, lang)}: ${flat(rendering)}`)}`);
  const gloss = glossFor(citation, lang);
  if (gloss && !shown.includes(flat(gloss))) lines.push(`    ${directLine(flat(gloss), 'ltr')}`);
  if (citation.url) lines.push(`    ${citation.url}`);
  return lines.join('\n');
}

export function renderAnswer(answer: Answer): string {
  const cited = new Set(citedNumbers(answer));
  const parts = [directText(stripBidiControls(answer.answer).replace(/[ \t]*\[(\d{1,3})\]/gu, (marker, n: string) => (cited.has(Number(n)) ? marker : '')))];
  const notes = answerNotes(answer);
  if (notes.length > 0) parts.push(directText(notes.map((note) => `(${stripBidiControls(note)})`).join('\n')));
  if (answer.answerable) {
    const sources = answer.citations.filter((citation) => cited.has(citation.n));
    if (sources.length > 0) parts.push(sources.map((citation) => renderCitation(citation, answer.lang, answer.answer)).join('\n'));
  } else if (answer.citations.length > 0) {
    const nearest = answer.citations.slice(0, NEAREST_SHOWN).map((citation) => renderCitation(citation, answer.lang));
    parts.push([directLine(`${answerWords(answer.lang).nearestHeading}:`, directionOf(answer.lang)), ...nearest].join('\n'));
  }
  parts.push(directLine(`— ${modeLine(answer)}`, directionOf(answer.lang)));
  return parts.join('\n\n');
}
