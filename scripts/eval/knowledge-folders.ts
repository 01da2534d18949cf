/**
 * `eval interview --knowledge a,b,c`: the article files (and their translations)
 * of several folders, copied side by side into one temporary knowledge folder,
 * so a question set written over its own articles (test/fixtures/probe) can be
 * measured with the interview and the other fixtures as distractors.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listArticleFiles } from '../../src/core/knowledge/loader.js';

/** "a, b,,c" → ["a", "b", "c"]; an empty list is an error (the option would index nothing). */
export function parseFolderList(text: string): string[] {
  const folders = text.split(',').map((folder) => folder.trim()).filter(Boolean);
  if (folders.length === 0) throw new Error('--knowledge needs at least one folder, e.g. --knowledge knowledge,test/fixtures/probe/articles');
  return folders;
}

/**
 * Copies every article file of the folders into one temporary folder. Two files
 * of the same name would silently replace each other, so that is an error.
 */
export function gatherKnowledge(folders: string[]): { knowledgeDir: string; dataDir: string; cleanup: () => void } {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-knowledge-'));
  const cleanup = () => rmSync(workDir, { recursive: true, force: true });
  const knowledgeDir = path.join(workDir, 'knowledge');
  mkdirSync(knowledgeDir);
  try {
    for (const folder of folders) {
      for (const filePath of listArticleFiles(path.resolve(folder))) {
        const target = path.join(knowledgeDir, path.basename(filePath));
        if (existsSync(target)) throw new Error(`--knowledge: ${path.basename(filePath)} is in more than one of the folders (${folders.join(', ')})`);
        copyFileSync(filePath, target);
      }
    }
  } catch (error) {
    cleanup();
    throw error;
  }
  return { knowledgeDir, dataDir: path.join(workDir, 'data'), cleanup };
}
