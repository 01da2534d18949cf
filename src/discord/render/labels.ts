/**
 * Every sentence the bot says on its own behalf, in the reply's language
 * (src/core/text/reply-language.ts decides which). Kept in one table so a
 * translator can review both columns side by side; each line is in one
 * language only, so the direction rule (src/core/text/bidi.ts) lays it out
 * whole. Arabic counts agree with their number («60 سؤالًا»).
 */
import { answerWords, type AnswerWords, ARABIC_NOUNS, arabicCount, englishCount, type Language } from '../../core/public.js';

/** The words around an answer come from the core (shared with the terminal); the rest is the bot's own. */
export interface Labels extends AnswerWords {
  moreExcerpts: string;
  moreExcerptsHeading: string;
  noMoreExcerpts: string;
  helpful: string;
  notHelpful: string;
  feedbackThanks: string;
  feedbackAlreadyRecorded: string;
  answerExpired: string;
  emptyQuestion: string;
  questionTooLong: (limit: number) => string;
  onlyMentionsOrEmoji: string;
  rateLimited: (seconds: number, perMinute: number) => string;
  unexpectedError: (errorId: string) => string;
}

const english: Labels = {
  ...answerWords('en'),
  moreExcerpts: 'More excerpts',
  moreExcerptsHeading: 'More excerpts',
  noMoreExcerpts: 'There are no further excerpts for this answer.',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  feedbackThanks: 'Thank you: your feedback was recorded.',
  feedbackAlreadyRecorded: 'Your vote on this answer was already recorded.',
  answerExpired: 'This answer is no longer in memory (the bot restarted or it is too old). Please ask again.',
  emptyQuestion: 'Please write a question, for example: `/ask question: What did the minister say about the budget?`',
  questionTooLong: (limit) => `Your question is too long: please keep it under ${englishCount(limit, 'character')}.`,
  onlyMentionsOrEmoji: 'Your message has only mentions or emoji: please write the question in words.',
  rateLimited: (seconds, perMinute) =>
    `You are asking quickly: please wait ${seconds} s before your next question (limit: ${perMinute} a minute).`,
  unexpectedError: (errorId) => `Sorry, something went wrong on our side. If it happens again, please report error id \`${errorId}\`.`,
};

const arabic: Labels = {
  ...answerWords('ar'),
  moreExcerpts: 'مقتطفات أخرى',
  moreExcerptsHeading: 'مقتطفات أخرى',
  noMoreExcerpts: 'لا توجد مقتطفات أخرى لهذه الإجابة.',
  helpful: 'مفيدة',
  notHelpful: 'غير مفيدة',
  feedbackThanks: 'شكرًا لك: تم تسجيل تقييمك.',
  feedbackAlreadyRecorded: 'تقييمك لهذه الإجابة مسجّل من قبل.',
  answerExpired: 'لم تعد هذه الإجابة في الذاكرة (أُعيد تشغيل البوت أو مضى عليها وقت طويل). يُرجى إعادة السؤال.',
  emptyQuestion: 'يُرجى كتابة سؤال، مثلًا: `/ask question: ماذا قال الوزير عن الميزانية؟`',
  questionTooLong: (limit) => `سؤالك طويل جدًا: يُرجى ألا يتجاوز ${arabicCount(limit, ARABIC_NOUNS.character)}.`,
  onlyMentionsOrEmoji: 'رسالتك تحتوي على إشارات أو رموز تعبيرية فقط: يُرجى كتابة السؤال بالكلمات.',
  rateLimited: (seconds, perMinute) =>
    `أنت تسأل بسرعة: يُرجى الانتظار ${arabicCount(seconds, ARABIC_NOUNS.second)} قبل سؤالك التالي (الحد: ${arabicCount(perMinute, ARABIC_NOUNS.question)} في الدقيقة).`,
  unexpectedError: (errorId) => `عذرًا، حدث خطأ من جهتنا. إذا تكرر، يُرجى الإبلاغ عن رقم الخطأ \`${errorId}\`.`,
};

export function labelsFor(language: Language): Labels {
  return language === 'ar' ? arabic : english;
}
