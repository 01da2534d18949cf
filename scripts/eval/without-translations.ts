/**
 * The knowledge folder as it would be without its translations: every article
 * file that is not a translation (no `translation_of`), copied to a temporary
 * folder. English questions over it can only reach the Arabic text through the
 * offline lexicon, which is how most articles an analyst drops in are read.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listArticleFiles } from '../../src/core/knowledge/loader.js';

export function withoutTranslations(knowledgeDir: string): { knowledgeDir: string; dataDir: string; cleanup: () => void } {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-no-translations-'));
  const copyDir = path.join(workDir, 'knowledge');
  mkdirSync(copyDir);
  for (const filePath of listArticleFiles(knowledgeDir)) {
    if (/^translation_of\s*:/m.test(readFileSync(filePath, 'utf8').split(/\n---\s*\n/)[0] ?? '')) continue;
    copyFileSync(filePath, path.join(copyDir, path.basename(filePath)));
  }
  return { knowledgeDir: copyDir, dataDir: path.join(workDir, 'data'), cleanup: () => rmSync(workDir, { recursive: true, force: true }) };
}
