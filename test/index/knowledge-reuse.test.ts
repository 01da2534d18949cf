/**
 * loadKnowledgeReusing() must return exactly what loadKnowledge() returns
 * (articles, their order, problems and messages) whatever changed in the
 * folder: it only saves re-parsing the articles that did not change.
 */
import { copyFileSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileIdentity, loadKnowledgeReusing } from '../../src/core/index/build/knowledge-reuse.js';
import { loadKnowledge, type KnowledgeLoadResult } from '../../src/core/knowledge/loader.js';
import { benchKnowledge } from '../support/corpus.js';
import { removeTemporaryDirectories } from '../support/temporary.js';

afterAll(removeTemporaryDirectories);

const INTERVIEW = 'tokayev-foreign-policy-2025-01-03';
const plain = (result: KnowledgeLoadResult) => JSON.stringify({ articles: result.articles, problems: result.problems.map((problem) => [problem.filePath, problem.line, problem.message]) });

function article(id: string, language = 'en', paragraphs = ['One paragraph about Astana.']): string {
  return `---\nid: ${id}\ntitle: ${id}\noutlet: Test\ndate: 2025-01-01\nlanguage: ${language}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** Applies a change to a fresh folder and compares the two loaders, with and without recorded file identities. */
function compareAfter(label: string, change: (directory: string) => void) {
  const directory = benchKnowledge(label, 60);
  const before = loadKnowledge(directory);
  const identities = Object.fromEntries(before.articles.flatMap((item) => [item.filePath, ...(item.translation ? [item.translation.filePath] : [])]).map((filePath) => [filePath, fileIdentity(filePath)!]));
  change(directory);
  const expected = plain(loadKnowledge(directory));
  expect(plain(loadKnowledgeReusing(directory, before.articles))).toBe(expected);
  expect(plain(loadKnowledgeReusing(directory, before.articles, identities))).toBe(expected);
}

describe('loadKnowledgeReusing is loadKnowledge', () => {
  it('when nothing changed', () => compareAfter('same', () => {}));

  it('when an article changed, was added or was removed', () =>
    compareAfter('edits', (directory) => {
      writeFileSync(path.join(directory, 'bench-distractor-000001.md'), article('bench-distractor-000001', 'ar', ['فقرة جديدة عن أستانا.']));
      writeFileSync(path.join(directory, 'a-new-one.md'), article('a-new-one'));
      rmSync(path.join(directory, 'bench-distractor-000002.md'));
    }));

  it('when the interview translation changed or disappeared', () => {
    compareAfter('translation-edit', (directory) => {
      const file = path.join(directory, `${INTERVIEW}.en.md`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('Tokayev', 'Tokaev'));
    });
    compareAfter('translation-removed', (directory) => rmSync(path.join(directory, `${INTERVIEW}.en.md`)));
  });

  it('when a new translation targets an unchanged article, or a new file claims its id', () => {
    compareAfter('new-translation', (directory) => {
      const paragraphs = loadKnowledge(directory).articles.find((item) => item.meta.id === 'bench-distractor-000003')!.paragraphs.map(() => 'A translated paragraph.');
      writeFileSync(path.join(directory, 'bench-distractor-000003.en.md'), `---\ntranslation_of: bench-distractor-000003\nlanguage: en\ntitle: T\n---\n\n${paragraphs.join('\n\n')}\n`);
    });
    compareAfter('duplicate-id', (directory) => writeFileSync(path.join(directory, 'aaa-duplicate.md'), article('bench-distractor-000004')));
  });

  it('when a file is broken, or touched without a change', () => {
    compareAfter('broken', (directory) => writeFileSync(path.join(directory, 'broken.md'), 'no front matter here'));
    compareAfter('touched', (directory) => {
      const file = path.join(directory, 'bench-distractor-000001.md');
      copyFileSync(file, `${file}.copy`);
      rmSync(file);
      copyFileSync(`${file}.copy`, file);
      rmSync(`${file}.copy`);
      utimesSync(file, new Date(), new Date());
    });
  });
});
