/**
 * Turns a parsed article file (and its translation, if any) into sections and
 * numbered paragraphs, checking that the translation is aligned with it.
 */
import { ArticleError } from '../../errors.js';
import { otherLanguage } from '../text/language.js';
import { splitSentences } from '../text/sentences.js';
import type { Article, ArticleMeta, Paragraph, Section } from '../types.js';
import type { ArticleFile, BodyBlock } from './article-file.js';
import type { TranslationFrontMatter } from './article-schema.js';
import { detectDateline } from './printed-dateline.js';

export interface TranslationInput {
  file: ArticleFile;
  meta: TranslationFrontMatter;
}

type ParagraphBlock = Extract<BodyBlock, { kind: 'paragraph' }>;

function paragraphsOf(blocks: BodyBlock[]): ParagraphBlock[] {
  return blocks.filter((block): block is ParagraphBlock => block.kind === 'paragraph');
}

function headingsOf(blocks: BodyBlock[]): string[] {
  return blocks.filter((block) => block.kind === 'heading').map((block) => (block as { text: string }).text);
}

function checkAlignment(meta: ArticleMeta, file: ArticleFile, translation: TranslationInput): void {
  if (translation.meta.language !== otherLanguage(meta.language)) {
    const name = { ar: 'Arabic', en: 'English' };
    const other = otherLanguage(meta.language);
    throw new ArticleError(translation.file.filePath, translation.file.keyLines.get('language') ?? 1, `the article is in ${name[meta.language]}, so its translation must be in ${name[other]} (language: ${other})`);
  }
  const originalParagraphs = paragraphsOf(file.blocks);
  const translatedParagraphs = paragraphsOf(translation.file.blocks);
  if (translatedParagraphs.length !== originalParagraphs.length) {
    const extra = translatedParagraphs[originalParagraphs.length];
    const line = extra?.line ?? translation.file.raw.split('\n').length;
    throw new ArticleError(
      translation.file.filePath,
      line,
      `translation has ${translatedParagraphs.length} paragraphs but ${file.filePath} has ${originalParagraphs.length}; they must correspond one to one`,
    );
  }
  const originalHeadings = headingsOf(file.blocks).length;
  const translatedHeadings = headingsOf(translation.file.blocks).length;
  if (originalHeadings !== translatedHeadings) {
    throw new ArticleError(translation.file.filePath, translation.file.bodyLine, `translation has ${translatedHeadings} section headings but the article has ${originalHeadings}`);
  }
}

const withDateline = (place: string | null) => (place ? { dateline: place } : {});

export function buildArticle(meta: ArticleMeta, file: ArticleFile, translation: TranslationInput | null, contentHash: string): Article {
  const originalParagraphs = paragraphsOf(file.blocks);
  if (originalParagraphs.length === 0) {
    throw new ArticleError(file.filePath, file.bodyLine, 'the article has no body paragraphs (only front matter or headings)');
  }
  if (translation) checkAlignment(meta, file, translation);
  const translatedParagraphs = translation ? paragraphsOf(translation.file.blocks) : [];
  const translatedHeadings = translation ? headingsOf(translation.file.blocks) : [];

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  let section: Section = { heading: null, headingTranslation: null, paragraphNumbers: [] };
  let headingIndex = 0;
  for (const block of file.blocks) {
    if (block.kind === 'heading') {
      if (section.paragraphNumbers.length > 0 || section.heading !== null) sections.push(section);
      section = { heading: block.text, headingTranslation: translatedHeadings[headingIndex] ?? null, paragraphNumbers: [] };
      headingIndex += 1;
      continue;
    }
    const number = paragraphs.length + 1;
    // Markdown joins the lines of a paragraph with spaces; so do we, so quotes match what readers see.
    const text = block.lines.join(' ');
    const sentences = splitSentences(text);
    const translatedLines = translatedParagraphs[number - 1]?.lines ?? null;
    paragraphs.push({
      articleId: meta.id,
      number,
      section: section.heading,
      sectionTranslation: section.headingTranslation,
      text,
      sentences,
      translation: translatedLines ? translatedLines.join(' ') : null,
      // One translated line per original sentence gives sentence alignment; otherwise paragraph-level only.
      sentenceTranslations: translatedLines && translatedLines.length === sentences.length ? translatedLines : null,
    });
    section.paragraphNumbers.push(number);
  }
  sections.push(section);

  return {
    // A dateline printed at the head of the text counts when the front matter gives none.
    meta: meta.dateline ? meta : { ...meta, ...withDateline(detectDateline(paragraphs[0]?.text)) },
    filePath: file.filePath,
    contentHash,
    paragraphs,
    sections: sections.filter((candidate) => candidate.paragraphNumbers.length > 0),
    translation: translation
      ? { title: translation.meta.title, note: translation.meta.note ?? 'Unofficial translation.', filePath: translation.file.filePath, machine: translation.meta.machine_translation === true }
      : null,
  };
}
