/**
 * `ingest()` against the fixture site on 127.0.0.1: pages become knowledge/
 * articles that /ask then cites with their URL; the same page or a syndicated
 * copy is not added twice; bad inputs are refused by name with nothing written.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import { describeReport } from '../../src/ingest/report-text.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { createWorkspace, removeWorkspaces, type Workspace } from './helpers.js';

let server: FixtureServer;
let workspace: Workspace;

beforeAll(async () => {
  server = await startFixtureServer();
  workspace = await createWorkspace('http');
});

afterAll(async () => {
  await server.close();
  removeWorkspaces();
});

const ingestUrl = (urlPath: string, options: { dryRun?: boolean } = {}) => ingest(server.url(urlPath), options, { ...workspace.context, engine: workspace.engine });

describe('ingesting pages over HTTP', () => {
  it('adds the Arabic page, reindexes, and /ask cites it with its URL', async () => {
    const report = await ingestUrl('/ar/aktau-desalination.html');
    expect(report.outcomes).toHaveLength(1);
    const [outcome] = report.outcomes;
    expect(outcome).toMatchObject({ status: 'added', articleId: 'aktau-desalination-plant-2025-03-12' });
    expect(report.indexed).toEqual(['aktau-desalination-plant-2025-03-12']);
    expect(describeReport(report)).toMatch(/^Added aktau-desalination-plant-2025-03-12 /);

    const written = readFileSync(`${workspace.knowledgeDir}/aktau-desalination-plant-2025-03-12.md`, 'utf8');
    expect(written).toContain(`url: '${server.url('/2025/03/12/aktau-desalination-plant/')}'`);
    expect(written).not.toContain('اترك رد');

    const listing = workspace.engine.listArticles().find((article) => article.id === 'aktau-desalination-plant-2025-03-12');
    expect(listing).toMatchObject({ outlet: 'صوت السهوب', date: '2025-03-12', language: 'ar', paragraphs: 6, url: server.url('/2025/03/12/aktau-desalination-plant/') });

    const answer = await workspace.engine.ask('كم تبلغ الطاقة الإنتاجية لمحطة تحلية المياه في أكتاو؟');
    expect(answer.answerable).toBe(true);
    const first = answer.citations[0]!;
    expect(first.articleId).toBe('aktau-desalination-plant-2025-03-12');
    expect(first.url).toBe(server.url('/2025/03/12/aktau-desalination-plant/'));
    expect(first.text).toContain('50 ألف متر مكعب');
    expect(first.section).toBe('تفاصيل المشروع');
  });

  it('adds the English page and answers an English question from it', async () => {
    const report = await ingestUrl('/en/almaty-metro.html');
    expect(report.outcomes[0]).toMatchObject({ status: 'added', articleId: 'almaty-metro-western-line-2025-02-20' });
    const answer = await workspace.engine.ask('How many passengers a day is the Almaty metro extension expected to carry?');
    expect(answer.citations[0]).toMatchObject({ articleId: 'almaty-metro-western-line-2025-02-20', url: server.url('/city/almaty-metro-western-line') });
    expect(answer.citations[0]!.text).toContain('60,000 passengers a day');
  });

  it('does not add the same page twice, and says which article it matched', async () => {
    const before = workspace.articleFiles();
    const report = await ingestUrl('/ar/aktau-desalination.html');
    expect(report.outcomes[0]).toMatchObject({ status: 'duplicate', match: { articleId: 'aktau-desalination-plant-2025-03-12', reason: 'url' } });
    expect(report.indexed).toEqual([]);
    expect(workspace.articleFiles()).toEqual(before);
  });

  it('recognises a syndicated copy (another outlet, URL, chrome and charset) by its text', async () => {
    const before = workspace.articleFiles();
    const report = await ingestUrl('/ar/aktau-desalination-copy.html');
    const [outcome] = report.outcomes;
    expect(outcome).toMatchObject({ status: 'duplicate', title: 'افتتاح أكبر محطة لتحلية مياه البحر في أكتاو', match: { articleId: 'aktau-desalination-plant-2025-03-12', reason: 'text' } });
    expect(outcome?.status === 'duplicate' && outcome.match.similarity).toBeGreaterThanOrEqual(0.8);
    expect(describeReport(report)).toContain('is already in knowledge/ as aktau-desalination-plant-2025-03-12');
    expect(workspace.articleFiles()).toEqual(before);
  });

  it('on a dry run shows the file it would write and writes nothing', async () => {
    const before = workspace.articleFiles();
    const report = await ingestUrl('/en/aktau-baku-ferry.html', { dryRun: true });
    const [outcome] = report.outcomes;
    expect(outcome?.status).toBe('dry-run');
    expect(outcome?.status === 'dry-run' && outcome.markdown).toMatch(/^---\nid: aktau-baku-ferry-resumes-2025-03-15\ntitle: Caspian ferry between Aktau and Baku resumes after storm\noutlet: Steppe Tribune\ndateline: AKTAU\n/);
    expect(workspace.articleFiles()).toEqual(before);
  });
});

describe('bad inputs are refused by name, with nothing written', () => {
  const cases: [string, string, RegExp][] = [
    ['a 404', '/ar/no-such-article.html', /HTTP 404/],
    ['a URL that is not HTML', '/files/report.pdf', /is not an HTML page or a feed \(Content-Type: application\/pdf\)/],
    ['a paywalled page', '/en/premium-pipeline.html', /only \d+ characters of article text found/],
    ['a page in an unsupported language', '/fr/metro.html', /declares language "fr"/],
    ['a feed that is not XML', '/feeds/broken.rss', /is not a feed: not well-formed XML/],
  ];
  it.each(cases)('%s', async (_label, urlPath, reason) => {
    const before = workspace.articleFiles();
    const error = await ingestUrl(urlPath).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(reason);
    expect((error as IngestError).message.startsWith(server.url(urlPath))).toBe(true);
    expect((error as IngestError).message).toContain('nothing was written');
    expect((error as IngestError).localizedMessage('ar')).toContain('لم يُكتب شيء');
    expect(workspace.articleFiles()).toEqual(before);
  });

  it('an unreachable server is a transient failure (the watch loop retries it)', async () => {
    const error = await ingest('http://127.0.0.1:9/article.html', {}, { ...workspace.context, engine: null }).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).transient).toBe(true);
  });
});
