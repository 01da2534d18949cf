/**
 * Which sentences can stand alone. The outlet cuts sentences with full stops
 * where English would use a comma ("فمنذ بداية رئاستي وحتى اليوم." is half a
 * sentence), so a point or quote must never start on a sentence that continues
 * the previous one, nor end on one that leads into the next.
 */
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import type { Paragraph } from '../types.js';

/**
 * free: stands alone. back: continues the previous sentence (which can do
 * without it). tied: completes the previous sentence, which cannot end without
 * it ("… the longest border in the world." + "Makes close cooperation
 * inevitable."). forward: leads into the next. both: carries nothing by itself
 * ("(…)."), never a boundary.
 */
export type SentenceRole = 'free' | 'back' | 'tied' | 'forward' | 'both';

/** Shorter than this (characters of Arabic) a sentence is a fragment. */
const FRAGMENT_CHARS = 50;

// First words (normalised) that tie a sentence to the one before it: consequence,
// addition, relative clauses and the circumstantial participles the outlet opens with.
const ARABIC_CONTINUATIONS = new Set(
  `مما لانه لانها لان وبالتالي حيث فضلا بل وذلك اضافه بعد اهمها ومنع
   متحدثا مشيرا واصفا مبرزا موكدا مضيفا قائلا موضحا لافتا معتبرا منوها مشددا معربا
   ومشيرا وواصفا ومبرزا وموكدا ومضيفا وقائلا وموضحا ولافتا`
    .split(/\s+/)
    .filter(Boolean),
);
const ENGLISH_CONTINUATIONS = new Set(['which', 'because', 'thereby', 'rather', 'as', 'after', 'and', 'nor', 'or']);
// A verb with no subject, or an infinitive: the rendering of a predicate the outlet cut off with a full stop.
const ENGLISH_COMPLETIONS = new Set(['makes', 'make', 'will', 'would', 'to', 'is', 'are', 'was', 'were', 'has', 'have', 'can', 'could']);
// Sentence-initial -ing words that are prepositions, not participles of the previous clause.
const ENGLISH_ING_STARTERS = new Set(['during', 'according', 'including', 'regarding', 'following', 'concerning', 'turning', 'referring', 'speaking']);

function firstArabicWord(text: string): string {
  return rawTokens(normalizeText(text))[0] ?? '';
}

const firstEnglishWord = (translation: string) => /^[\s"“'‘(]*([A-Za-z]+)/.exec(translation)?.[1]?.toLowerCase() ?? '';

function englishContinues(translation: string | undefined): boolean {
  if (!translation) return false;
  const first = firstEnglishWord(translation);
  if (ENGLISH_CONTINUATIONS.has(first)) return true;
  return first.endsWith('ing') && first.length > 5 && !ENGLISH_ING_STARTERS.has(first);
}

/** "Referring to Putin's visit in November." : a participle phrase with no main clause leads into the next sentence. */
function englishLeadsOn(translation: string | undefined): boolean {
  if (!translation) return false;
  const first = firstEnglishWord(translation);
  return first.endsWith('ing') && first.length > 5 && !translation.includes(',') && !['during', 'according'].includes(first);
}

export function sentenceRoles(paragraph: Paragraph): SentenceRole[] {
  const last = paragraph.sentences.length - 1;
  return paragraph.sentences.map((sentence, index): SentenceRole => {
    if (rawTokens(normalizeText(sentence.text)).length < 2) return 'both';
    if (index === 0) {
      const leadsOn = sentence.text.length < FRAGMENT_CHARS || englishLeadsOn(paragraph.sentenceTranslations?.[0]);
      return leadsOn && last > 0 ? 'forward' : 'free';
    }
    if (ENGLISH_COMPLETIONS.has(firstEnglishWord(paragraph.sentenceTranslations?.[index] ?? ''))) return 'tied';
    const continues =
      ARABIC_CONTINUATIONS.has(firstArabicWord(sentence.text)) || englishContinues(paragraph.sentenceTranslations?.[index]);
    if (continues) return 'back';
    if (sentence.text.length < FRAGMENT_CHARS) return index === last ? 'back' : 'forward';
    return 'free';
  });
}

/** True when sentences first..last (inclusive) form a span that reads on its own. */
export function isStandaloneRange(roles: SentenceRole[], first: number, last: number): boolean {
  const startRole = roles[first]!;
  const endRole = roles[last]!;
  if (first > 0 && (startRole === 'back' || startRole === 'tied' || startRole === 'both')) return false;
  if (last < roles.length - 1 && (endRole === 'forward' || endRole === 'both' || roles[last + 1] === 'tied')) return false;
  if (first === 0 && startRole === 'both') return false;
  return true;
}
