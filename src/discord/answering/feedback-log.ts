/**
 * 👍/👎 votes as JSON lines in `<dataDir>/feedback.jsonl`: the question, the
 * answer and citations as shown, the vote, the voter's id and the time.
 * Nothing else about the voter is kept. Writes are chained so concurrent
 * votes never interleave within a line.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Answer } from '../../core/public.js';
import type { Vote } from '../render/buttons.js';

export interface FeedbackRecord {
  time: string;
  answerId: string;
  vote: Vote;
  userId: string;
  question: string;
  lang: Answer['lang'];
  mode: Answer['mode'];
  answer: string;
  citations: { n: number; articleId: string; section: string | null; paragraph: number; quote: string }[];
}

export class FeedbackLog {
  readonly filePath: string;
  private pending: Promise<void> = Promise.resolve();

  constructor(dataDir: string, private readonly now: () => Date = () => new Date()) {
    this.filePath = path.join(dataDir, 'feedback.jsonl');
  }

  record(answerId: string, answer: Answer, vote: Vote, userId: string): Promise<void> {
    const record: FeedbackRecord = {
      time: this.now().toISOString(),
      answerId,
      vote,
      userId,
      question: answer.question,
      lang: answer.lang,
      mode: answer.mode,
      answer: answer.answer,
      citations: answer.citations.map(({ n, articleId, section, paragraph, quote }) => ({ n, articleId, section, paragraph, quote })),
    };
    const write = async () => {
      await mkdir(path.dirname(this.filePath), { recursive: true });
      await appendFile(this.filePath, `${JSON.stringify(record)}\n`, 'utf8');
    };
    this.pending = this.pending.then(write, write);
    return this.pending;
  }
}
