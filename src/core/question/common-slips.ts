/**
 * A lower-case English word no dictionary knows is read as a name typed without its capital ("did tokayev meet…"),
 * but a typing slip of a common word ("aginst", "recieve", "goverment", "parliment") is no dictionary word either:
 * read as a name, it is one the paragraphs lack and an answerable question is refused. A word one slip from a common
 * English word is that word mistyped, not a name. Only the slips names seldom make with common words count: a letter
 * left out ("aginst"), two letters swapped ("recieve"), and in a long word one vowel for another ("parliment"); a
 * letter replaced or added reads names as words ("walid": "valid", "ahmed": "armed", "saleh": "sale"), and short
 * words are left names. Commonness: english-word-levels.tsv (SCOWL sizes) via gloss-senses.ts.
 */
import { isCommonEnglishWord } from '../crosslingual/gloss-senses.js';
import { TUNING } from '../tuning.js';

const LOWER_LATIN = /^[a-z]+$/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiou';

/** The words the (lower-case Latin) word would be with a letter put back, two neighbours swapped, or (if long) one vowel for another. */
function slipReadings(word: string): string[] {
  const forms: string[] = [];
  for (let position = 0; position <= word.length; position += 1) {
    const head = word.slice(0, position);
    const tail = word.slice(position);
    for (const letter of LETTERS) forms.push(head + letter + tail);
    if (tail.length > 1 && tail[0] !== tail[1]) forms.push(head + tail[1] + tail[0] + tail.slice(2));
    if (word.length >= TUNING.reading.slipVowelLength && tail.length > 0 && VOWELS.includes(tail[0]!)) {
      for (const vowel of VOWELS) if (vowel !== tail[0]) forms.push(head + vowel + tail.slice(1));
    }
  }
  return forms;
}

/** Whether the (normalised, lower-case Latin) word is one slip from a common English word. */
export function isSlipOfCommonWord(word: string): boolean {
  const { slipCommonLevel, slipMinLength } = TUNING.reading;
  if (word.length < slipMinLength || !LOWER_LATIN.test(word)) return false;
  return slipReadings(word).some((form) => isCommonEnglishWord(form, slipCommonLevel));
}
