/**
 * The summariser's entry point: resolve the scope, pick the language the
 * sources allow, then the abstractive path when OpenAI is configured (falling
 * back to the offline summary on any failure) or the offline one. Results are
 * cached per (article hash, scope, language, mode).
 */
import type { Language } from '../types.js';
import { summarizeAbstractive } from './abstractive.js';
import { summaryCacheKey } from './cache.js';
import { summarizeExtractive } from './extractive.js';
import { resolveScope, type ResolvedScope } from './scope.js';
import type { Summary, SummaryInput } from './types.js';

const NOTICES = {
  // Said in the language asked for, about the language the summary had to be in.
  noTranslation: {
    en: { ar: 'No English translation of this article: summarised in Arabic.', en: '' },
    ar: { en: 'لا توجد ترجمة عربية لهذه المقالة: لُخّصت بالإنجليزية.', ar: '' },
  },
  latest: {
    en: (id: string) => `Several articles are indexed: this is the latest (${id}); pick another with the article option.`,
    ar: (id: string) => `توجد عدة مقالات مفهرسة: هذا ملخص أحدثها (${id})؛ اختر غيرها بخيار المقالة.`,
  },
  fallback: {
    en: 'The AI summary was unavailable: this is the offline summary.',
    ar: 'تعذّر الملخص بالذكاء الاصطناعي: هذا هو الملخص دون اتصال.',
  },
};

/**
 * The language the sources allow: each paragraph reads in its article's
 * language, and in the other one too when it has a translation.
 * When some paragraph cannot be read in the language asked, the summary is in
 * the scope's own language, with a notice. No language asked: the scope's own.
 */
function effectiveLanguage(resolved: ResolvedScope, requested: Language | undefined): Language {
  const readable = (language: Language) =>
    resolved.paragraphs.every(({ article, paragraph }) => article.meta.language === language || paragraph.translation !== null);
  if (requested && readable(requested)) return requested;
  const arabic = resolved.paragraphs.filter(({ article }) => article.meta.language === 'ar').length;
  return arabic * 2 >= resolved.paragraphs.length ? 'ar' : 'en';
}

function withNotices(summary: Summary, notices: string[]): Summary {
  const all = [summary.notice, ...notices].filter((notice): notice is string => Boolean(notice));
  return all.length > 0 ? { ...summary, notice: all.join(' ') } : summary;
}

export async function summarize(input: SummaryInput): Promise<Summary> {
  const requestedMode = input.openai ? 'openai' : 'offline';
  const key = summaryCacheKey(input.articles, input.scope, input.lang, requestedMode);
  const cached = input.cache?.get(key);
  if (cached) return cached;

  const resolved = await resolveScope(input, input.scope, input.retrieve);
  const lang = effectiveLanguage(resolved, input.lang);
  const asked = input.lang ?? lang;
  const notices: string[] = [];
  if (lang !== asked) notices.push(NOTICES.noTranslation[asked][lang]);
  if (resolved.choseLatest && resolved.info.articleId) notices.push(NOTICES.latest[asked](resolved.info.articleId));

  const offline = summarizeExtractive(resolved, lang);
  let summary = offline;
  if (input.openai) {
    try {
      summary = await summarizeAbstractive({ resolved, lang, offline, settings: input.openai, signal: input.signal });
    } catch (error) {
      input.onFallback?.(error);
      summary = { ...offline, mode: 'offline-fallback' };
      notices.push(NOTICES.fallback[asked]);
    }
  }
  summary = withNotices(summary, notices);
  // A fallback is not cached: the next request tries the model again.
  if (summary.mode !== 'offline-fallback') input.cache?.set(key, summary);
  return summary;
}
