/**
 * The data folder (MARSAD_DATA_DIR) as a configuration: errors about it are
 * named by the variable and the path, not raw ENOTDIR/EEXIST stack traces.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type MarsadError } from '../errors.js';
import { diskFullError } from './storage/atomic-write.js';

const FOLDER_ERRORS = new Set(['ENOTDIR', 'EEXIST', 'EISDIR', 'EACCES', 'EPERM', 'EROFS']);

/**
 * The data folder must be a folder Marsad can use. A file in its place (or in
 * the place of data/index), or a folder it may not write, used to surface as a
 * raw ENOTDIR/EEXIST stack trace; it is a configuration problem, named by its
 * variable and path. Returns null for errors that are not about the folders.
 */
export function dataDirError(dataDir: string, error: unknown): MarsadError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = (error as NodeJS.ErrnoException | null)?.path;
  // A full disk is not a misconfigured folder: say so (the previous index keeps serving).
  if (code === 'ENOSPC' || code === 'EDQUOT') return diskFullError(where ?? path.join(dataDir, 'index'), error);
  const inDataDir = where === undefined || path.resolve(where) === dataDir || path.resolve(where).startsWith(`${dataDir}${path.sep}`);
  if (!code || !FOLDER_ERRORS.has(code) || !inDataDir) return null;
  return new ConfigError(
    'MARSAD_DATA_DIR',
    `${dataDir} cannot hold the index (${code}${where ? ` on ${where}` : ''}): point MARSAD_DATA_DIR at a folder Marsad can write, and remove any file standing where a folder should be`,
  );
}

export function checkDataDir(dataDir: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(dataDir).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // created by the first build
    throw dataDirError(dataDir, error) ?? error;
  }
  if (!isFolder) throw new ConfigError('MARSAD_DATA_DIR', `${dataDir} is a file, not a folder: point MARSAD_DATA_DIR at a folder Marsad can write (the index is kept there)`);
}

