/**
 * `npm run ingest` as an admin runs it (the tsx CLI, a clean environment):
 * a page is added and reported, a bad input exits 1 with a message naming it
 * and nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { createWorkspace, removeWorkspaces, type Workspace } from './helpers.js';
import { runEntry } from '../support/processes.js';
let server: FixtureServer;
let workspace: Workspace;

beforeAll(async () => {
  server = await startFixtureServer();
  workspace = await createWorkspace('cli');
});

afterAll(async () => {
  await server.close();
  removeWorkspaces();
});

function ingestCommand(...args: string[]) {
  return runEntry('scripts/ingest.ts', args, { MARSAD_KNOWLEDGE_DIR: workspace.knowledgeDir, MARSAD_DATA_DIR: workspace.dataDir, INGEST_ALLOW_HOSTS: '127.0.0.1' }, { cwd: workspace.root });
}

describe('npm run ingest', () => {
  it('adds a page and names the article it added', async () => {
    const result = await ingestCommand(server.url('/en/aktau-baku-ferry.html'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Added aktau-baku-ferry-resumes-2025-03-15 \(knowledge\/aktau-baku-ferry-resumes-2025-03-15\.md\): "Caspian ferry between Aktau and Baku resumes after storm"/);
    expect(result.stdout).toContain('Indexed: aktau-baku-ferry-resumes-2025-03-15');
  });

  it('exits 1 on a 404 with a message naming the URL, writing nothing', async () => {
    const before = workspace.articleFiles();
    const result = await ingestCommand(server.url('/gone.html'), '--lang', 'ar');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`marsad: ${server.url('/gone.html')}: HTTP 404 Not Found — nothing was written.\n`);
    expect(workspace.articleFiles()).toEqual(before);
  });
});
