/** The summariser's public surface: what the engine and the edges import. */
export { summarize } from './summarize.js';
export { createSummaryCache, summaryCacheKey, type SummaryCache } from './cache.js';
export { scopeFromRequest, matchSections } from './scope.js';
export { keywordRetriever, TOPIC_RELEVANCE } from './topic.js';
export { POINT_BUDGET } from './extractive.js';
export type {
  EntityKind,
  ResolvedScopeInfo,
  RetrieveParagraphs,
  Summary,
  SummaryEntity,
  SummaryInput,
  SummaryOpenAISettings,
  SummaryPoint,
  SummaryQuote,
  SummaryScope,
} from './types.js';
export { summarizeWithEngine, summaryCacheOf, type SummaryEngine, type SummaryRequest } from './with-engine.js';
