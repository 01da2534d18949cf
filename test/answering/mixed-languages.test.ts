/**
 * English questions over a newsroom's mixed knowledge: English articles (one with
 * an Arabic translation) beside Arabic articles without one (test/fixtures:
 * articles, outlets, answering, translations). An English question about an
 * untranslated Arabic article reaches it through the offline lexicon, and must
 * not lose to an English paragraph that merely shares its common words; a value
 * question about a subject no article mentions is refused, not answered with
 * another project's figure.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { expectAnswered, offlineEngine } from '../core/helpers.js';

const FOLDERS = ['articles', 'outlets', 'answering', 'translations'].map((folder) => path.join(REPO_ROOT, 'test/fixtures', folder));

let engine: Engine;

beforeAll(async () => {
  const knowledge = temporaryDirectory('mixed-languages-knowledge');
  for (const folder of FOLDERS) for (const file of readdirSync(folder)) cpSync(path.join(folder, file), path.join(knowledge, file));
  engine = await offlineEngine(knowledge, temporaryDirectory('mixed-languages-data'));
});

afterAll(removeTemporaryDirectories);

const topParagraph = async (question: string) => {
  const [hit] = await engine.retrieveParagraphs(question, 3);
  return `${hit!.article.meta.id}#${hit!.paragraph.number}`;
};

describe('English questions over English and untranslated Arabic articles', () => {
  it('finds the Arabic paragraph that holds the answer before English paragraphs sharing only common words', async () => {
    expect(engine.articles().find((article) => article.meta.id === 'oman-desalination-2025-03-10')?.translation).toBeNull();
    // «استغرقت ثلاث سنوات» (Sohar desalination plant), not a bus plan or a strike.
    expect(await topParagraph('How long did the construction of the desalination plant take?')).toBe('oman-desalination-2025-03-10#2');
    // The environmental society's worry about brine (Sohar), not the Aqaba terminal's critics.
    expect(await topParagraph('What did the environmental association worry about?')).toBe('oman-desalination-2025-03-10#5');
    expect(await topParagraph('How long did ships wait at the port last year?')).toBe('sohar-port-waits-2025-01-20#2');
  });

  it('still answers from the English article when the question is about it', async () => {
    expect(await topParagraph('How much will the Aqaba terminal expansion cost?')).toBe('aqaba-port-expansion-2025-04-22#1');
    await expectAnswered(engine, 'How much did the Almaty metro extension cost?', { holds: /two hundred million dollars/ });
  });

  it('refuses a value question about a subject no article mentions, in either language, instead of quoting another cost', async () => {
    for (const question of ['How much did the new museum cost?', 'كم كلف المتحف الجديد؟']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(false);
      expect(answer.answer).not.toMatch(/million|مليون/);
    }
  });

  it('refuses a date question about a subject no article mentions, though another article\'s new thing opened', async () => {
    // The Almaty metro "opened two new metro stations": neither "new" nor "open" is the museum.
    for (const question of ['When did the new museum open?', 'متى افتتح المتحف الجديد؟']) {
      expect((await engine.ask(question)).answerable, question).toBe(false);
    }
    await expectAnswered(engine, 'When did Almaty open the new metro stations?', { holds: /Saturday/ });
  });
});
