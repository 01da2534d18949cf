/**
 * How much work third-party input may cost. These are safety limits, not
 * fitted values: each bounds what a hostile or broken page or feed can make an
 * unattended monitor do, with room above what real news sites need (the
 * reason is given per line). Callers override them (tests use small ones).
 */
export interface IngestBudget {
  /** Longest one extraction or feed parse may run on the worker before it is stopped. */
  extractTimeoutMs: number;
  /** Deepest element nesting read; real article pages stay under about 40 levels, Readability slows quadratically beyond. */
  maxNestingDepth: number;
  /** Most elements in one page or feed document; a long real page has a few thousand. */
  maxElements: number;
  /** Items read from one feed document (feeds list their latest few dozen; the rest is history). */
  maxFeedItems: number;
  /** Feed items fetched or extracted in one poll of one feed; the rest wait for the next poll. */
  maxItemsPerPoll: number;
  /** New articles written in one poll of one source. */
  maxNewArticlesPerPoll: number;
  /** Time one poll of one source may take; the items left wait for the next poll. */
  pollBudgetMs: number;
  /** First wait before a failed feed item is tried again; doubled after each failure. */
  itemRetryMs: number;
  /** Failures after which a feed item is given up (remembered as seen). */
  maxItemAttempts: number;
}

export const DEFAULT_BUDGET: IngestBudget = {
  extractTimeoutMs: 20_000,
  maxNestingDepth: 160,
  maxElements: 60_000,
  maxFeedItems: 1_000,
  maxItemsPerPoll: 50,
  maxNewArticlesPerPoll: 20,
  pollBudgetMs: 120_000,
  itemRetryMs: 15 * 60_000,
  maxItemAttempts: 6,
};

export function budgetWith(overrides: Partial<IngestBudget> | undefined): IngestBudget {
  return { ...DEFAULT_BUDGET, ...overrides };
}
