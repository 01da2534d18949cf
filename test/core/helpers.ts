/**
 * Shared helpers for the core tests: paths to the real knowledge and eval data,
 * temporary folders (always removed), small synthetic articles, and engines built
 * on a temporary data folder with generation offline.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { readJsonLines, type InterviewQuestion } from '../../scripts/eval/interview.js';
import { loadConfig } from '../../src/config.js';
import { createEngine, type Engine, type EngineOptions } from '../../src/core/engine.js';
import type { Answer } from '../../src/core/types.js';
import { MarsadError, type UserErrorCode } from '../../src/errors.js';

import { INTERVIEW_FILE, INTERVIEW_QUESTIONS, INTERVIEW_TRANSLATION_FILE, REPO_ROOT } from '../support/paths.js';
import { temporaryDirectory } from '../support/temporary.js';

export { INTERVIEW_FILE, INTERVIEW_ID, INTERVIEW_QUESTIONS, INTERVIEW_TRANSLATION_FILE, KNOWLEDGE_DIR } from '../support/paths.js';
export { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';

export type { InterviewQuestion };

export function readInterviewQuestions(): InterviewQuestion[] {
  return readJsonLines<InterviewQuestion>(INTERVIEW_QUESTIONS);
}

/** A knowledge folder holding a copy of the real interview (and its translation). */
export function knowledgeWithInterview(label: string): string {
  const directory = temporaryDirectory(label);
  cpSync(INTERVIEW_FILE, path.join(directory, path.basename(INTERVIEW_FILE)));
  cpSync(INTERVIEW_TRANSLATION_FILE, path.join(directory, path.basename(INTERVIEW_TRANSLATION_FILE)));
  return directory;
}

export interface ArticleSpec {
  id?: string;
  title?: string;
  language?: string;
  date?: string;
  paragraphs: string[];
  headings?: Record<number, string>;
}

/** Markdown text of a valid article (front matter + paragraphs). */
export function articleText(spec: ArticleSpec): string {
  const lines = ['---'];
  if (spec.id) lines.push(`id: ${spec.id}`);
  lines.push(`title: ${spec.title ?? 'مقال تجريبي'}`, 'outlet: العدالة اليوم', `date: ${spec.date ?? '2025-01-03'}`, `language: ${spec.language ?? 'ar'}`, '---', '');
  spec.paragraphs.forEach((paragraph, index) => {
    const heading = spec.headings?.[index];
    if (heading) lines.push(`## ${heading}`, '');
    lines.push(paragraph, '');
  });
  return lines.join('\n');
}

export function writeArticle(directory: string, fileName: string, content: string | Uint8Array): string {
  mkdirSync(directory, { recursive: true });
  const filePath = path.join(directory, fileName);
  writeFileSync(filePath, content);
  return filePath;
}

/** Three small articles on distinct topics, used beside the interview for reindex tests. */
export const SMALL_ARTICLES: Record<string, ArticleSpec> = {
  'caspian-fisheries': {
    id: 'caspian-fisheries',
    title: 'صيد الأسماك في بحر قزوين',
    paragraphs: [
      'أعلنت وزارة الزراعة أن صيد سمك الحفش في بحر قزوين سيبقى محظورًا حتى نهاية العام.',
      'وقال المتحدث إن مخزون الكافيار تراجع بنسبة 40 في المئة خلال عقد واحد.',
    ],
  },
  'steppe-railway': {
    id: 'steppe-railway',
    title: 'خط السكك الحديدية عبر السهوب',
    paragraphs: [
      'افتتحت الحكومة خطًا جديدًا للسكك الحديدية يربط مدينة دوستيك بميناء أكتاو على بحر قزوين.',
      'ويبلغ طول الخط 836 كيلومترًا، ومن المتوقع أن ينقل خمسة ملايين طن من البضائع سنويًا.',
    ],
  },
  'almaty-apples': {
    id: 'almaty-apples',
    title: 'تفاح ألماتي',
    paragraphs: ['يحتفل سكان ألماتي كل خريف بمهرجان التفاح، إذ يُعتقد أن التفاح البري نشأ في جبال تيان شان.'],
  },
};

