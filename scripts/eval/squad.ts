/**
 * `npm run eval -- squad <file.json>`: any SQuAD v1.1 file (ARCD, a user's own
 * set). Each `data[]` entry becomes an article, each context a paragraph,
 * indexed in a temporary folder with the production pipeline; every question is
 * asked through engine.ask. Paragraph recall comes from the citations' order;
 * answer_contains asks whether the answer text shown (never the whole paragraph)
 * holds a gold span after normalisation. first_holds_answer asks whether the
 * first cited paragraph holds one, whichever context it is: Wikipedia sets repeat
 * a lead paragraph in a later context, and the reader is served by either copy,
 * while r@1 counts only the context the question was written from. Misses go to
 * stderr, one line each: `MISS r@5` (its rank or "not in ten", the first five cited), `MISS first_holds_answer` (the first cited
 * paragraph holds no gold span: its place, the gold's, the question) and `MISS answer_contains`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createEngine, type Engine } from '../../src/core/engine.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import type { Answer } from '../../src/core/types.js';
import { median, round } from './figures.js';

export interface SquadQuestion {
  id: string;
  question: string;
  answers: string[];
  /** "articleId#paragraph" of the context that answers it. */
  location: string;
  /** The data[] entry it belongs to (folds are drawn by article). */
  article: string;
}

interface SquadFile {
  data: { title?: string; paragraphs: { context: string; qas: { id?: string; question: string; answers?: { text: string }[] }[] }[] }[];
}

function readSquad(filePath: string): SquadFile {
  const parsed = JSON.parse(readFileSync(filePath, 'utf8')) as Partial<SquadFile>;
  if (!Array.isArray(parsed.data)) throw new Error(`${filePath}: not a SQuAD v1.1 file (no "data" array)`);
  return parsed as SquadFile;
}

const markdownText = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/^#/, '\\#');

/**
 * Which of the file's articles are used: all, or one half of them (alternate
 * `data[]` entries, 0 = the first, third…), so that a set can be fitted on one
 * half and measured on the other with one file.
 */
export type SquadHalf = 0 | 1 | undefined;

/** Writes the contexts as knowledge articles; returns the questions with their gold locations. */
export function writeSquadKnowledge(filePath: string, knowledgeDir: string, half?: SquadHalf): SquadQuestion[] {
  const squad = readSquad(filePath);
  if (half !== undefined) squad.data = squad.data.filter((_, position) => position % 2 === half);
  const questions: SquadQuestion[] = [];
  mkdirSync(knowledgeDir, { recursive: true });
  squad.data.forEach((entry, articleNumber) => {
    const id = `squad-${String(articleNumber + 1).padStart(4, '0')}`;
    const paragraphs = entry.paragraphs.filter((paragraph) => paragraph.context.trim());
    const title = (entry.title ?? id).replace(/_/g, ' ');
    const body = paragraphs.map((paragraph) => markdownText(paragraph.context)).join('\n\n');
    writeFileSync(path.join(knowledgeDir, `${id}.md`), `---\nid: ${id}\ntitle: ${JSON.stringify(title)}\noutlet: SQuAD-format set\ndate: 2019-01-01\nlanguage: ${/[\u0600-\u06FF]/.test(body) ? 'ar' : 'en'}\n---\n\n${body}\n`);
    paragraphs.forEach((paragraph, index) => {
      for (const qa of paragraph.qas) {
        const answers = (qa.answers ?? []).map((answer) => answer.text).filter((text) => text.trim());
        if (!qa.question.trim() || answers.length === 0) continue;
        questions.push({ id: qa.id ?? `${id}-${questions.length}`, question: qa.question, answers, location: `${id}#${index + 1}`, article: id });
      }
    });
  });
  return questions;
}

export async function openSquadEngine(filePath: string, half?: SquadHalf): Promise<{ engine: Engine; questions: SquadQuestion[]; cleanup: () => void }> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-squad-'));
  const cleanup = () => rmSync(workDir, { recursive: true, force: true });
  try {
    const questions = writeSquadKnowledge(filePath, path.join(workDir, 'knowledge'), half);
    const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: path.join(workDir, 'knowledge'), MARSAD_DATA_DIR: path.join(workDir, 'data') });
    return { engine: await createEngine(config, { generative: null }), questions, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** The answer text as shown, without its [n] markers; empty when the answer is a refusal. */
export function shownAnswerText(answer: Answer): string {
  return answer.answerable ? answer.answer.replace(/\s*\[\d+\]/g, '').trim() : '';
}

/** `typed`: each question as typed in a chat (typed-casually.ts), to measure slips of the keyboard on the same set. */
export async function evaluateSquad(filePath: string, report: (line: string) => void, half?: SquadHalf, typed?: (question: string, lang: 'ar' | 'en') => string) {
  const { engine, questions, cleanup } = await openSquadEngine(filePath, half);
  try {
    let r1 = 0, r5 = 0, r10 = 0, contains = 0, firstHolds = 0;
    const lengths: number[] = [];
    for (const question of questions) {
      const asked = typed ? typed(question.question, /[\u0600-\u06FF]/.test(question.question) ? 'ar' : 'en') : question.question;
      const answer = await engine.ask(asked, { k: 10 });
      const rank = answer.citations.findIndex((citation) => `${citation.articleId}#${citation.paragraph}` === question.location) + 1;
      if (rank === 1) r1 += 1;
      if (rank >= 1 && rank <= 5) r5 += 1;
      if (rank >= 1) r10 += 1;
      if (rank < 1 || rank > 5) report(`MISS r@5 ${question.id}: ${rank < 1 ? 'not in ten' : `rank ${rank}`} of ${answer.citations.slice(0, 5).map((citation) => `${citation.articleId}#${citation.paragraph}`).join(', ')}; gold ${question.location} — ${question.question}`);
      const first = answer.citations[0] ? normalizeText(answer.citations[0].text) : '';
      if (first && question.answers.some((gold) => first.includes(normalizeText(gold)))) firstHolds += 1;
      else report(`MISS first_holds_answer ${question.id}: rank ${rank || '-'}, first ${answer.citations[0] ? `${answer.citations[0].articleId}#${answer.citations[0].paragraph}` : 'none'} for ${question.location}: ${question.question}`);
      const shown = shownAnswerText(answer);
      if (shown) lengths.push([...shown].length);
      const normalized = normalizeText(shown);
      if (shown && question.answers.some((gold) => normalized.includes(normalizeText(gold)))) contains += 1;
      else report(`MISS answer_contains ${question.id}: none of ${JSON.stringify(question.answers)} in "${shown.slice(0, 160)}"`);
    }
    const share = (count: number) => round(count / Math.max(1, questions.length));
    return { set: 'squad', ...(half === undefined ? {} : { half }), n: questions.length, 'r@1': share(r1), 'r@5': share(r5), 'r@10': share(r10), answer_contains: share(contains), first_holds_answer: share(firstHolds), median_answer_chars: median(lengths) };
  } finally {
    cleanup();
  }
}
