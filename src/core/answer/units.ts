/**
 * Answer units: the span of a paragraph an answer shows around its best
 * sentence, so it reads on its own.
 *
 * - The outlet's stray full stops cut sentences in mid-thought: a fragment (a
 *   few words) joins its neighbour, and a sentence that opens with a
 *   continuation («مما»، «حيث»، "which") or a circumstantial participle
 *   («مشيرا»، «مؤكدا») joins the one before it.
 * - A sentence that opens with a reference to the previous one («الأخير»، «ذلك»،
 *   "the latter", "this") brings that sentence along.
 * - Quotation marks are balanced in what is shown: the unit grows to the
 *   closing mark when that is near, else the unmatched mark is left outside the
 *   slice. The quote is still an exact slice of the paragraph.
 * The English rendering covers the same sentences (citations.ts).
 */
import { isDictionaryWord } from '../crosslingual/lexicon.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { textWords } from '../text/text-words.js';
import { isStopWord, rawTokens } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { Paragraph } from '../types.js';
import type { SentenceRange } from './citations.js';

const QUOTATION_MARKS = /["“”«»]/g;
/** «مشيرا»، «مؤكدا»، «متحدثا»: a participle in the accusative that continues the previous clause. */
const CIRCUMSTANTIAL = /^م\S{3,6}ا$/;

let links: { continuation: Set<string>; backReference: Set<string>; phrases: { words: string[]; link: string }[] } | undefined;

function sentenceLinks() {
  if (!links) {
    links = { continuation: new Set(), backReference: new Set(), phrases: [] };
    for (const [form, , link] of languageTable('sentence-links.tsv')) {
      const words = normalizeText(form!).split(' ');
      if (words.length > 1) links.phrases.push({ words, link: link! });
      else (link === 'continuation' ? links.continuation : links.backReference).add(words[0]!);
    }
  }
  return links;
}

function openingWords(text: string): string[] {
  return textWords(text).tokens.slice(0, TUNING.answer.unit.linkWindow);
}

/** The word's readings without و/ف (وذلك → ذلك), and itself. */
const readings = (word: string): string[] => withoutProclitics(word, 2).filter((form, index) => index === 0 || /^[وف]/.test(word));

/**
 * «بزيارة دولة…»، «للحفاظ على…»: a sentence whose first word is a preposition
 * attached to a noun (the word unknown to the dictionary, the noun known) is the
 * rest of the previous sentence, cut by a stray full stop. A sentence that opens
 * with such a phrase on purpose sets it off with a comma within a few words
 * («لتحقيق ذلك، …»), or uses a word the dictionary knows whole («كما»، «لقد»).
 */
function opensWithAttachedPreposition(text: string): boolean {
  const words = text.trim().split(/\s+/).slice(0, 3);
  if (words.some((word) => /[،,؛:]$/.test(word))) return false;
  const first = rawTokens(normalizeText(words[0] ?? ''))[0] ?? '';
  if (first.length < 4 || isStopWord(first) || isDictionaryWord(first)) return false;
  if (/^(?:بال|كال|لل)/.test(first)) return isDictionaryWord(`ال${first.slice(first.startsWith('لل') ? 2 : 3)}`) || isDictionaryWord(first.slice(first.startsWith('لل') ? 2 : 3));
  return /^[بك]/.test(first) && isDictionaryWord(first.slice(1));
}

function opensWith(text: string | undefined, kind: 'continuation' | 'backReference'): boolean {
  if (!text) return false;
  const table = sentenceLinks();
  const words = openingWords(text);
  const set = table[kind];
  if (kind === 'continuation') {
    const first = words[0] ?? '';
    if (readings(first).some((form) => set.has(form) || CIRCUMSTANTIAL.test(form))) return true;
    if (opensWithAttachedPreposition(text)) return true;
    // An English rendering that starts in lower case continues a sentence.
    if (/^[\s"“'‘(]*\p{Ll}/u.test(text) && /^[\s"“'‘(]*[a-z]/.test(text)) return true;
  } else if (words.some((word) => readings(word).some((form) => set.has(form)))) return true;
  const joined = ` ${words.join(' ')} `;
  return table.phrases.some((phrase) => (phrase.link === 'continuation') === (kind === 'continuation') && joined.includes(` ${phrase.words.join(' ')} `));
}

function isFragment(paragraph: Paragraph, index: number): boolean {
  return textWords(paragraph.sentences[index]!.text).tokens.length < TUNING.answer.unit.fragmentTokens;
}

/** The sentence cannot start an answer: it continues or points back at the previous one. */
function leansBack(paragraph: Paragraph, index: number): boolean {
  const translation = paragraph.sentenceTranslations?.[index];
  return (
    isFragment(paragraph, index) ||
    opensWith(paragraph.sentences[index]!.text, 'continuation') ||
    opensWith(translation, 'continuation') ||
    opensWith(paragraph.sentences[index]!.text, 'backReference') ||
    opensWith(translation, 'backReference')
  );
}

/**
 * The paragraph's first word ties it to the paragraph before («كما»، «ذلك»، "He", "The latter"), in its own words
 * or its rendering. Only the first word: further in, "that" and «أيضا» follow a subject the paragraph names.
 */
export function opensOnPrevious(paragraph: Paragraph): boolean {
  const table = sentenceLinks();
  const links = (form: string) => table.backReference.has(form) || table.continuation.has(form);
  const texts = [paragraph.sentences[0]?.text, paragraph.sentenceTranslations?.[0]];
  return texts.some((text) => {
    if (!text) return false;
    const words = openingWords(text);
    return readings(words[0] ?? '').some(links) || table.phrases.some((phrase) => phrase.words.every((word, position) => words[position] === word));
  });
}

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
  while (first > 0 && (leansBack(paragraph, first) || isFragment(paragraph, first - 1)) && fits(first - 1, last)) {
    first -= 1;
    extra += 1;
  }
  while (last + 1 < sentences.length && (isFragment(paragraph, last + 1) || opensWith(sentences[last + 1]!.text, 'continuation') || opensWith(paragraph.sentenceTranslations?.[last + 1], 'continuation')) && fits(first, last + 1)) {
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
