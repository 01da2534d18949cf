/**
 * Matching short page lines against the phrase lists in knowledge/language/.
 * Lines and phrases are compared in the index's matching form (normalizeText:
 * Arabic spelling variants, diacritics, digits and case folded), so «اقرأ أيضاً»
 * and «إقرأ ايضا» are one phrase. In a phrase, {n} stands for a number and {*}
 * for one to three words.
 */
import { normalizeText, readWordList } from '../core/public.js';

// JavaScript's \b only knows ASCII letters, so phrase ends use an explicit boundary.
const BOUNDARY = '(?=$|[\\s\\p{P}\\p{S}])';
// After a one-word opener ("Related", «شاهد») only punctuation or the end of the line will do:
// "Related talks are planned" is a sentence, "Related:" is a label.
const LABEL_END = '\\s*(?=$|[:|\\-–—»›>.…،؛/])';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PLACEHOLDERS: Record<string, string> = { '{n}': '\\d+', '{*}': '\\S+(?: \\S+){0,2}' };

/** A phrase as a regular expression source, its literal parts put in the given form. */
function phraseSource(phrase: string, form: (text: string) => string): string {
  return phrase
    .split(/(\{n\}|\{\*\})/)
    .map((part) => PLACEHOLDERS[part] ?? escape(form(part)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Punctuation and symbols set aside: the form in which a whole line is compared with a label. */
export function labelForm(text: string): string {
  return normalizeText(text).replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export interface PhraseList {
  /** The line is exactly one of the phrases (punctuation, and counts such as "(12)", set aside). */
  isWholeLine(text: string): boolean;
  /** The rest of the line after the longest phrase it opens with, or null when it opens with none. */
  restAfterOpening(text: string): string | null;
}

const lists = new Map<string, PhraseList>();

/**
 * `labels`: a one-word opener must be followed by punctuation or the end of
 * the line (for lists of labels such as "Related:"); bylines ("By Jane…") need
 * it off.
 */
export function phraseList(fileName: string, options: { labels: boolean } = { labels: true }): PhraseList {
  return phraseListFrom(fileName, () => readWordList(fileName), options);
}

/** A list built from phrases read some other way (one column of a TSV file); `name` keys the cache. */
export function phraseListFrom(name: string, read: () => readonly string[], options: { labels: boolean }): PhraseList {
  const key = `${name}:${options.labels}`;
  const cached = lists.get(key);
  if (cached) return cached;
  const phrases = read();
  const whole = new RegExp(`^(?:${phrases.map((phrase) => phraseSource(phrase, labelForm)).join('|')})$`, 'u');
  // Longest first, so "read more" is not cut after "read".
  const openers = phrases.map((phrase) => normalizeText(phrase)).sort((a, b) => b.length - a.length);
  const opening = new RegExp(`^(?:${openers.map((phrase) => phraseSource(phrase, (part) => part) + (/[\s:]/.test(phrase) || !options.labels ? BOUNDARY : LABEL_END)).join('|')})`, 'u');
  const list: PhraseList = {
    isWholeLine(text) {
      const form = labelForm(text);
      return whole.test(form) || whole.test(form.replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim());
    },
    restAfterOpening(text) {
      const match = opening.exec(normalizeText(text));
      if (!match) return null;
      // Normalising keeps the words apart, so the opener's word count finds the rest as printed.
      const openerWords = match[0].trim().split(' ').length;
      return text.trim().split(/\s+/).slice(openerWords).join(' ').replace(/^[\s:|\-–—»›>.…،؛/]+/u, '');
    },
  };
  lists.set(key, list);
  return list;
}

/** A line made only of share targets' names ("Facebook Twitter WhatsApp", «فيسبوك تويتر»). */
export function isShareBar(text: string): boolean {
  const platforms = new Set(readWordList('social-platforms.txt').map(labelForm));
  let rest = ` ${labelForm(text)} `;
  if (rest.trim().length === 0) return false;
  // Longest names first, so "copy link" is taken whole before "link" could be.
  for (const name of [...platforms].sort((a, b) => b.length - a.length)) rest = rest.split(` ${name} `).join(' ');
  return rest.trim().length === 0;
}
