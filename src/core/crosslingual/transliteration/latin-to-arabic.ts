/**
 * Latin → Arabic: the Arabic spellings a Latin-script name may have in the
 * Arabic press, from per-letter and per-ending rules ("-stan" → «ستان»,
 * latin-spellings.ts).
 */
import { normalizeText } from '../../text/normalize.js';
import { beam, DEFAULT_BEAM, distinctCandidates, o, type ScoredCandidate, type Segment } from './candidates.js';
import { LATIN_ENDINGS, LATIN_FINAL_VOWELS, LATIN_GROUPS, LATIN_INITIAL_VOWELS, LATIN_VOWELS, latinConsonant } from './latin-spellings.js';
import { arabicMatchKey } from './match-keys.js';

export const LATIN_TOKEN = /^[a-z]+$/;

function latinSegments(word: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < word.length) {
    const c = word[i] as string;
    const rest = word.slice(i);
    // Doubled consonants are written once (shadda is not written in the press).
    if (i > 0 && c === word[i - 1] && !'aeiou'.includes(c)) {
      i += 1;
      continue;
    }
    if (i > 0 && rest.length < word.length - 1 && LATIN_ENDINGS[rest]) {
      segments.push(LATIN_ENDINGS[rest] as Segment);
      break;
    }
    if (i === 0 && LATIN_INITIAL_VOWELS[c]) {
      const group = LATIN_GROUPS.find(([spelling]) => rest.startsWith(spelling) && 'aeiou'.includes(spelling[1] as string));
      if (group) {
        // Initial vowel group: the word starts with alef in Arabic (Ou- → أو).
        segments.push(group[1].map(([output, cost]) => o(output.startsWith('ا') ? output : `ا${output}`, cost)));
        i += group[0].length;
      } else {
        segments.push(LATIN_INITIAL_VOWELS[c] as Segment);
        i += 1;
      }
      continue;
    }
    const group = LATIN_GROUPS.find(([spelling]) => rest.startsWith(spelling));
    if (group) {
      segments.push(group[1]);
      i += group[0].length;
      continue;
    }
    const final = i === word.length - 1;
    // A final y is the word's only vowel sound in "sky", "fly", "wy": said "ai", written «اي» (Sky: «سكاي»).
    if (final && c === 'y' && !/[aeiouy]/.test(word.slice(0, i))) segments.push([o('اي'), o('ي', 0.4)]);
    else if (final && LATIN_FINAL_VOWELS[c]) segments.push(LATIN_FINAL_VOWELS[c] as Segment);
    else if (LATIN_VOWELS[c]) segments.push(LATIN_VOWELS[c] as Segment);
    else segments.push(latinConsonant(c, word[i + 1], final));
    i += 1;
  }
  return segments;
}

/**
 * Arabic spellings (normalizeText form) a Latin-script name may have in the
 * Arabic press, most likely first: "kazakhstan" → كازاخستان, "putin" → بوتين,
 * "elway" → الواي. Empty for tokens that are not plain Latin letters.
 */
export function transliterateLatin(word: string, maxCandidates = 12): string[] {
  return scoredLatinCandidates(word, maxCandidates).map(({ text }) => text);
}

export function scoredLatinCandidates(word: string, maxCandidates: number): ScoredCandidate[] {
  const w = normalizeText(word);
  if (!LATIN_TOKEN.test(w)) return [];
  return distinctCandidates(beam(latinSegments(w), DEFAULT_BEAM), arabicMatchKey, maxCandidates);
}
