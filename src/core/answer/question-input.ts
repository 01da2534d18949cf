/**
 * Checks a question before any work is done. Bad input is an expected failure
 * with a message in the asker's language, never a crash or a silent empty answer.
 */
import { MarsadError } from '../../errors.js';
import { detectLanguage, type Language } from '../text/language.js';
import { stripInvisibleControls } from '../text/normalize.js';

export const MAX_QUESTION_CHARACTERS = 1000;

export interface CheckedQuestion {
  /** The question without invisible controls, spaces collapsed (chat markup such as Discord mentions is the edge's to remove). */
  text: string;
  lang: Language;
  /** The question was in a language Marsad does not answer in (answered in English). */
  unsupportedLanguage: boolean;
}

export function checkQuestion(raw: string, requested?: Language): CheckedQuestion {
  const text = stripInvisibleControls(raw).replace(/\s+/g, ' ').trim();
  const guess = detectLanguage(text);
  const lang = requested ?? guess.language;
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new MarsadError('invalid_input', 'Please type a question in words (Arabic or English).', {
      messageAr: 'يُرجى كتابة سؤال بالكلمات (بالعربية أو الإنجليزية).',
    });
  }
  if ([...text].length > MAX_QUESTION_CHARACTERS) {
    throw new MarsadError('invalid_input', `The question is too long (${[...text].length} characters; the limit is ${MAX_QUESTION_CHARACTERS}). Please shorten it.`, {
      messageAr: `السؤال طويل جدًا (${[...text].length} حرفًا؛ الحد الأقصى ${MAX_QUESTION_CHARACTERS}). يُرجى اختصاره.`,
    });
  }
  return { text, lang, unsupportedLanguage: !requested && guess.unsupportedScript };
}

export const UNSUPPORTED_LANGUAGE_NOTICE = 'Marsad answers in Arabic and English; this question was answered in English.';
