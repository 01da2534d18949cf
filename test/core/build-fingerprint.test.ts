/**
 * The compiled code is found by a fingerprint of the sources (scripts/build.mjs),
 * so an edit to src/ or scripts/ cannot run stale compiled code: any change of
 * content or name gives another build folder, whatever the file times say.
 */
import { mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { sourceFingerprint } from '../../scripts/build.mjs';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';

afterAll(removeTemporaryDirectories);

test('any edit under src/ or scripts/ changes the fingerprint, even one that keeps the file time and size', () => {
  const root = temporaryDirectory('fingerprint');
  mkdirSync(path.join(root, 'src/core'), { recursive: true });
  mkdirSync(path.join(root, 'scripts'));
  const source = path.join(root, 'src/core/answer.ts');
  writeFileSync(source, 'export const answer = 41;\n');
  writeFileSync(path.join(root, 'scripts/reindex.ts'), 'export {};\n');
  const before = sourceFingerprint(root);
  expect(sourceFingerprint(root)).toBe(before);

  const time = new Date('2025-01-01T00:00:00Z');
  utimesSync(source, time, time);
  const untouched = sourceFingerprint(root);
  writeFileSync(source, 'export const answer = 42;\n'); // same size
  utimesSync(source, time, time); // same time
  expect(sourceFingerprint(root)).not.toBe(untouched);

  const edited = sourceFingerprint(root);
  renameSync(source, path.join(root, 'src/core/other.ts'));
  expect(sourceFingerprint(root)).not.toBe(edited);
  writeFileSync(path.join(root, 'scripts/new.ts'), 'export {};\n');
  expect(sourceFingerprint(root)).not.toBe(edited);
});
