/**
 * Temporary folders for tests: each under the OS temp dir, named by its label,
 * and all removed by removeTemporaryDirectories() (call it in afterAll).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];

export function temporaryDirectory(label: string): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), `marsad-test-${label}-`));
  created.push(directory);
  return directory;
}

export function removeTemporaryDirectories(): void {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}
