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
 * Script-based guess: Arabic letters vs Latin letters. Names and numbers in Latin
 * script inside an Arabic question are common, so Arabic wins from 40 % of the letters.
 */
export function detectLanguage(text: string): LanguageGuess {
  const arabic = count(text, ARABIC_LETTERS);
  const latin = count(text, LATIN_LETTERS);
  const other = count(text, OTHER_LETTERS);
  const total = arabic + latin + other;
  if (total === 0) return { language: 'en', unsupportedScript: false };
  if (arabic / total >= 0.4) return { language: 'ar', unsupportedScript: false };
  return { language: 'en', unsupportedScript: other > latin && other > arabic };
}
