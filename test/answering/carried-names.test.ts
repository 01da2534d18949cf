/**
 * A paragraph that opens on the one before it («مضيفا أنه “…”», "She added that…")
 * answers a question naming the speaker the paragraph before named: it carries
 * that name (src/core/retrieval/carried-words.ts) and is cited first, on articles
 * of other outlets and topics (test/fixtures/continuation). A paragraph that
 * names its own subject carries nothing, and a question the named paragraph
 * answers is still answered by it.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { offlineEngine } from '../core/helpers.js';

const FIXTURES = ['continuation', 'outlets'].map((folder) => path.join(REPO_ROOT, 'test/fixtures', folder));

let engine: Engine;

beforeAll(async () => {
  const knowledge = temporaryDirectory('carried-names-knowledge');
  for (const folder of FIXTURES) for (const file of readdirSync(folder)) cpSync(path.join(folder, file), path.join(knowledge, file));
  engine = await offlineEngine(knowledge, temporaryDirectory('carried-names-data'));
});

afterAll(removeTemporaryDirectories);

async function firstCited(question: string, lang: 'ar' | 'en') {
  const answer = await engine.ask(question, { k: 5, lang });
  return { answer, first: answer.citations[0] && `${answer.citations[0].articleId}#${answer.citations[0].paragraph}` };
}

describe('names carried from the paragraph before', () => {
  it('ranks first the Arabic paragraph that continues the minister’s speech, and cites it', async () => {
    const question = 'ماذا قال الزغلامي عن المشترين الآسيويين لزيت الزيتون؟';
    const [top] = await engine.retrieveParagraphs(question, 5);
    expect(`${top!.article.meta.id}#${top!.paragraph.number}`).toBe('sfax-olive-exports-2025-11-17#3');
    const { answer } = await firstCited(question, 'ar');
    expect(answer.answerable).toBe(true);
    expect(answer.citations.slice(0, 2).map((citation) => citation.paragraph)).toContain(3);
  });

  it('cites the English paragraph that opens with “She added”', async () => {
    const { answer, first } = await firstCited('Why was the Stourton site chosen, according to Grace Okafor?', 'en');
    expect(first).toBe('leeds-tram-depot-2025-10-06#3');
    expect(answer.answer).toContain('ring road');
  });

  it('still cites the named paragraph for what it answers itself', async () => {
    const { first } = await firstCited('How many trams will the Stourton site house, according to Grace Okafor?', 'en');
    expect(first).toBe('leeds-tram-depot-2025-10-06#2');
  });
});
