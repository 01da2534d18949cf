/**
 * Files Marsad ships beside its code (prompts/, knowledge/lexicon/, the graph
 * worker), found from the repository root: the code runs from src/ under tsx
 * and from dist/<build>/ once compiled (scripts/build.mjs), at different depths,
 * so a path relative to a module's own URL would differ between the two.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`no package.json above ${from}`);
  }
}

const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** An absolute path inside the repository, e.g. repositoryPath('prompts', 'answer-system.txt'). */
export function repositoryPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}