export function writeSmallArticle(directory: string, id: keyof typeof SMALL_ARTICLES & string, extraParagraph?: string): string {
  const spec = SMALL_ARTICLES[id]!;
  const paragraphs = extraParagraph ? [...spec.paragraphs, extraParagraph] : spec.paragraphs;
  return writeArticle(directory, `${id}.md`, articleText({ ...spec, paragraphs }));
}

export function engineConfig(knowledgeDir: string, dataDir: string) {
  return loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir });
}

/** An offline engine (no generation) over the given folders. */
export function offlineEngine(knowledgeDir: string, dataDir: string, options: EngineOptions = {}): Promise<Engine> {
  return createEngine(engineConfig(knowledgeDir, dataDir), { generative: null, ...options });
}

/**
 * An offline engine over copies of fixture folders: each is a name under test/fixtures ("outlets") or a path. The
 * answering tests read several outlets and topics together, as a newsroom's folder holds them.
 */
export function engineOverFixtures(label: string, folders: string[]): Promise<Engine> {
  const knowledge = temporaryDirectory(`${label}-knowledge`);
  for (const folder of folders.map((name) => (path.isAbsolute(name) ? name : path.join(REPO_ROOT, 'test/fixtures', name)))) {
    for (const file of readdirSync(folder)) cpSync(path.join(folder, file), path.join(knowledge, file));
  }
  return offlineEngine(knowledge, temporaryDirectory(`${label}-data`));
}

/** An offline engine over small articles written for the test, each in its own file named by its id. */
export function engineOverArticles(label: string, articles: (ArticleSpec & { id: string })[]): Promise<Engine> {
  const knowledge = temporaryDirectory(`${label}-knowledge`);
  for (const article of articles) writeArticle(knowledge, `${article.id}.md`, articleText(article));
  return offlineEngine(knowledge, temporaryDirectory(`${label}-data`));
}

/** The answer to a question and its first citation as "articleId#paragraph". */
export async function firstCited(engine: Engine, question: string, lang?: 'ar' | 'en') {
  const answer = await engine.ask(question, { k: 5, lang });
  return { answer, first: answer.citations[0] && `${answer.citations[0].articleId}#${answer.citations[0].paragraph}` };
}

/**
 * Asks a question that must be answered: the answer is not a refusal, holds `holds` (a string or a pattern) when
 * given, and cites `cited` ("articleId#paragraph") first when given. Returns the answer for further checks.
 */
export async function expectAnswered(engine: Engine, question: string, expected: { holds?: string | RegExp; cited?: string; lang?: 'ar' | 'en' }): Promise<Answer> {
  const { answer, first } = await firstCited(engine, question, expected.lang);
  expect(answer.answerable, `${question} → ${answer.answer}`).toBe(true);
  if (expected.cited !== undefined) expect(first, question).toBe(expected.cited);
  if (typeof expected.holds === 'string') expect(answer.answer, question).toContain(expected.holds);
  else if (expected.holds) expect(answer.answer, question).toMatch(expected.holds);
  return answer;
}

/** Asks a question that must be refused (the articles do not cover it); returns the answer. */
export async function expectRefused(engine: Engine, question: string): Promise<Answer> {
  const answer = await engine.ask(question, { k: 5 });
  expect(answer.answerable, `${question} → ${answer.answer}`).toBe(false);
  return answer;
}

/** Awaits a promise (or runs a function) that must fail with a MarsadError of `code`; returns it. */
export async function expectMarsadError(action: Promise<unknown> | (() => unknown), code: UserErrorCode): Promise<MarsadError> {
  let caught: unknown;
  try {
    await (typeof action === 'function' ? action() : action);
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a MarsadError "${code}"`).toBeInstanceOf(MarsadError);
  expect((caught as MarsadError).code).toBe(code);
  return caught as MarsadError;
}

export const ARABIC_LETTER = /[\u0600-\u06FF]/u;
