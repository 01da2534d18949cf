/**
 * Shared pieces of the robustness suite: running an entry point as a child
 * process the way a user does (clean environment, temporary working folder,
 * no developer .env), fingerprints of the index on disk ("unchanged"), a bot
 * on the fake Discord with engine options the Discord harness does not take,
 * a larger corpus built from XQuAD, and a watch for unhandled rejections.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { startHarness, type Harness, type HarnessOptions } from '../discord/harness.js';
import { KNOWLEDGE_DIR, XQUAD_CORPUS } from '../support/paths.js';
import { temporaryDirectory } from '../support/temporary.js';

// ---------------------------------------------------------------- folders

/** A knowledge folder with the interview (and its translation) plus the given extra files. */
export function knowledgeFolder(label: string, extra: Record<string, string | Uint8Array> = {}): string {
  const directory = temporaryDirectory(label);
  for (const name of readdirSync(KNOWLEDGE_DIR)) {
    if (name.endsWith('.md') && !/^readme\.md$/iu.test(name)) cpSync(path.join(KNOWLEDGE_DIR, name), path.join(directory, name));
  }
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(directory, name), content);
  return directory;
}

/** The question a marker article answers: its answer ("… leaves at 7 o'clock") tells which version of the article is served. */
export const MARKER_QUESTION = 'When does the night ferry from Aktau to Baku leave?';

/** A one-paragraph marker article whose answer to MARKER_QUESTION is `hour`. */
export function markerArticle(id: string, hour: number): string {
  return `---
id: ${id}
title: Night ferry timetable
outlet: Marsad test desk
date: 2025-02-01
language: en
---

The night ferry from Aktau to Baku leaves at ${hour} o'clock, the port authority said.
`;
}

/** A copy of a data folder (an index already built), so a test may damage or reuse it freely. */
export function copyOfDataDir(dataDir: string, label: string): string {
  const copy = temporaryDirectory(label);
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}

// ---------------------------------------------------------------- the index on disk

export function currentGenerationName(dataDir: string): string {
  return readFileSync(path.join(dataDir, 'index', 'CURRENT'), 'utf8').trim();
}

/**
 * What "the index is unchanged" means: the same CURRENT, the same manifest
 * bytes, the same generation folders. Cheap enough to take around every case.
 */
export function indexFingerprint(dataDir: string): string {
  const indexDir = path.join(dataDir, 'index');
  const current = currentGenerationName(dataDir);
  const manifest = readFileSync(path.join(indexDir, current, 'manifest.json'));
  const folders = readdirSync(indexDir).sort().join(',');
  return `${current} ${createHash('sha256').update(manifest).digest('hex')} ${folders}`;
}

/** The files a generation's manifest lists, with their checksums (whatever the format names them). */
export function manifestFiles(generationDir: string): Record<string, { sha256: string; bytes: number }> {
  return (JSON.parse(readFileSync(path.join(generationDir, 'manifest.json'), 'utf8')) as { files: Record<string, { sha256: string; bytes: number }> }).files;
}

/** Every file listed by the serving generation's manifest is there, whole, with its checksum. */
export function expectCompleteGeneration(dataDir: string): void {
  const generationDir = path.join(dataDir, 'index', currentGenerationName(dataDir));
  for (const [name, { sha256, bytes }] of Object.entries(manifestFiles(generationDir))) {
    const content = readFileSync(path.join(generationDir, name));
    expect(content.length, name).toBe(bytes);
    expect(createHash('sha256').update(content).digest('hex'), name).toBe(sha256);
  }
}

// ---------------------------------------------------------------- processes

/** At most `limit` tasks at once: child processes on 2 cores must not all start together. */
export function concurrencyLimit(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

/** A user must never see a stack trace: no "    at f (file:1:2)" lines, no raw "Error:" dump. */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/mu);
  expect(text).not.toMatch(/unexpected error/u);
  expect(text).not.toMatch(/^(\w*Error|TypeError|InvalidArgumentError)(: |\b.*\{$)/mu);
}

// ---------------------------------------------------------------- unhandled rejections

/** Collects unhandled rejections between start() and stop() (a drill must cause none). */
export function watchUnhandledRejections() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  return {
    seen,
    start: () => process.on('unhandledRejection', listener),
    async stop() {
      // Give stray promises a turn of the event loop to reject before looking.
      await new Promise((resolve) => setImmediate(resolve));
      process.off('unhandledRejection', listener);
      return seen;
    },
  };
}

// ---------------------------------------------------------------- a bot on the fake Discord

export type BotHarness = Omit<Harness, 'engine' | 'realEngine'> & { engine: Engine };

export interface BotHarnessOptions extends Omit<HarnessOptions, 'dataDir'> {
  dataDir?: string;
}

/**
 * test/discord/harness.ts with this suite's defaults: a data folder cleaned
 * with the other temporary folders, and `engine` the real engine (the bot may
 * see a wrapped one).
 */
export async function startBotHarness(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const harness = await startHarness({ ...options, dataDir: options.dataDir ?? temporaryDirectory('bot-data') });
  return { ...harness, engine: harness.realEngine };
}

// ---------------------------------------------------------------- a larger corpus

const ARABIC_TITLE = (name: string) => `مقال عن ${name.replace(/[_,()]/gu, ' ').trim()}`;

/**
 * The XQuAD-dev paragraphs (24 articles × 5 paragraphs, in both languages) as
 * 24 Arabic and 24 English articles: 240 paragraphs, 269 beside the
 * interview, so a full reindex runs long enough to be killed in the middle.
 */
export function writeXquadCorpus(knowledgeDir: string): { articles: number; paragraphs: number } {
  mkdirSync(knowledgeDir, { recursive: true });
  const byArticle = new Map<string, { ar: string[]; en: string[] }>();
  for (const line of readFileSync(XQUAD_CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { article: string; ar: string; en: string };
    const entry = byArticle.get(row.article) ?? { ar: [], en: [] };
    entry.ar.push(row.ar.replace(/\s+/gu, ' ').trim());
    entry.en.push(row.en.replace(/\s+/gu, ' ').trim());
    byArticle.set(row.article, entry);
  }
  let paragraphs = 0;
  let number = 0;
  for (const [name, texts] of byArticle) {
    number += 1;
    for (const language of ['ar', 'en'] as const) {
      const id = `xquad-${number}-${language}`;
      const title = language === 'ar' ? ARABIC_TITLE(name) : name.replace(/_/gu, ' ');
      const body = texts[language].map((text) => text.replace(/^#/u, '\\#')).join('\n\n');
      writeFileSync(path.join(knowledgeDir, `${id}.md`), `---\nid: ${id}\ntitle: '${title.replace(/'/gu, "''")}'\noutlet: XQuAD-dev\ndate: 2019-10-25\nlanguage: ${language}\n---\n\n${body}\n`);
      paragraphs += texts[language].length;
    }
  }
  return { articles: byArticle.size * 2, paragraphs };
}

/** True when a folder exists and has an entry whose name starts with `prefix`. */
export function hasEntryStartingWith(directory: string, prefix: string): boolean {
  return existsSync(directory) && readdirSync(directory).some((name) => name.startsWith(prefix));
}
