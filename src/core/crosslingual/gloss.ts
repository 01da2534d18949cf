/**
 * A word-by-word gloss of an Arabic quote for an English reader when the
 * article has no English rendering: the quote's key words with a dictionary
 * sense (FreeDict) each, names transliterated. It is labelled as a gloss, not a
 * translation: it shows what the words can mean, so the reader can judge the
 * quote, and never stands in for the published text.
 */
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, isStopWord, rawTokens, stemToken, stripArabicArticle } from '../text/tokenize.js';
import { detectDateline } from '../knowledge/printed-dateline.js';
import { isPlaceName } from '../text/place-names.js';
import { peopleInText } from '../summary/names-in-text.js';
import type { GlossEntry } from '../types.js';
import { expectedSenses } from './gloss-senses.js';
import { isDictionaryWord } from './dictionary-words.js';
import { lookupArabic } from './lexicon-lookup.js';
import { transliterateArabic } from './transliteration/arabic-to-latin.js';

/** How many words a gloss shows: all of them, and those the question did not ask about (shown for context). */
export interface GlossLimits {
  words: number;
  otherWords: number;
}
const SHOWN: GlossLimits = { words: 8, otherWords: 3 };
const SENSES_SHOWN = 2;

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Key words first: those the question asked about (`asked`: stems of its
 * translation), then the quote's other content words in order, up to eight (`limits`). A
 * name the question wrote in Latin letters (`spelled`: stem → the question's
 * word) is glossed with that spelling.
 */
export function glossOf(quote: string, asked: ReadonlySet<string> = new Set(), spelled: ReadonlyMap<string, string> = new Map(), limits: GlossLimits = SHOWN): GlossEntry[] {
  const words: { surface: string; token: string }[] = [];
  for (const match of quote.matchAll(/[\p{L}\p{M}]+/gu)) {
    for (const token of rawTokens(normalizeText(match[0]))) {
      if (!isArabicToken(token) || token.length < 3 || isStopWord(token) || words.some((word) => word.token === token)) continue;
      words.push({ surface: match[0], token });
    }
  }
  // A person the press introduces by title or speech verb («وقال وزير المياه “…”») is a name, whatever the
  // dictionary says its letters mean (a given name is often a common word: «سامر» "night companion").
  const people = new Set(peopleInText(quote, 'ar').flatMap((person) => rawTokens(normalizeText(person))));
  const isAsked = (word: { token: string }) => asked.has(stemToken(word.token));
  // The dateline at the head of a lead («مسقط – …») is the place the story was filed from, not a word to gloss: its
  // letters often spell a common word too («مسقط» "felled"), which would mislead more than it tells.
  const dateline = new Set(rawTokens(normalizeText(detectDateline(quote) ?? '')));
  const isContext = (word: { token: string }) => !isAsked(word) && !dateline.has(word.token);
  const ranked = [...words.filter(isAsked), ...words.filter(isContext).slice(0, limits.otherWords)];
  const entries: GlossEntry[] = [];
  for (const word of ranked) {
    if (entries.length >= limits.words) break;
    const { surface, token } = word;
    const spelling = spelled.get(stemToken(token));
    if (spelling) {
      entries.push({ word: surface, meaning: spelling.split(' ').map(capitalised).join(' '), name: true });
      continue;
    }
    if (people.has(token)) {
      const spelling = transliterateArabic(token, 1)[0];
      if (spelling) entries.push({ word: surface, meaning: capitalised(spelling), name: true });
      continue;
    }
    const match = lookupArabic([token])[0];
    const senses = match ? expectedSenses(match, stripArabicArticle(token) !== token) : [];
    const place = isPlaceName(token);
    if (senses.length > 0) entries.push({ word: surface, meaning: senses.slice(0, SENSES_SHOWN).map((sense) => (place ? capitalised(sense) : sense)).join('; ') });
    // A word no dictionary knows is glossed as a name only when the question asked about it: elsewhere it is as
    // likely an inflected word the dictionary lacks as a name.
    else if (isAsked(word) && !isDictionaryWord(token)) {
      const spelling = transliterateArabic(token, 1)[0];
      if (spelling) entries.push({ word: surface, meaning: capitalised(spelling), name: true });
    }
  }
  return entries;
}

/** The gloss as one line for a reader: «word» meaning; «name» Name (name). */
export function glossLine(entries: GlossEntry[]): string {
  return `Word-by-word dictionary gloss (not a translation): ${entries.map((entry) => `«${entry.word}» ${entry.meaning}${entry.name ? ' (name)' : ''}`).join(' · ')}`;
}
