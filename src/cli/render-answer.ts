/**
 * Terminal rendering of an answer, in the same layout as Discord: the answer,
 * then only the sources it cites (article · section · paragraph, the exact
 * quote, its English rendering for an English reader), or a refusal's nearest
 * excerpts under a heading saying they do not answer the question. Every line
 * is in one language and laid out by the direction rule (core/text/bidi.ts).
 */
import { directLine, directText, stripBidiControls } from '../core/text/bidi.js';
import type { Answer, Citation, Language } from '../core/types.js';

const LABELS = {
  en: {
    nearest: 'Nearest excerpts (they do not answer the question)', paragraph: (n: number) => `¶ ${n}`, english: 'English (unofficial)',
    mode: { offline: 'answered offline from the articles · quotes verified', openai: 'written by the language model from the cited excerpts · source quotes verified', 'offline-fallback': 'the language model was unavailable: answered offline · quotes verified' },
  },
  ar: {
    nearest: 'أقرب المقتطفات (لا تجيب عن السؤال)', paragraph: (n: number) => `الفقرة ${n}`, english: 'بالإنجليزية (غير رسمية)',
    mode: { offline: 'أُجيب دون اتصال من المقالات · الاقتباسات موثّقة', openai: 'كتب النموذج اللغوي الإجابة من المقتطفات المذكورة · اقتباسات المصادر موثّقة', 'offline-fallback': 'تعذّر الوصول إلى النموذج اللغوي: أُجيب دون اتصال · الاقتباسات موثّقة' },
  },
} as const;

const NEAREST_SHOWN = 3;
const flat = (text: string) => stripBidiControls(text).replace(/\s+/gu, ' ').trim();

/** "[1] Title · Section · ¶ 11" in the reader's language (the English title and section for an English reader). */
export function citationHeader(citation: Citation, lang: Language): string {
  const english = lang === 'en';
  const title = english && citation.articleTitleTranslation ? citation.articleTitleTranslation : citation.articleTitle;
  const section = english && citation.sectionTranslation ? citation.sectionTranslation : citation.section;
  const parts = [flat(title), ...(section ? [flat(section)] : []), LABELS[lang].paragraph(citation.paragraph)];
  return directLine(`[${citation.n}] ${parts.join(' · ')}`, lang === 'ar' ? 'rtl' : 'ltr');
}

export function renderCitation(citation: Citation, lang: Language, shownText = ''): string {
  const shown = flat(shownText);
  const lines = [citationHeader(citation, lang)];
  if (!shown.includes(flat(citation.quote))) lines.push(`    ${directLine(`“${flat(citation.quote)}”`)}`);
  const rendering = lang === 'en' ? citation.quoteTranslation : null;
  if (rendering && flat(rendering) !== flat(citation.quote) && !shown.includes(flat(rendering))) lines.push(`    ${directLine(`${LABELS.en.english}: ${flat(rendering)}`)}`);
  if (citation.url) lines.push(`    ${citation.url}`);
  return lines.join('\n');
}

function citedNumbers(answer: Answer): Set<number> {
  return new Set(answer.cites ?? [...answer.answer.matchAll(/\[(\d{1,3})\]/gu)].map((match) => Number(match[1])));
}

export function renderAnswer(answer: Answer): string {
  const labels = LABELS[answer.lang];
  const cited = citedNumbers(answer);
  const parts = [directText(stripBidiControls(answer.answer).replace(/[ \t]*\[(\d{1,3})\]/gu, (marker, n: string) => (cited.has(Number(n)) ? marker : '')))];
  if (answer.notice) parts.push(directText(`(${stripBidiControls(answer.notice)})`));
  if (answer.answerable) {
    const sources = answer.citations.filter((citation) => cited.has(citation.n));
    if (sources.length > 0) parts.push(sources.map((citation) => renderCitation(citation, answer.lang, answer.answer)).join('\n'));
  } else if (answer.citations.length > 0) {
    const nearest = answer.citations.slice(0, NEAREST_SHOWN).map((citation) => renderCitation(citation, answer.lang));
    parts.push([directLine(`${labels.nearest}:`, answer.lang === 'ar' ? 'rtl' : 'ltr'), ...nearest].join('\n'));
  }
  parts.push(directLine(`— ${labels.mode[answer.mode]}`, answer.lang === 'ar' ? 'rtl' : 'ltr'));
  return parts.join('\n\n');
}
