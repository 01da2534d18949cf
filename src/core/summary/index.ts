/** The summariser's public surface: what the engine and the edges import. */
export { summarize } from './summarize.js';
export { createSummaryCache, summaryCacheKey } from './cache.js';
export { scopeFromRequest } from './scope.js';
export type { RetrieveParagraphs, Summary } from './types.js';
export { summarizeWithEngine, summaryCacheOf } from './with-engine.js';
export { summaryLabels, type SummaryLabels } from './labels.js';
