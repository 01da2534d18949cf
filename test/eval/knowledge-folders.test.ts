import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gatherKnowledge, parseFolderList } from '../../scripts/eval/knowledge-folders.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';

afterAll(removeTemporaryDirectories);

function folderWith(label: string, files: string[]): string {
  const folder = temporaryDirectory(label);
  for (const file of files) writeFileSync(path.join(folder, file), '---\nid: x\n---\n\ntext\n');
  mkdirSync(path.join(folder, 'language'));
  return folder;
}

describe('eval interview --knowledge', () => {
  it('reads a comma-separated folder list, spaces and empty entries aside', () => {
    expect(parseFolderList(' knowledge, test/fixtures/probe/articles,,')).toEqual(['knowledge', 'test/fixtures/probe/articles']);
  });

  it('refuses an empty list', () => {
    expect(() => parseFolderList(' , ')).toThrow(/at least one folder/);
  });

  it('copies the article files of every folder side by side, READMEs and sub-folders aside, and removes them on cleanup', () => {
    const gathered = gatherKnowledge([folderWith('first', ['a.md', 'a.en.md', 'README.md']), folderWith('second', ['b.md', 'notes.txt'])]);
    expect(readdirSync(gathered.knowledgeDir).sort()).toEqual(['a.en.md', 'a.md', 'b.md']);
    gathered.cleanup();
    expect(existsSync(gathered.knowledgeDir)).toBe(false);
  });

  it('refuses two folders holding a file of the same name (one would replace the other)', () => {
    expect(() => gatherKnowledge([folderWith('one', ['same.md']), folderWith('two', ['same.md'])])).toThrow(/same\.md is in more than one/);
  });
});
