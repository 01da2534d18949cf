import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSquadKnowledge } from '../../scripts/eval/squad.js';

// Three one-paragraph articles: the halves are alternate articles, so a set can be fitted on one and measured on the other.
const squad = {
  data: ['First', 'Second', 'Third'].map((title) => ({
    title,
    paragraphs: [{ context: `${title} paragraph text.`, qas: [{ id: `${title}-q`, question: `What is ${title}?`, answers: [{ text: title }] }] }],
  })),
};

const workDirs: string[] = [];
afterEach(() => workDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function write(half?: 0 | 1) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-squad-halves-'));
  workDirs.push(workDir);
  const file = path.join(workDir, 'set.json');
  writeFileSync(file, JSON.stringify(squad));
  const questions = writeSquadKnowledge(file, path.join(workDir, 'knowledge'), half);
  return { ids: questions.map((question) => question.id), articles: readdirSync(path.join(workDir, 'knowledge')).length };
}

describe('eval squad --half', () => {
  it('keeps every article without a half', () => {
    expect(write()).toEqual({ ids: ['First-q', 'Second-q', 'Third-q'], articles: 3 });
  });

  it('half 0 keeps the first and third articles, half 1 the second', () => {
    expect(write(0)).toEqual({ ids: ['First-q', 'Third-q'], articles: 2 });
    expect(write(1)).toEqual({ ids: ['Second-q'], articles: 1 });
  });
});

describe('eval squad first_holds_answer', () => {
  it('counts a first citation holding the gold span in a repeated paragraph, which r@1 does not, and lists one holding none', async () => {
    const { evaluateSquad } = await import('../../scripts/eval/squad.js');
    const workDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-squad-first-'));
    workDirs.push(workDir);
    const lead = 'The Galata tower in Istanbul stands sixty-seven metres tall above the old harbour.';
    const repeated = {
      data: [{
        title: 'Galata tower',
        paragraphs: [
          { context: lead, qas: [] },
          {
            context: `${lead} It was rebuilt in stone after a fire and now holds a small museum of the city's maritime trade.`,
            qas: [
              { id: 'q', question: 'How tall is the Galata tower?', answers: [{ text: 'sixty-seven metres' }] },
              // Only the longer copy holds the museum: the lead cited first does not, and the miss is listed.
              { id: 'museum', question: 'How tall is the Galata tower above the harbour?', answers: [{ text: 'a small museum' }] },
            ],
          },
        ],
      }],
    };
    const file = path.join(workDir, 'set.json');
    writeFileSync(file, JSON.stringify(repeated));
    const misses: string[] = [];
    const figures = await evaluateSquad(file, (line) => misses.push(line));
    expect(figures.first_holds_answer).toBe(0.5);
    expect(figures['r@1']).toBe(0);
    expect(figures['r@5']).toBe(1);
    expect(misses.filter((line) => line.startsWith('MISS first_holds_answer'))).toEqual([
      'MISS first_holds_answer museum: rank 2, first squad-0001#1 for squad-0001#2: How tall is the Galata tower above the harbour?',
    ]);
  });
});
