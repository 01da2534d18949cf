/**
 * The recent turns of each Marsad thread, passed to the engine as `history`
 * so a follow-up like "and China?" is read against the previous question.
 * Bounded twice: a few turns per thread, a fixed number of threads.
 */
import { LRUCache } from 'lru-cache';
import type { ConversationTurn } from '../../core/public.js';

export class ThreadMemory {
  private readonly threads: LRUCache<string, ConversationTurn[]>;

  constructor(
    private readonly turnsPerThread = 6,
    threadCapacity = 1_000,
  ) {
    this.threads = new LRUCache({ max: threadCapacity });
  }

  history(threadId: string): ConversationTurn[] {
    return [...(this.threads.get(threadId) ?? [])];
  }

  remember(threadId: string, turn: ConversationTurn): void {
    const turns = [...(this.threads.get(threadId) ?? []), turn].slice(-this.turnsPerThread);
    this.threads.set(threadId, turns);
  }

  knows(threadId: string): boolean {
    return this.threads.get(threadId) !== undefined;
  }
}
