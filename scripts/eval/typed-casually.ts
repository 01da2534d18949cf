/**
 * Questions as they are typed in a chat rather than written: one slip of the
 * keyboard in a word of five letters or more (a letter dropped, doubled,
 * swapped with the next or replaced), English in lower case without its
 * question mark, Arabic without hamza seats or its question mark. Seeded, so
 * a figure can be re-measured; nothing is written to disk.
 */
import { seededRandom } from '../bench/corpus.js';

const ENGLISH_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

function slip(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letters = /[a-z]/i.test(word) ? ENGLISH_LETTERS : ARABIC_LETTERS;
  switch (Math.floor(random() * 4)) {
    case 0: return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1: return word.slice(0, at) + word.slice(at + 1);
    case 2: return word.slice(0, at) + word[at] + word.slice(at);
    default: return word.slice(0, at) + letters[Math.floor(random() * letters.length)] + word.slice(at + 1);
  }
}

export function casualTyping(seed: number): (question: string, lang: 'ar' | 'en') => string {
  const random = seededRandom(seed);
  return (question, lang) => {
    const words = question.split(/\s+/);
    const long = words.flatMap((word, position) => (word.replace(/[^\p{L}]/gu, '').length >= 5 ? [position] : []));
    if (long.length > 0) {
      const position = long[Math.floor(random() * long.length)]!;
      words[position] = slip(words[position]!, random);
    }
    const typed = words.join(' ').replace(/[?؟]\s*$/, '').trim();
    return lang === 'en' ? typed.toLowerCase() : typed.replace(/[أإآ]/g, 'ا');
  };
}
