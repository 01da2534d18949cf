/**
 * Loading the knowledge folder: every malformed file is reported with its file
 * and line and skipped, while the good files beside it still load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/core/knowledge/article-file.js';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import { ArticleError } from '../../src/errors.js';
import {
  articleText,
  INTERVIEW_FILE,
  INTERVIEW_ID,
  INTERVIEW_TRANSLATION_FILE,
  KNOWLEDGE_DIR,
  removeTemporaryDirectories,
  temporaryDirectory,
  writeArticle,
} from './helpers.js';

afterAll(removeTemporaryDirectories);

const GOOD = articleText({ id: 'good-article', title: 'مقال سليم', paragraphs: ['الفقرة الأولى من المقال السليم.', 'الفقرة الثانية.'] });

/** A knowledge folder with one good article and the given bad file; returns the load result and the bad file's path. */
function loadWithBadFile(fileName: string, content: string | Uint8Array, extra: Record<string, string> = {}) {
  const directory = temporaryDirectory('loader');
  writeArticle(directory, 'good-article.md', GOOD);
  for (const [name, text] of Object.entries(extra)) writeArticle(directory, name, text);
  const badPath = writeArticle(directory, fileName, content);
  return { ...loadKnowledge(directory), badPath, directory };
}

/** Exactly one problem, about `filePath` at `line`; the good article still loaded. */
function expectOneProblem(result: ReturnType<typeof loadWithBadFile>, filePath: string, line: number | undefined, message: RegExp) {
  expect(result.problems).toHaveLength(1);
  const problem = result.problems[0]!;
  expect(problem).toBeInstanceOf(ArticleError);
  expect(problem.code).toBe('article_invalid');
  expect(problem.filePath).toBe(filePath);
  expect(problem.line).toBe(line);
  expect(problem.message).toMatch(message);
  // the message itself names file:line for logs and the reindex summary
  expect(problem.message.startsWith(line === undefined ? `${filePath}: ` : `${filePath}:${line}: `)).toBe(true);
  expect(result.articles.map((article) => article.meta.id)).toContain('good-article');
  return problem;
}

