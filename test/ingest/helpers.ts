/**
 * Workspaces for the ingestion tests: a temporary knowledge folder holding a
 * copy of the real interview (so /ask has to pick the new article over it), a
 * temporary data folder, and an offline engine over both. Always removed.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type MarsadConfig } from '../../src/config.js';
import { createEngine, type Engine } from '../../src/core/engine.js';
import type { IngestContext } from '../../src/ingest/ingest-run.js';
import { KNOWLEDGE_DIR } from '../support/paths.js';

const INTERVIEW_FILES = ['tokayev-foreign-policy-2025-01-03.md', 'tokayev-foreign-policy-2025-01-03.en.md'];

export interface Workspace {
  root: string;
  knowledgeDir: string;
  dataDir: string;
  config: MarsadConfig;
  engine: Engine;
  context: IngestContext;
  /** Article files in the knowledge folder, sorted. */
  articleFiles(): string[];
}

const roots: string[] = [];

export async function createWorkspace(label: string, options: { withInterview?: boolean } = {}): Promise<Workspace> {
  const root = mkdtempSync(path.join(os.tmpdir(), `marsad-ingest-${label}-`));
  roots.push(root);
  const knowledgeDir = path.join(root, 'knowledge');
  const dataDir = path.join(root, 'data');
  for (const file of options.withInterview === false ? [] : INTERVIEW_FILES) cpSync(path.join(KNOWLEDGE_DIR, file), path.join(knowledgeDir, file));
  mkdirSync(knowledgeDir, { recursive: true });
  const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir });
  const engine = await createEngine(config, { generative: null });
  return {
    root,
    knowledgeDir,
    dataDir,
    config,
    engine,
    // The fixture site runs on 127.0.0.1: tests opt in the way an intranet deployment would.
    context: { knowledgeDir, dataDir, policy: { allowHosts: ['127.0.0.1'] } },
    articleFiles: () => readdirSync(knowledgeDir).filter((name) => name.endsWith('.md')).sort(),
  };
}

export function removeWorkspaces(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}
