/**
 * The translation file written beside an article (`<id>.en.md` for an Arabic
 * one, `<id>.ar.md` for an English one): the loader's
 * sentence-aligned format (one line per sentence, the same sections and
 * paragraphs), marked in its front matter as an unofficial machine
 * translation with the model that made it, so answers can say so.
 */
import path from 'node:path';
import type matter from 'gray-matter';
import type { Article } from '../types.js';
import { otherLanguage } from '../text/language.js';
import type { TranslatedArticle } from './aligned-translation.js';
import { requiredOnFirstUse } from '../required-on-first-use.js';

const grayMatter = requiredOnFirstUse<typeof matter>('gray-matter');

export function translationPath(article: Article): string {
  return path.join(path.dirname(article.filePath), `${path.basename(article.filePath, '.md')}.${otherLanguage(article.meta.language)}.md`);
}

const NOTES = {
  en: (model: string) => `Unofficial machine translation (${model}) made by Marsad; the published Arabic text is authoritative and is what answers quote.`,
  ar: (model: string) => `ترجمة آلية غير رسمية (${model}) أعدّها مرصد؛ النص الإنجليزي المنشور هو المرجع، ومنه تُقتبس الإجابات.`,
};

export function translationMarkdown(article: Article, translated: TranslatedArticle, model: string): string {
  const blocks: string[] = [];
  let heading = 0;
  for (const section of article.sections) {
    if (section.heading !== null) blocks.push(`## ${translated.headings[heading++]!.replace(/\s+/g, ' ').trim()}`);
    for (const number of section.paragraphNumbers) {
      // One line per sentence; a line that would open a Markdown block (a heading, a list) is escaped.
      blocks.push(translated.paragraphs[number - 1]!.map((sentence) => sentence.replace(/\s+/g, ' ').trim().replace(/^([#>*+-]|\d+\.)/, '\\$1')).join('\n'));
    }
  }
  return grayMatter().stringify(`\n${blocks.join('\n\n')}\n`, {
    translation_of: article.meta.id,
    language: otherLanguage(article.meta.language),
    title: translated.title,
    unofficial: true,
    machine_translation: true,
    model,
    note: NOTES[otherLanguage(article.meta.language)](model),
  });
}
