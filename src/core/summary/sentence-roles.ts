/**
 * Which sentences can stand alone. The outlet cuts sentences with full stops
 * where English would use a comma ("فمنذ بداية رئاستي وحتى اليوم." is half a
 * sentence), so a point or quote must never start on a sentence that continues
 * the previous one, nor end on one that leads into the next.
 */
import { normalizeText } from '../text/normalize.js';
import { languageTable } from '../text/language-data.js';
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

interface OpeningWords {
  arabicContinuations: Set<string>;
  englishContinuations: Set<string>;
  englishCompletions: Set<string>;
  notParticiples: Set<string>;
}

let openingWords: OpeningWords | null = null;

/**
 * From knowledge/language/: continuations (consequence, addition, relative
 * clauses, the circumstantial participles Arabic press opens sentences with)
 * in sentence-links.tsv; English completions and -ing prepositions in
 * sentence-openings.tsv.
 */
function words(): OpeningWords {
  if (openingWords) return openingWords;
  // English openers that point back ("He said …", "The latter …") tie a sentence as continuations do.
  const links = languageTable('sentence-links.tsv').filter(([, lang, link]) => link === 'continuation' || (lang === 'en' && link === 'back_reference'));
  const openings = languageTable('sentence-openings.tsv');
  openingWords = {
    arabicContinuations: new Set(links.filter(([, lang]) => lang === 'ar').map(([form]) => normalizeText(form!))),
    englishContinuations: new Set(links.filter(([form, lang]) => lang === 'en' && !form!.includes(' ')).map(([form]) => form!.toLowerCase())),
    englishCompletions: new Set(openings.filter(([, role]) => role === 'completion').map(([word]) => word!)),
    notParticiples: new Set(openings.filter(([, role]) => role === 'not_participle').map(([word]) => word!)),
  };
  return openingWords;
}

/** The first word, and the same without an attached و/ف («ومشيرا» → «مشيرا»). */
function continuesInArabic(text: string): boolean {
  const first = firstArabicWord(text);
  const { arabicContinuations } = words();
  return arabicContinuations.has(first) || (/^[وف]/u.test(first) && arabicContinuations.has(first.slice(1)));
}

function firstArabicWord(text: string): string {
  return rawTokens(normalizeText(text))[0] ?? '';
}

const firstEnglishWord = (translation: string) => /^[\s"“'‘(]*([A-Za-z]+)/.exec(translation)?.[1]?.toLowerCase() ?? '';

function englishContinues(translation: string | undefined): boolean {
  if (!translation) return false;
  const first = firstEnglishWord(translation);
  if (words().englishContinuations.has(first)) return true;
  return first.endsWith('ing') && first.length > 5 && !words().notParticiples.has(first);
}

/** "Referring to Putin's visit in November." : a participle phrase with no main clause leads into the next sentence. */
function englishLeadsOn(translation: string | undefined): boolean {
  if (!translation) return false;
  const first = firstEnglishWord(translation);
  return first.endsWith('ing') && first.length > 5 && !translation.includes(',') && !['during', 'according'].includes(first);
}

const isEnglish = (text: string | undefined): text is string => text !== undefined && /[A-Za-z]/u.test(text) && !/[\u0600-\u06FF]/u.test(text);

/** A sentence's English view: an English article's own sentence, or the English rendering of an Arabic one. */
function englishView(paragraph: Paragraph, index: number): string | undefined {
  return [paragraph.sentences[index]?.text, paragraph.sentenceTranslations?.[index]].find(isEnglish);
}

export function sentenceRoles(paragraph: Paragraph): SentenceRole[] {
  const last = paragraph.sentences.length - 1;
  return paragraph.sentences.map((sentence, index): SentenceRole => {
    if (rawTokens(normalizeText(sentence.text)).length < 2) return 'both';
    if (index === 0) {
      // An Arabic paragraph's first sentence may lead on in its English rendering ("…, he said:").
      const rendering = paragraph.sentenceTranslations?.[0];
      const leadsOn = sentence.text.length < FRAGMENT_CHARS || englishLeadsOn(isEnglish(rendering) ? rendering : undefined);
      return leadsOn && last > 0 ? 'forward' : 'free';
    }
    const english = englishView(paragraph, index);
    if (words().englishCompletions.has(firstEnglishWord(english ?? ''))) return 'tied';
    const continues = continuesInArabic(sentence.text) || englishContinues(english);
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
