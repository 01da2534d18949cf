/**
 * Which of Marsad's two languages an extracted article is in, or a refusal.
 * The text decides between Arabic and English (sites often leave a theme's
 * lang="en-US" on Arabic pages); a page that declares another language, or
 * whose text reads as neither, is refused rather than indexed under the wrong
 * analyser. `--lang` overrides everything.
 */
import { detectLanguage, ENGLISH_STOP_WORDS, type Language, normalizeText, rawTokens } from '../core/public.js';
import { IngestError } from './errors.js';

// Letters of Persian and Urdu that Arabic press text does not use: Arabic script, another language.
const PERSIAN_URDU_LETTERS = /[پچژگکیٹڈڑںھہۓ]/gu;
const ARABIC_LETTERS = /[\u0621-\u064A]/gu;
const SAMPLE = 6000;

function unsupported(input: string, what: string): IngestError {
  return new IngestError(
    input,
    `${what}; Marsad indexes Arabic and English articles only (pass --lang ar or --lang en if this is wrong)`,
    `${what.startsWith('the page declares') ? 'لغة الصفحة غير مدعومة' : 'النص ليس بالعربية ولا بالإنجليزية'}؛ يفهرس مرصد المقالات العربية والإنجليزية فقط`,
  );
}

export function decideLanguage(input: string, text: string, declaredLanguage: string | null, override?: Language): Language {
  if (override) return override;
  const sample = text.slice(0, SAMPLE);
  if (declaredLanguage && !['ar', 'en'].includes(declaredLanguage)) throw unsupported(input, `the page declares language "${declaredLanguage}"`);
  const guess = detectLanguage(sample);
  if (guess.unsupportedScript) throw unsupported(input, 'the text is in a script other than Arabic or Latin');
  if (guess.language === 'ar') {
    const arabicLetters = sample.match(ARABIC_LETTERS)?.length ?? 1;
    if ((sample.match(PERSIAN_URDU_LETTERS)?.length ?? 0) / arabicLetters > 0.02) throw unsupported(input, 'the text reads as Persian or Urdu, not Arabic');
    return 'ar';
  }
  const tokens = rawTokens(normalizeText(sample));
  const englishShare = tokens.filter((token) => ENGLISH_STOP_WORDS.has(token)).length / Math.max(tokens.length, 1);
  // Running English prose is a third or more function words; French or Spanish share only a few with it.
  if (tokens.length >= 40 && englishShare < 0.12) throw unsupported(input, 'the text is in Latin script but does not read as English');
  return 'en';
}
