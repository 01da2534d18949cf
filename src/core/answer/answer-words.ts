/**
 * The words every edge shows around an answer (Discord and the terminal), in
 * both reply languages: where a source is (paragraph, or the article's
 * record), how the answer was made, how a follow-up was read, the period it
 * was limited to, what an English rendering is, the verdict a yes/no answer opens on. One table, so the bot and the
 * terminal never say the same thing two ways. Each line is in one language
 * only; the edges lay it out with the direction rule (src/core/text/bidi.ts).
 */
import type { Answer, AnswerMode, Citation, Language, MetadataField, Verdict } from '../types.js';
import { glossLine } from '../crosslingual/gloss.js';

export interface AnswerWords {
  mode: Record<AnswerMode, string>;
  /** After a fallback notice, which already says the model was not used. */
  quotesVerified: string;
  nearestHeading: string;
  paragraph: (n: number) => string;
  /** A metadata citation's place: "article record · author". */
  record: (field: MetadataField) => string;
  /** The label of a rendering in this language of a quote published in the other. */
  rendering: string;
  machineTranslation: string;
  readAs: (question: string) => string;
  period: (since: string, until: string) => string;
  /** The answer's text is a source's rendering in the reader's language, not its published words. */
  renderingInAnswer: (machine: boolean) => string;
  /** The words a yes/no answer opens on, before its deciding quote. */
  verdicts: Record<Verdict, string>;
}

const FIELDS: Record<Language, Record<MetadataField, string>> = {
  en: { outlet: 'outlet', author: 'author', published: 'date of publication', dateline: 'dateline', title: 'title' },
  ar: { outlet: 'الوسيلة', author: 'الكاتب', published: 'تاريخ النشر', dateline: 'مكان الخبر', title: 'العنوان' },
};

const WORDS: Record<Language, AnswerWords> = {
  en: {
    mode: {
      offline: 'Answered offline from the articles · quotes verified',
      openai: 'Written by the language model from the cited excerpts · source quotes verified',
      'offline-fallback': 'The language model was unavailable: answered offline · quotes verified',
    },
    quotesVerified: 'Quotes verified',
    nearestHeading: 'Nearest excerpts (they do not answer the question)',
    paragraph: (n) => `¶\u00A0${n}`, // no-break space: the number never wraps away from its sign
    record: (field) => `article record · ${FIELDS.en[field]}`,
    rendering: 'English (unofficial)',
    machineTranslation: 'English (machine translation)',
    readAs: (question) => `Read as: “${question}”`,
    period: (since, until) => `Only articles published ${since} – ${until}`,
    renderingInAnswer: (machine) => `The answer quotes the ${machine ? 'machine translation' : 'unofficial English rendering'} of an Arabic source; the source is shown as published`,
    verdicts: { yes: 'Yes.', no: 'No.', not_said: 'The article does not say so directly. The closest it comes:' },
  },
  ar: {
    mode: {
      offline: 'أُجيب دون اتصال من المقالات · الاقتباسات موثّقة',
      openai: 'كتب النموذج اللغوي الإجابة من المقتطفات المذكورة · اقتباسات المصادر موثّقة',
      'offline-fallback': 'تعذّر الوصول إلى النموذج اللغوي: أُجيب دون اتصال · الاقتباسات موثّقة',
    },
    quotesVerified: 'الاقتباسات موثّقة',
    nearestHeading: 'أقرب المقتطفات (لا تجيب عن السؤال)',
    paragraph: (n) => `الفقرة\u00A0${n}`,
    record: (field) => `بيانات المقالة · ${FIELDS.ar[field]}`,
    rendering: 'بالعربية (ترجمة غير رسمية)',
    machineTranslation: 'بالعربية (ترجمة آلية)',
    readAs: (question) => `فُهم السؤال هكذا: «${question}»`,
    period: (since, until) => `المقالات المنشورة من ${since} إلى ${until} فقط`,
    renderingInAnswer: (machine) => `تقتبس الإجابة ${machine ? 'الترجمة الآلية' : 'الترجمة العربية غير الرسمية'} لمصدر إنجليزي؛ ويُعرض المصدر كما نُشر`,
    verdicts: { yes: 'نعم.', no: 'لا.', not_said: 'لا يقول المقال ذلك صراحة. أقرب ما ورد فيه:' },
  },
};

export function answerWords(language: Language): AnswerWords {
  return WORDS[language];
}

/** The numbers the answer cites, in order: its `cites` when given, else the [n] markers of its text. */
export function citedNumbers(answer: Answer): number[] {
  const known = new Set(answer.citations.map((citation) => citation.n));
  const numbers = answer.cites ?? [...answer.answer.matchAll(/\[(\d{1,3})\]/gu)].map((match) => Number(match[1]));
  return [...new Set(numbers)].filter((n) => known.has(n));
}

/** Where a citation is, after its title and section: "¶ 11", or the article's record and the field quoted. */
export function citationPlace(citation: Citation, language: Language): string {
  const words = WORDS[language];
  return citation.kind === 'metadata' && citation.field ? words.record(citation.field) : words.paragraph(citation.paragraph);
}

/** The label of a rendering in the reader's language: unofficial, or a machine translation when the article's translation file says so. */
export function renderingLabel(citation: Citation, language: Language): string {
  return citation.machineTranslation ? WORDS[language].machineTranslation : WORDS[language].rendering;
}

/**
 * What a reader sees of a source in their language: the title and section of
 * the article's translation when it is in their language (else as published),
 * and the quote's rendering in their language, or null.
 */
export function readerView(citation: Citation, language: Language): { title: string; section: string | null; rendering: string | null } {
  const translated = citation.translationLanguage === language;
  return {
    title: (translated && citation.articleTitleTranslation) || citation.articleTitle,
    section: (translated && citation.sectionTranslation) || citation.section,
    rendering: translated ? citation.quoteTranslation : null,
  };
}

/** For an English reader of an Arabic quote without rendering: the labelled word-by-word gloss, else null. */
export function glossFor(citation: Citation, language: Language): string | null {
  return language === 'en' && !citation.quoteTranslation && citation.gloss && citation.gloss.length > 0 ? glossLine(citation.gloss) : null;
}

/** The lines the footer adds before the mode line: the notice, how a follow-up was read, the period. */
export function answerNotes(answer: Answer): string[] {
  const words = WORDS[answer.lang];
  const cited = new Set(citedNumbers(answer));
  const renderings = answer.citations.filter((citation) => cited.has(citation.n) && citation.translationLanguage === answer.lang && citation.quoteTranslation && answer.answer.includes(citation.quoteTranslation));
  return [
    ...(answer.notice ? [answer.notice] : []),
    ...(renderings.length > 0 ? [words.renderingInAnswer(renderings.some((citation) => citation.machineTranslation === true))] : []),
    ...(answer.readAs ? [words.readAs(answer.readAs)] : []),
    ...(answer.period ? [words.period(answer.period.since, answer.period.until)] : []),
  ];
}

/** The footer's last line: how the answer was made (shortened after a fallback notice that already says so). */
export function modeLine(answer: Answer): string {
  const words = WORDS[answer.lang];
  return answer.mode === 'offline-fallback' && answer.notice ? words.quotesVerified : words.mode[answer.mode];
}

/** A quote between “ ”, unless it already opens with a quotation mark of its own (“"The two stations…," he said” read as a stutter). */
export function inQuotationMarks(text: string): string {
  return /^["“”«»„]/u.test(text) ? text : `“${text}”`;
}
