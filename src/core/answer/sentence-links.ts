/**
 * How a sentence leans on the one before it, so an answer unit (units.ts) brings
 * that one along and a paragraph is read with the one before it:
 * - a fragment (a few words, cut off by the outlet's stray full stops);
 * - a sentence that opens with a continuation («مما»، «حيث»، "which"), a
 *   circumstantial participle («مشيرا»، «مؤكدا») or a preposition attached to a
 *   noun, the rest of the previous sentence;
 * - one that opens with a reference to the previous one («الأخير»، «ذلك»،
 *   "the latter", "this"). Words from knowledge/language/sentence-links.tsv.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { textWords } from '../text/text-words.js';
import { isStopWord, rawTokens } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { Paragraph } from '../types.js';

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

export function opensWith(text: string | undefined, kind: 'continuation' | 'backReference'): boolean {
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

export function isFragment(paragraph: Paragraph, index: number): boolean {
  return textWords(paragraph.sentences[index]!.text).tokens.length < TUNING.answer.unit.fragmentTokens;
}

/** The sentence cannot start an answer: it continues or points back at the previous one. */
export function leansBack(paragraph: Paragraph, index: number): boolean {
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
