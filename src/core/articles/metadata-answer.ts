/**
 * Answers from an article's record: who published it, who wrote it, when,
 * where it was filed, its title. Each value is quoted from the record (a
 * metadata citation); a field the article does not give is said to be missing,
 * never guessed from a paragraph that merely shares a word.
 */
import { makeCitation } from '../answer/citations.js';
import type { Language } from '../text/language.js';
import { detectDateline } from '../knowledge/printed-dateline.js';
import { isArabicToken } from '../text/tokenize.js';
import type { Answer, ArticleHead, Citation, MetadataField, Paragraph } from '../types.js';
import { fieldValue, metadataCitation, titleFor } from './article-record.js';

type Sentence = (title: string, value: string) => string;

const GIVEN: Record<Language, Record<MetadataField, Sentence>> = {
  en: {
    outlet: (title, value) => `“${title}” was published by ${value}.`,
    author: (title, value) => `“${title}” was written by ${value}.`,
    published: (title, value) => `“${title}” was published on ${value}.`,
    dateline: (title, value) => `“${title}” was filed from ${value}.`,
    title: (_title, value) => `The article's title is “${value}”.`,
  },
  ar: {
    outlet: (title, value) => `نُشر المقال «${title}» في ${value}.`,
    author: (title, value) => `كتب المقال «${title}» ${value}.`,
    published: (title, value) => `نُشر المقال «${title}» بتاريخ ${value}.`,
    dateline: (title, value) => `كُتب المقال «${title}» من ${value}.`,
    title: (_title, value) => `عنوان المقال: «${value}».`,
  },
};

const MISSING: Record<Language, Partial<Record<MetadataField, (title: string) => string>>> = {
  en: { author: (title) => `“${title}” does not name its author.`, dateline: (title) => `“${title}” gives no dateline.` },
  ar: { author: (title) => `لا يذكر المقال «${title}» اسم كاتبه.`, dateline: (title) => `لا يذكر المقال «${title}» مكان كتابته.` },
};

/**
 * `firstParagraph` reads an article's first paragraph: the sentence that prints a dateline at its head is listed
 * after the record, so the reader sees where the text gives it.
 */
export function composeMetadataAnswer(question: string, lang: Language, articles: ArticleHead[], fields: MetadataField[], firstParagraph?: (article: ArticleHead) => Paragraph | undefined): Answer {
  const lines: string[] = [];
  const citations: Citation[] = [];
  const printed: { article: ArticleHead; lead: Paragraph }[] = [];
  for (const article of articles) {
    const title = titleFor(article, lang);
    for (const field of fields) {
      const value = fieldValue(article, field);
      if (value === null) {
        const missing = MISSING[lang][field];
        if (missing) lines.push(missing(title));
        continue;
      }
      const n = citations.length + 1;
      citations.push(metadataCitation(n, article, field, value));
      // The sentence that prints the dateline is listed after the record (an excerpt, not what the answer says).
      const lead = field === 'dateline' ? firstParagraph?.(article) : undefined;
      const isPrinted = lead?.text.startsWith(value) ?? false;
      if (isPrinted) printed.push({ article, lead: lead! });
      lines.push(`${GIVEN[lang][field](title, isPrinted ? placeForReader(value, lead!, lang) : value)} [${n}]`);
    }
  }
  const cites = citations.map((citation) => citation.n);
  for (const { article, lead } of printed) citations.push(makeCitation(citations.length + 1, article, lead, { first: 0, last: 0 }, 1));
  return {
    question,
    lang,
    mode: 'offline',
    answerType: 'metadata',
    answerable: citations.length > 0,
    answer: lines.join('\n'),
    citations,
    moreCitations: citations.filter((citation) => !cites.includes(citation.n)),
    cites,
  };
}

/**
 * A reader of the other language gets the place as the article's own translation prints it at the head of the
 * same paragraph ("Astana (أستانا)"), the record's spelling beside it; with no translation, the record's spelling.
 */
function placeForReader(value: string, lead: Paragraph, lang: Language): string {
  // The record's spelling is in the reader's language already, or the paragraph prints no translated dateline.
  if ((lang === 'ar') === isArabicToken(value) || !lead.translation || detectDateline(lead.text) === null) return value;
  const translated = detectDateline(lead.translation);
  return translated && translated !== value ? `${translated} (${value})` : value;
}
