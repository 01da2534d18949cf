/**
 * Terminal rendering of an answer: the answer, then numbered sources with
 * article, section, paragraph and the exact quote. Right-to-left runs are
 * wrapped in isolates so mixed Arabic/English lines keep their order.
 */
import { wrapRightToLeftRuns } from '../core/text/bidi.js';
import type { Answer, Citation } from '../core/types.js';

const LABELS = {
  en: { sources: 'Sources', nearest: 'Nearest excerpts (they do not answer the question)', section: 'section', lead: 'lead', paragraph: '¶', english: 'English rendering', mode: { offline: 'offline extractive answer', openai: 'answered by the model from the sources', 'offline-fallback': 'offline extractive answer (model unavailable)' } },
  ar: { sources: 'المصادر', nearest: 'أقرب المقتطفات (لا تجيب عن السؤال)', section: 'القسم', lead: 'المقدمة', paragraph: 'الفقرة', english: 'الترجمة الإنجليزية', mode: { offline: 'إجابة مستخلصة دون اتصال', openai: 'إجابة النموذج من المصادر', 'offline-fallback': 'إجابة مستخلصة دون اتصال (النموذج غير متاح)' } },
} as const;

export function renderCitation(citation: Citation, lang: Answer['lang']): string {
  const labels = LABELS[lang];
  // English readers get the English title and section first, the published ones beside them.
  const english = lang === 'en';
  const title = english && citation.articleTitleTranslation ? `${citation.articleTitleTranslation} (${citation.articleTitle})` : citation.articleTitle;
  const section = english && citation.sectionTranslation ? `${citation.sectionTranslation} (${citation.section})` : (citation.section ?? labels.lead);
  const lines = [
    `[${citation.n}] ${title} · ${labels.section}: ${section} · ${labels.paragraph} ${citation.paragraph}`,
    `    “${citation.quote}”`,
  ];
  if (lang === 'en' && citation.quoteTranslation && citation.quoteTranslation !== citation.quote) lines.push(`    ${labels.english}: ${citation.quoteTranslation}`);
  if (citation.url) lines.push(`    ${citation.url}`);
  return lines.join('\n');
}

export function renderAnswer(answer: Answer): string {
  const labels = LABELS[answer.lang];
  const cited = answer.answerable ? answer.citations.filter((citation) => answer.answer.includes(`[${citation.n}]`)) : answer.citations.slice(0, 3);
  const parts = [answer.answer];
  if (answer.notice) parts.push(`(${answer.notice})`);
  if (cited.length > 0) parts.push(`${answer.answerable ? labels.sources : labels.nearest}:\n${cited.map((citation) => renderCitation(citation, answer.lang)).join('\n')}`);
  parts.push(`— ${labels.mode[answer.mode]}`);
  return wrapRightToLeftRuns(parts.join('\n\n'));
}