describe('loadKnowledge on the real knowledge folder', () => {
  it('loads the interview with its translation, sections and paragraphs', () => {
    const { articles, problems } = loadKnowledge(KNOWLEDGE_DIR);
    expect(problems).toEqual([]);
    const interview = articles.find((article) => article.meta.id === INTERVIEW_ID)!;
    expect(interview.meta).toMatchObject({ outlet: 'العدالة اليوم', date: '2025-01-03', language: 'ar', dateline: 'أستانا' });
    expect(interview.translation?.filePath).toBe(INTERVIEW_TRANSLATION_FILE);
    expect(interview.sections.map((section) => section.heading)).toEqual([
      null,
      'الأهمية الاستراتيجية للأمة',
      'العلاقات مع روسيا',
      'كازاخستان شريك استراتيجي للصين',
      'العلاقات الكازاخستانية الأمريكية والإدارة الأمريكية الجديدة',
    ]);
    expect(interview.paragraphs.map((paragraph) => paragraph.number)).toEqual(Array.from({ length: 29 }, (_, index) => index + 1));
    expect(interview.paragraphs[10]!.text).toContain('كازاخستان 33 مرة');
    expect(interview.paragraphs[10]!.section).toBe('العلاقات مع روسيا');
    expect(interview.paragraphs[10]!.sectionTranslation).toMatch(/Russia/);
    expect(interview.paragraphs.every((paragraph) => paragraph.translation && !/[\u0600-\u06FF]/u.test(paragraph.translation))).toBe(true);
    expect(interview.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('loadKnowledge errors name the file and the line', () => {
  it('no front matter', () => {
    const result = loadWithBadFile('bare.md', 'مجرد نص بلا بيانات.\n');
    expectOneProblem(result, result.badPath, 1, /front matter/);
  });

  it('broken YAML: the line of the error', () => {
    const content = ['---', 'id: broken-yaml', 'title: a: b', 'outlet: العدالة اليوم', 'date: 2025-01-03', 'language: ar', '---', '', 'نص.'].join('\n');
    const result = loadWithBadFile('broken-yaml.md', content);
    expectOneProblem(result, result.badPath, 3, /not valid YAML/);
  });

  it('missing title', () => {
    const content = ['---', 'id: no-title', 'outlet: العدالة اليوم', 'date: 2025-01-03', 'language: ar', '---', '', 'نص المقال.'].join('\n');
    const result = loadWithBadFile('no-title.md', content);
    expectOneProblem(result, result.badPath, 1, /missing "title"/);
  });

  it('empty title: the line of title', () => {
    const content = ['---', 'id: empty-title', 'outlet: العدالة اليوم', 'date: 2025-01-03', 'title: "  "', 'language: ar', '---', '', 'نص المقال.'].join('\n');
    const result = loadWithBadFile('empty-title.md', content);
    expectOneProblem(result, result.badPath, 5, /"title"/);
  });

  it('unknown language code: the line of language', () => {
    const content = ['---', 'id: french', 'title: Un article', 'outlet: Le Monde', 'date: 2025-01-03', 'language: fr', '---', '', 'Texte.'].join('\n');
    const result = loadWithBadFile('french.md', content);
    expectOneProblem(result, result.badPath, 6, /"language" must be ar or en/);
  });

  it('malformed date: the line of date', () => {
    const content = ['---', 'id: bad-date', 'title: مقال', 'outlet: العدالة اليوم', 'date: 3 January 2025', 'language: ar', '---', '', 'نص.'].join('\n');
    const result = loadWithBadFile('bad-date.md', content);
    expectOneProblem(result, result.badPath, 5, /"date" must be a date written YYYY-MM-DD/);
  });

  it('empty body: the first body line', () => {
    const content = ['---', 'id: empty-body', 'title: مقال فارغ', 'outlet: العدالة اليوم', 'date: 2025-01-03', 'language: ar', '---', '', ''].join('\n');
    const result = loadWithBadFile('empty-body.md', content);
    expectOneProblem(result, result.badPath, 8, /no body paragraphs/);
  });

  it('only headings: the first body line', () => {
    const content = ['---', 'id: only-headings', 'title: عناوين فقط', 'outlet: العدالة اليوم', 'date: 2025-01-03', 'language: ar', '---', '## عنوان أول', '', '## عنوان ثان', ''].join('\n');
    const result = loadWithBadFile('only-headings.md', content);
    expectOneProblem(result, result.badPath, 8, /no body paragraphs/);
  });

  it('translation with more paragraphs: the line of the first extra paragraph in the translation file', () => {
    const original = articleText({ id: 'aligned', title: 'مقال', paragraphs: ['الأولى.', 'الثانية.'] });
    const translation = ['---', 'translation_of: aligned', 'language: en', 'title: An article', '---', '', 'The first.', '', 'The second.', '', 'An extra one.', ''].join('\n');
    const result = loadWithBadFile('aligned.en.md', translation, { 'aligned.md': original });
    const problem = expectOneProblem(result, result.badPath, 11, /translation has 3 paragraphs but .*aligned\.md has 2/);
    expect(problem.message).toContain(path.join(result.directory, 'aligned.md'));
  });

  it('translation with fewer paragraphs: a line in the translation file', () => {
    const original = articleText({ id: 'aligned', title: 'مقال', paragraphs: ['الأولى.', 'الثانية.', 'الثالثة.'] });
    const translation = ['---', 'translation_of: aligned', 'language: en', 'title: An article', '---', '', 'The first.', '', 'The second.', ''].join('\n');
    const result = loadWithBadFile('aligned.en.md', translation, { 'aligned.md': original });
    expect(result.problems).toHaveLength(1);
    const problem = result.problems[0]!;
    expect(problem.filePath).toBe(result.badPath);
    expect(problem.message).toMatch(/translation has 2 paragraphs but .*aligned\.md has 3/);
    // where the missing paragraph should be: after the translation's last paragraph (line 9)
    expect(problem.line).toBeGreaterThanOrEqual(9);
    expect(problem.line).toBeLessThanOrEqual(translation.split('\n').length);
    expect(problem.message.startsWith(`${result.badPath}:${problem.line}: `)).toBe(true);
  });

  it('translation in the article\'s own language: the line of its language', () => {
    const original = articleText({ id: 'aligned', title: 'مقال', paragraphs: ['الأولى.'] });
    const translation = ['---', 'translation_of: aligned', 'language: ar', 'title: مقال آخر', '---', '', 'الأولى.', ''].join('\n');
    const result = loadWithBadFile('aligned.ar.md', translation, { 'aligned.md': original });
    expectOneProblem(result, result.badPath, 3, /the article is in Arabic, so its translation must be in English \(language: en\)/);
    // The article itself is still indexed, in its own language only.
    expect(result.articles.find((article) => article.meta.id === 'aligned')?.translation).toBeNull();
  });

  it('two files with the same id: the second is reported at its id line', () => {
    const duplicate = articleText({ id: 'good-article', title: 'نسخة ثانية', paragraphs: ['نص مكرر.'] });
    const result = loadWithBadFile('zz-duplicate.md', duplicate);
    const problem = expectOneProblem(result, result.badPath, 2, /id "good-article" is already used/);
    expect(problem.message).toContain('good-article.md');
    expect(result.articles.find((article) => article.meta.id === 'good-article')!.meta.title).toBe('مقال سليم');
  });

  it('translation_of naming no article: the line of translation_of', () => {
    const orphan = ['---', 'language: en', 'title: Orphan', 'translation_of: no-such-article', '---', '', 'Text.', ''].join('\n');
    const result = loadWithBadFile('orphan.en.md', orphan);
    expectOneProblem(result, result.badPath, 4, /translation_of "no-such-article" names no article/);
  });

  it('invalid UTF-8 (Windows-1256 bytes): the line of the first bad byte', () => {
    // "كازاخستان" in Windows-1256 on line 9, after a valid UTF-8 front matter.
    const head = Buffer.from(['---', 'id: cp1256', 'title: مقال', 'outlet: العدالة اليوم', 'date: 2025-01-03', 'language: ar', '---', '', ''].join('\n'));
    const body = Buffer.from([0xdf, 0xc7, 0xd2, 0xc7, 0xce, 0xd3, 0xca, 0xc7, 0xe4, 0x0a]);
    const result = loadWithBadFile('cp1256.md', Buffer.concat([head, body]));
    expectOneProblem(result, result.badPath, 9, /not valid UTF-8/);
  });

  it('a whole Windows-1256 file: line 1', () => {
    const result = loadWithBadFile('cp1256-all.md', Buffer.from([0xdf, 0xc7, 0xd2, 0xc7, 0xce, 0xd3, 0xca, 0xc7, 0xe4, 0x0a]));
    expectOneProblem(result, result.badPath, 1, /UTF-8/);
  });

  it('NUL bytes: the line of the first NUL', () => {
    const content = articleText({ id: 'binary', paragraphs: ['نص.', 'نص\u0000ثنائي.'] });
    const line = content.split('\n').findIndex((text) => text.includes('\u0000')) + 1;
    const result = loadWithBadFile('binary.md', content);
    expectOneProblem(result, result.badPath, line, /NUL/);
  });

  it('a file over the size limit is refused before it is read (names the file and the limit)', () => {
    const paragraph = 'كازاخستان '.repeat(200);
    const paragraphs = Array.from({ length: Math.ceil(MAX_ARTICLE_BYTES / Buffer.byteLength(paragraph)) + 1 }, () => paragraph);
    const content = articleText({ id: 'huge', paragraphs });
    expect(Buffer.byteLength(content)).toBeGreaterThan(MAX_ARTICLE_BYTES);
    const result = loadWithBadFile('huge.md', content);
    // A size problem concerns the whole file, not a line.
    expectOneProblem(result, result.badPath, undefined, /limited to 4 MB/);
  });

  it('a bad file among several: only it is skipped', () => {
    const directory = temporaryDirectory('loader-mixed');
    writeArticle(directory, 'a.md', articleText({ id: 'a', paragraphs: ['أ.'] }));
    writeArticle(directory, 'b.md', 'no front matter');
    writeArticle(directory, 'c.md', articleText({ id: 'c', paragraphs: ['ج.'] }));
    writeArticle(directory, 'README.md', '# Not an article');
    writeArticle(directory, 'notes.txt', 'not markdown');
    const { articles, problems } = loadKnowledge(directory);
    expect(articles.map((article) => article.meta.id)).toEqual(['a', 'c']);
    expect(problems.map((problem) => path.basename(problem.filePath))).toEqual(['b.md']);
  });

  it('takes the id from the file name when the front matter has none', () => {
    const directory = temporaryDirectory('loader-id');
    writeArticle(directory, 'from-name.md', articleText({ paragraphs: ['نص.'] }));
    expect(loadKnowledge(directory).articles[0]!.meta.id).toBe('from-name');
  });
});

describe('line endings', () => {
  it('CRLF files load with the same paragraphs, sections and translation as LF', () => {
    const lf = temporaryDirectory('loader-lf');
    const crlf = temporaryDirectory('loader-crlf');
    for (const file of [INTERVIEW_FILE, INTERVIEW_TRANSLATION_FILE]) {
      const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
      writeArticle(lf, path.basename(file), text);
      writeArticle(crlf, path.basename(file), text.replace(/\n/g, '\r\n'));
    }
    const fromLf = loadKnowledge(lf);
    const fromCrlf = loadKnowledge(crlf);
    expect(fromCrlf.problems).toEqual([]);
    expect(fromCrlf.articles).toHaveLength(1);
    const [a, b] = [fromLf.articles[0]!, fromCrlf.articles[0]!];
    expect(b.paragraphs.map(({ articleId: _, ...rest }) => rest)).toEqual(a.paragraphs.map(({ articleId: _, ...rest }) => rest));
    expect(b.sections).toEqual(a.sections);
    expect(b.meta).toEqual(a.meta);
    expect(b.paragraphs.some((paragraph) => paragraph.text.includes('\r') || paragraph.translation?.includes('\r'))).toBe(false);
  });

  it('a UTF-8 byte-order mark is accepted', () => {
    const directory = temporaryDirectory('loader-bom');
    writeArticle(directory, 'bom.md', `\uFEFF${articleText({ id: 'bom', paragraphs: ['نص.'] })}`);
    const { articles, problems } = loadKnowledge(directory);
    expect(problems).toEqual([]);
    expect(articles[0]!.meta.id).toBe('bom');
  });
});

describe('a misaligned translation', () => {
  // The original article file is valid; only its translation is bad. The loader
  // currently drops the whole article (see report): one bad translation should not
  // take a good Arabic article out of the index.
  it('does not take its valid original article down with it', () => {
    const directory = temporaryDirectory('loader-translation');
    writeArticle(directory, 'aligned.md', articleText({ id: 'aligned', paragraphs: ['الأولى.', 'الثانية.'] }));
    writeArticle(directory, 'aligned.en.md', ['---', 'translation_of: aligned', 'language: en', 'title: T', '---', '', 'Only one.', ''].join('\n'));
    const { articles, problems } = loadKnowledge(directory);
    expect(problems).toHaveLength(1);
    expect(articles.map((article) => article.meta.id)).toEqual(['aligned']);
    expect(articles[0]!.translation).toBeNull();
  });
});
