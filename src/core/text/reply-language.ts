/**
 * The one rule for the language Marsad replies in, used by /ask, mentions,
 * /summary, /help, /sources, the buttons and the terminal alike:
 * an explicit choice (option, --lang) > the language of the text the user
 * wrote (question, topic) > the user's locale (Discord's, or the terminal's
 * LANG) > the caller's fallback (e.g. the article's own language).
 */
import { detectLanguage, type Language } from './language.js';

export interface ReplyLanguageInput {
  explicit?: string | null;
  /** What the user typed; ignored when it has no letters. */
  text?: string | null;
  /** A BCP 47 tag ("en-US") or POSIX locale ("ar_EG.UTF-8"). */
  locale?: string | null;
  fallback?: Language;
}

export function localeLanguage(locale: string | null | undefined): Language | undefined {
  const tag = locale?.toLowerCase() ?? '';
  if (/^ar(?:[-_.@]|$)/u.test(tag)) return 'ar';
  if (/^en(?:[-_.@]|$)/u.test(tag)) return 'en';
  return undefined;
}

export function replyLanguage(input: ReplyLanguageInput): Language {
  if (input.explicit === 'ar' || input.explicit === 'en') return input.explicit;
  if (input.text && /\p{L}/u.test(input.text)) return detectLanguage(input.text).language;
  return localeLanguage(input.locale) ?? input.fallback ?? 'en';
}

/** The terminal's locale, as the C library reads it. */
export function terminalLocale(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  return environment.LC_ALL || environment.LC_MESSAGES || environment.LANG || undefined;
}
