/**
 * Answers recently shown, by a short id carried in their buttons' custom ids,
 * so "More excerpts" and 👍/👎 know which answer they are about. In memory:
 * after a restart old buttons answer "please ask again", which is honest and
 * avoids storing conversations on disk.
 */
import { LRUCache } from 'lru-cache';
import { randomBytes } from 'node:crypto';
import type { Answer } from '../../core/public.js';
import type { Vote } from '../render/buttons.js';

export interface StoredAnswer {
  id: string;
  answer: Answer;
  /** Votes already recorded, by voter id: a repeated identical vote is not logged twice. */
  votes: Map<string, Vote>;
}

export class AnswerStore {
  private readonly answers: LRUCache<string, StoredAnswer>;

  constructor(capacity = 1_000) {
    this.answers = new LRUCache({ max: capacity });
  }

  add(answer: Answer): StoredAnswer {
    // 9 random bytes: 12 base64url characters, short enough for a 100-character custom id.
    const stored: StoredAnswer = { id: randomBytes(9).toString('base64url'), answer, votes: new Map() };
    this.answers.set(stored.id, stored);
    return stored;
  }

  get(id: string): StoredAnswer | undefined {
    return this.answers.get(id);
  }
}
