/**
 * The core's shared types, in one place to import them from: what an article is
 * (article-types.ts) and what an answer is (answer-types.ts).
 */
import type { SentenceSpan } from './text/sentences.js';
import type { Language } from './text/language.js';

export type { Language, SentenceSpan };
export type * from './article-types.js';
export type * from './answer-types.js';
