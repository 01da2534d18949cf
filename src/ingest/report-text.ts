/**
 * Plain-text lines for ingestion outcomes, shared by the CLI and the Discord
 * /ingest reply: what was added (and, in the terminal, where), what it
 * duplicated, what failed, what waits for the next poll. Discord replies leave
 * file locations out (`cwd: null`): a member must not learn the host's paths.
 */
import path from 'node:path';
import type { IngestOutcome, IngestReport } from './types.js';

function sectionCount(outcome: Extract<IngestOutcome, { status: 'added' | 'dry-run' }>): string {
  const paragraphs = outcome.article.blocks.filter((block) => block.kind === 'paragraph').length;
  const sections = outcome.article.blocks.filter((block) => block.kind === 'heading').length;
  return `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}${sections > 0 ? ` in ${sections + 1} sections` : ''}`;
}

/** `cwd`: the folder file locations are shown relative to; null shows none. */
export function describeOutcome(outcome: IngestOutcome, cwd: string | null = process.cwd()): string {
  switch (outcome.status) {
    case 'added':
    case 'dry-run': {
      const { article } = outcome;
      const verb = outcome.status === 'added' ? 'Added' : 'Would add';
      const where = cwd === null ? '' : ` (${path.relative(cwd, outcome.filePath) || outcome.filePath})`;
      const lines = [
        `${verb} ${outcome.articleId}${where}: "${article.title}"`,
        `  ${article.outlet} · ${article.date} · ${article.language} · ${sectionCount(outcome)}${article.author ? ` · by ${article.author}` : ''}`,
      ];
      if (article.url) lines.push(`  ${article.url}`);
      if (article.dateGuessed) lines.push("  (the page gives no publication date: today's date was used; edit the file if that is wrong)");
      return lines.join('\n');
    }
    case 'duplicate': {
      const { reason, similarity } = outcome.match;
      const why = reason === 'url' ? 'same URL' : reason === 'text' ? `near-identical text, similarity ${similarity.toFixed(2)}` : `a part of it (${Math.round(similarity * 100)} % of the new text is in it)`;
      return `Not added: ${outcome.input} ("${outcome.title}") is already in knowledge/ as ${outcome.match.articleId} ("${outcome.match.title}") — ${why}.`;
    }
    case 'seen':
      return `Already seen: ${outcome.input}`;
    case 'deferred':
      return `Left for a later poll: ${outcome.input} (${outcome.reason === 'retry-later' ? 'waiting to retry after a failure' : "past this poll's limits"})`;
    case 'failed':
      return `Failed: ${outcome.message}${outcome.transient ? ' (will be retried)' : ''}`;
  }
}

export function describeReport(report: IngestReport, cwd: string | null = process.cwd()): string {
  const lines = report.outcomes.filter((outcome) => outcome.status !== 'seen' && outcome.status !== 'deferred').map((outcome) => describeOutcome(outcome, cwd));
  const seen = report.outcomes.filter((outcome) => outcome.status === 'seen').length;
  if (seen > 0) lines.push(`${seen} feed item${seen === 1 ? '' : 's'} already seen in earlier runs.`);
  const deferred = report.outcomes.filter((outcome) => outcome.status === 'deferred').length;
  if (deferred > 0) lines.push(`${deferred} feed item${deferred === 1 ? '' : 's'} left for later runs (per-run limits, or waiting to retry after a failure).`);
  if (report.kind === 'feed' && report.outcomes.length === 0) lines.push('The feed has no items.');
  if (report.indexed.length > 0) lines.push(`Indexed: ${report.indexed.join(', ')} (${report.seconds.toFixed(2)} s).`);
  return lines.join('\n');
}
