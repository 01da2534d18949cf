/**
 * A paragraph that opens on the one before it («مضيفا أنه “…”», "She added that…")
 * answers a question naming the speaker the paragraph before named: it carries
 * that name (src/core/retrieval/carried-words.ts): it ranks higher, its unit
 * outranks the named paragraph's in the answer's order, and the answer it gives
 * is not refused for lacking the name, on articles of other
 * outlets and topics (test/fixtures/continuation). A question the named
 * paragraph answers is still answered by it.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { offlineEngine } from '../core/helpers.js';

async function engineOver(folders: string[]): Promise<Engine> {
  const knowledge = temporaryDirectory('carried-names-knowledge');
  for (const folder of folders.map((name) => path.join(REPO_ROOT, 'test/fixtures', name))) {
    for (const file of readdirSync(folder)) cpSync(path.join(folder, file), path.join(knowledge, file));
  }
  return offlineEngine(knowledge, temporaryDirectory('carried-names-data'));
}

let engine: Engine;
let indirect: Engine;

beforeAll(async () => {
  engine = await engineOver(['continuation', 'outlets']);
  indirect = await engineOver(['indirect-speech', 'outlets']);
});

afterAll(removeTemporaryDirectories);

async function firstCited(question: string, lang: 'ar' | 'en', over = engine) {
  const answer = await over.ask(question, { k: 5, lang });
  return { answer, first: answer.citations[0] && `${answer.citations[0].articleId}#${answer.citations[0].paragraph}` };
}

describe('names carried from the paragraph before', () => {
  it('answers from the Arabic paragraph that continues the minister’s speech without naming him', async () => {
    for (const question of ['ما الذي يستعد الزغلامي لفتحه في شنغهاي؟', 'ماذا قال الزغلامي عن المشترين الدائمين في آسيا؟']) {
      const { answer, first } = await firstCited(question, 'ar');
      expect(answer.answerable).toBe(true);
      expect(first).toBe('sfax-olive-exports-2025-11-17#3');
      expect(answer.answer).toContain('اليابان');
    }
  });

  it('ranks the English paragraph that opens with “She added” above the one that names her', async () => {
    const [top, next] = await engine.retrieveParagraphs('Why was the Stourton site chosen, according to Grace Okafor?', 5);
    expect(`${top!.article.meta.id}#${top!.paragraph.number}`).toBe('leeds-tram-depot-2025-10-06#3');
    expect(`${next!.article.meta.id}#${next!.paragraph.number}`).toBe('leeds-tram-depot-2025-10-06#2');
  });

  it('answers from the English paragraph that opens with “She added”, not the one that names her, when both are retrieved', async () => {
    const { answer, first } = await firstCited('Why was the Stourton site chosen, according to Grace Okafor?', 'en');
    expect(answer.answerable).toBe(true);
    expect(first).toBe('leeds-tram-depot-2025-10-06#3');
    expect(answer.answer).toContain('ring road');
  });

  it('still cites the named paragraph for what it answers itself', async () => {
    const { first } = await firstCited('How many trams will the Stourton site house, according to Grace Okafor?', 'en');
    expect(first).toBe('leeds-tram-depot-2025-10-06#2');
  });
});

describe('indirect speech going on from the paragraph before («وأضافت أن…»)', () => {
  it('answers from the paragraph that does not name the director, and the named one for what it says itself', async () => {
    const reason = await firstCited('لماذا اختير موقع المحطة بحسب سلمى بنعيسى؟', 'ar', indirect);
    expect(reason.answer.answerable).toBe(true);
    expect(reason.first).toBe('rabat-desalination-2025-09-22#3');
    expect(reason.answer.answer).toContain('شبكة الكهرباء');
    const people = await firstCited('كم نسمة ستزود المحطة بمياه الشرب بحسب سلمى بنعيسى؟', 'ar', indirect);
    expect(people.first).toBe('rabat-desalination-2025-09-22#2');
    expect(people.answer.answer).toContain('مليوني نسمة');
  });
});
