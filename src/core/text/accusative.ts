/**
 * The Arabic indefinite accusative: «كم يومًا», «كم فرعًا», «وقّع عقدًا», «620 طلبًا». Its tanween is dropped by
 * normalisation, its alef stays, and the light stemmer keeps it (tokenize.ts): «عقدا» is not «عقد». MSA writes the
 * noun counted after «كم» and after the numbers eleven to ninety-nine this way, and many an object of a verb, so a
 * question's counted noun or a paragraph's object is otherwise another word from the one the other side writes, or
 * (the dictionary listing only the bare noun) a name the answer must hold.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { withoutProclitics } from './arabic-clitics.js';
import { isPlaceName } from './place-names.js';
import { isArabicToken } from './tokenize.js';

/** Shortest noun read under the ending: a two-letter word plus alef is more often a word of its own («هنا», «جدا»). */
const MIN_NOUN = 3;

/**
 * The dictionary noun under a normalised word's accusative alef («يوما» → «يوم», «فرعا» → «فرع»), or null. A place
 * name («روسيا», «كندا») is no accusative of anything.
 */
export function accusativeNoun(token: string): string | null {
  if (!isArabicToken(token) || !token.endsWith('ا') || token.length < MIN_NOUN + 1 || isPlaceName(token)) return null;
  const noun = token.slice(0, -1);
  return isDictionaryWord(noun) ? noun : null;
}

/**
 * The other form of a question word across the accusative: the noun under a question's «يوما», or the accusative
 * of a question's noun as a paragraph writes it («العقد» → «عقدا»). The alef goes on the bare word, never on a light
 * stem (the stem of «الأمريكية» plus alef is «أمريكا»), and not after a taa marbuta, a long vowel or a nisba's «ي»,
 * where it is not written or makes another word («السوري», «سوريا»).
 */
export function accusativeForms(word: string): string[] {
  const noun = accusativeNoun(word);
  if (noun !== null) return [noun];
  if (!isArabicToken(word)) return [];
  const nouns = withoutProclitics(word, MIN_NOUN).filter((form) => !/[اويهىء]$/.test(form) && isDictionaryWord(form));
  const bare = nouns.sort((left, right) => left.length - right.length)[0];
  return bare ? [`${bare}ا`] : [];
}
