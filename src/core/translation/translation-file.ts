/**
 * The translation file written beside an article (`<id>.en.md`): the loader's
 * sentence-aligned format (one line per sentence, the same sections and
 * paragraphs), marked in its front matter as an unofficial machine
 * translation with the model that made it, so answers can say so.
 */
import path from 'node:path';
import matter from 'gray-matter';
import type { Article } from '../types.js';
import type { TranslatedArticle } from './aligned-translation.js';

export function translationPath(article: Article): string {
  return path.join(path.dirname(article.filePath), `${path.basename(article.filePath, '.md')}.en.md`);
}

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
  return matter.stringify(`\n${blocks.join('\n\n')}\n`, {
    translation_of: article.meta.id,
    language: 'en',
    title: translated.title,
    unofficial: true,
    machine_translation: true,
    model,
    note: `Unofficial machine translation (${model}) made by Marsad; the published Arabic text is authoritative and is what answers quote.`,
  });
}
