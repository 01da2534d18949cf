/** The notices of the generative path, in both answer languages ("not covered" is the offline answerer's text). */
import type { Language } from '../../types.js';

export type FallbackReason = 'unavailable' | 'unverified' | 'wrong_language';

const FALLBACK_NOTICES: Record<FallbackReason, Record<Language, string>> = {
  unavailable: {
    en: 'The language model was unavailable, so this is the offline answer, taken directly from the sources.',
    ar: 'تعذّر الوصول إلى النموذج اللغوي، لذا فهذه هي الإجابة المحلية المستخرجة مباشرة من المصادر.',
  },
  unverified: {
    en: "The language model's answer could not be verified against the sources, so this is the offline answer, taken directly from the sources.",
    ar: 'تعذّر التحقق من إجابة النموذج اللغوي من خلال المصادر، لذا فهذه هي الإجابة المحلية المستخرجة مباشرة من المصادر.',
  },
  wrong_language: {
    en: 'The language model did not answer in English, so this is the offline answer, taken directly from the sources.',
    ar: 'لم يُجب النموذج اللغوي بالعربية، لذا فهذه هي الإجابة المحلية المستخرجة مباشرة من المصادر.',
  },
};

export function fallbackNotice(reason: FallbackReason, lang: Language): string {
  return FALLBACK_NOTICES[reason][lang];
}

