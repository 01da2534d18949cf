/**
 * Issue 13, findings 4 and 8 (a full disk, sizes, resumption, front matter,
 * paths), with faults injected into the file system rather than a real full
 * disk: writeSync accepts part of a write and then fails with ENOSPC, as a
 * nearly full disk does. Nothing is ever left truncated; the message names a
 * full disk; an article too large for the index is refused before it is
 * written; an article stranded between its write and its reindex is indexed
 * by the next run; plain front-matter values survive; replies show no paths.
 */
import fs, { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { describeReport } from '../../src/ingest/report-text.js';
import { stateFilePath } from '../../src/ingest/ingest-state.js';
import { FIXTURES_DIR } from '../ingest/fixture-server.js';
import { createWorkspace, removeWorkspaces, type Workspace } from '../ingest/helpers.js';

let workspace: Workspace;

beforeAll(async () => {
  workspace = await createWorkspace('disk');
});

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

afterAll(() => removeWorkspaces());

/**
 * From now on, writes into files whose path matches `target` take at most
 * `room` bytes in all; the write that finds no room left fails with ENOSPC.
 */
function diskFillsAfter(room: number, target: RegExp): void {
  const original = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
  const descriptors = new Set<number>();
  const originalOpen = fs.openSync.bind(fs) as (...args: unknown[]) => number;
  const originalClose = fs.closeSync.bind(fs) as (descriptor: number) => void;
  vi.spyOn(fs, 'openSync').mockImplementation(((filePath: fs.PathLike, ...rest: unknown[]) => {
    const descriptor = originalOpen(filePath, ...rest);
    if (target.test(String(filePath))) descriptors.add(descriptor);
    return descriptor;
  }) as typeof fs.openSync);
  // Descriptor numbers are reused: one closed no longer names the target file.
  vi.spyOn(fs, 'closeSync').mockImplementation((descriptor: number) => {
    descriptors.delete(descriptor);
    originalClose(descriptor);
  });
  vi.spyOn(fs, 'writeSync').mockImplementation(((descriptor: number, data: string | NodeJS.ArrayBufferView, offset?: number, length?: number) => {
    if (!descriptors.has(descriptor)) return original(descriptor, data, offset, length);
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const start = typeof offset === 'number' ? offset : 0;
    const wanted = typeof length === 'number' ? length : bytes.length - start;
    if (room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    const count = Math.min(wanted, room);
    room -= count;
    return original(descriptor, bytes, start, count);
  }) as typeof fs.writeSync);
  // Modules that imported writeSync by name see the injected one too.
  syncBuiltinESMExports();
}

const articleFiles = () => readdirSync(workspace.knowledgeDir).filter((name) => name.endsWith('.md')).sort();
const leftovers = () => readdirSync(workspace.knowledgeDir).filter((name) => name.endsWith('.tmp'));

describe('a nearly full disk', () => {
  it('an article that does not fit is refused as a full disk, never written cut short', async () => {
    const before = articleFiles();
    diskFillsAfter(512, /knowledge/);
    const error = await ingest(path.join(FIXTURES_DIR, "en-news.html"), {}, { ...workspace.context, engine: workspace.engine }).then(() => null, (caught: unknown) => caught);
    expect((error as Error)?.message).toMatch(/^The disk is full \(ENOSPC\) while writing almaty-metro-opens-three-new-stations-2025-02-20\.md/);
    expect(articleFiles()).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('a write the disk takes in parts is completed, not cut', async () => {
    const original = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
    // Every write call takes at most 1,000 bytes: legal for write(2), and what a busy or nearly full disk does.
    vi.spyOn(fs, 'writeSync').mockImplementation(((descriptor: number, data: string | NodeJS.ArrayBufferView, offset?: number | null, length?: number) => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteLength === 0 ? 0 : data.byteOffset, data.byteLength);
      const start = typeof offset === 'number' && typeof data !== 'string' ? offset : 0;
      return original(descriptor, bytes, start, Math.min(typeof length === 'number' && typeof data !== 'string' ? length : bytes.length - start, 1000));
    }) as typeof fs.writeSync);
    syncBuiltinESMExports();
    const report = await ingest(path.join(FIXTURES_DIR, 'ar-news.html'), {}, { ...workspace.context, engine: null });
    const added = report.outcomes[0]!;
    expect(added.status).toBe('added');
    if (added.status === 'added') expect(readFileSync(added.filePath, 'utf8')).toBe(added.markdown);
  });

  it('the ingest state is never left half-written: the previous file stays whole', async () => {
    const feed = path.join(workspace.root, 'state.rss');
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>s-1</guid><title>Short</title><description>too short</description></item></channel></rss>`);
    await ingest(feed, {}, { ...workspace.context, engine: null });
    const before = readFileSync(stateFilePath(workspace.dataDir), 'utf8');
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>s-2</guid><title>Short</title><description>too short</description></item></channel></rss>`);
    diskFillsAfter(64, /ingest-state/);
    await expect(ingest(feed, {}, { ...workspace.context, engine: null })).rejects.toThrow(/^The disk is full \(ENOSPC\) while writing ingest-state\.json/);
    expect(readFileSync(stateFilePath(workspace.dataDir), 'utf8')).toBe(before);
    expect(JSON.parse(before)).toBeTruthy();
  });

  it('a reindex that runs out of space says so, leaves no build folder and the previous index serving', async () => {
    const indexDir = path.join(workspace.dataDir, 'index');
    const serving = workspace.engine.index.generationDir;
    writeFileSync(path.join(workspace.knowledgeDir, 'extra-2025-03-01.md'), `---\ntitle: Extra\noutlet: Test\ndate: 2025-03-01\nlanguage: en\n---\n\n${'The harbour council met again to discuss the grain tender. '.repeat(12)}\n`);
    diskFillsAfter(0, /\.building-/);
    await expect(workspace.engine.reindex()).rejects.toThrow(/^The disk is full \(ENOSPC\) while writing /);
    vi.restoreAllMocks();
    syncBuiltinESMExports();
    expect(readdirSync(indexDir).filter((name) => name.startsWith('.building-'))).toEqual([]);
    expect(workspace.engine.index.generationDir).toBe(serving);
    expect((await workspace.engine.reindex()).added).toContain('extra-2025-03-01');
  });
});

describe('sizes, resumption, front matter and paths', () => {
  it('an article too large for the index is refused before it is written', async () => {
    const huge = path.join(workspace.root, 'huge.md');
    const paragraph = 'The harbour council met again to discuss the grain tender and the freight quota for the season. ';
    writeFileSync(huge, `---\ntitle: Huge\noutlet: Test\ndate: 2025-03-02\nlanguage: en\n---\n\n${Array.from({ length: 4600 }, () => paragraph.repeat(10)).join('\n\n')}\n`);
    const before = articleFiles();
    await expect(ingest(huge, {}, { ...workspace.context, engine: workspace.engine })).rejects.toThrow(/the index takes articles of at most 4 MB — nothing was written/);
    expect(articleFiles()).toEqual(before);
  });

  it('an article written but not indexed (the run was killed) is indexed by the next run', async () => {
    const page = path.join(FIXTURES_DIR, 'en-brief.html');
    // The first run writes the article and stops before its reindex, as a run killed at that moment does.
    const first = await ingest(page, {}, { ...workspace.context, engine: null });
    const id = first.outcomes[0]!.status === 'added' ? first.outcomes[0]!.articleId : '';
    expect(workspace.engine.listArticles().map((article) => article.id)).not.toContain(id);
    const second = await ingest(page, {}, { ...workspace.context, engine: workspace.engine });
    expect(second.outcomes[0]).toMatchObject({ status: 'duplicate', match: { articleId: id } });
    expect(second.indexed).toEqual([id]);
    expect(workspace.engine.listArticles().map((article) => article.id)).toContain(id);
  });

  it('front-matter values YAML would read as numbers stay as written', async () => {
    const input = path.join(workspace.root, 'clock.md');
    writeFileSync(input, `---\ntitle: "Times and codes"\noutlet: "12:30"\ndateline: "0x10"\ndate: 2025-03-04\nlanguage: en\n---\n\n${'The ferry left at half past noon and the crew logged the code in the harbour book. '.repeat(8)}\n`);
    const report = await ingest(input, {}, { ...workspace.context, engine: null });
    const added = report.outcomes[0]!;
    expect(added.status).toBe('added');
    if (added.status !== 'added') return;
    expect(matter(readFileSync(added.filePath, 'utf8')).data).toMatchObject({ outlet: '12:30', dateline: '0x10' });
  });

  it('a report for Discord names no host path', async () => {
    const report = await ingest(path.join(FIXTURES_DIR, 'ar-brief.html'), { dryRun: true }, { ...workspace.context, engine: null });
    const text = describeReport(report, null);
    expect(text).toMatch(/^Would add [a-z0-9-]+: /);
    expect(text).not.toContain(workspace.root);
    expect(text).not.toContain(FIXTURES_DIR);
    expect(existsSync(workspace.knowledgeDir)).toBe(true);
  });
});
