/**
 * The words a summary is shown with, in its language, for both edges (the
 * terminal and Discord): one table, so the two never disagree and an English
 * summary never carries an Arabic label.
 */
import { answerWords } from '../answer/answer-words.js';
import type { AnswerMode, Language } from '../types.js';
import type { EntityKind } from './types.js';

export interface SummaryLabels {
  points: string;
  quotes: string;
  sources: string;
  mentioned: string;
  kinds: Record<EntityKind, string>;
  paragraph: (n: number) => string;
  paragraphs: (numbers: number[]) => string;
  mode: Record<AnswerMode, string>;
  /** Said when English points render Arabic sentences. */
  rendering: string;
}

/** A long list of paragraph numbers is noise: the first five, then an ellipsis. */
function shortList(numbers: number[]): string[] {
  return numbers.length <= 6 ? numbers.map(String) : [...numbers.slice(0, 5).map(String), '…'];
}

const english: SummaryLabels = {
  points: 'Key points',
  quotes: 'Key quotes',
  sources: 'Sources',
  mentioned: 'Mentioned',
  kinds: { person: 'People', country: 'Countries', organisation: 'Organisations' },
  paragraph: answerWords('en').paragraph,
  paragraphs: (numbers) => `¶ ${shortList(numbers).join(', ')}`,
  mode: {
    offline: 'Summarised offline from the articles · quotes verified',
    openai: 'Summarised by the language model from the cited excerpts · quotes verified',
    'offline-fallback': 'The language model was unavailable: summarised offline · quotes verified',
  },
  rendering: 'Points and quotes are the unofficial English rendering of the cited Arabic sentences',
};

const arabic: SummaryLabels = {
  points: 'النقاط الرئيسية',
  quotes: 'اقتباسات رئيسية',
  sources: 'المصادر',
  mentioned: 'ورد ذكرهم',
  kinds: { person: 'أشخاص', country: 'دول', organisation: 'منظمات' },
  paragraph: answerWords('ar').paragraph,
  paragraphs: (numbers) => `${numbers.length === 1 ? 'الفقرة' : 'الفقرات'} ${shortList(numbers).join('، ')}`,
  mode: {
    offline: 'لُخّص دون اتصال من المقالات · الاقتباسات موثّقة',
    openai: 'لخّصه النموذج اللغوي من المقتطفات المذكورة · الاقتباسات موثّقة',
    'offline-fallback': 'تعذّر الوصول إلى النموذج اللغوي: لُخّص دون اتصال · الاقتباسات موثّقة',
  },
  rendering: 'النقاط والاقتباسات ترجمة عربية غير رسمية للجمل الإنجليزية المذكورة',
};

export function summaryLabels(language: Language): SummaryLabels {
  return language === 'ar' ? arabic : english;
}
