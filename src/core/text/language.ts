/** Languages Marsad answers in. Questions in any other language get English. */
export type Language = 'ar' | 'en';

export interface LanguageGuess {
  language: Language;
  /** True when the text is mostly in a script Marsad does not answer in (Cyrillic, CJK…). */
  unsupportedScript: boolean;
}

const ARABIC_LETTERS = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/gu;
const OTHER_LETTERS = /[^\P{L}A-Za-z\u00C0-\u024F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Script-based guess, counted in words: an Arabic question often names people
 * in Latin script ("ماذا قال Emmanuel Macron عن Olaf Scholz؟"), and long Latin
 * names would outweigh the Arabic if letters were counted. Arabic wins from 40 %
 * of the words.
 */
export function detectLanguage(text: string): LanguageGuess {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const arabicLetters = count(word, ARABIC_LETTERS);
    const latinLetters = count(word, LATIN_LETTERS);
    const otherLetters = count(word, OTHER_LETTERS);
    if (arabicLetters >= latinLetters && arabicLetters >= otherLetters) arabic += 1;
    else if (latinLetters >= otherLetters) latin += 1;
    else other += 1;
  }
  const total = arabic + latin + other;
  if (total === 0) return { language: 'en', unsupportedScript: false };
  if (arabic / total >= 0.4) return { language: 'ar', unsupportedScript: false };
  return { language: 'en', unsupportedScript: other > latin && other > arabic };
}

/** The other of Marsad's two languages: the language of an article's translation, a reader's other language. */
export function otherLanguage(language: Language): Language {
  return language === 'ar' ? 'en' : 'ar';
}
