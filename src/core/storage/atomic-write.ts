/**
 * The one way Marsad replaces or creates a file: write every byte to a
 * temporary file beside it (looping until the kernel has taken them all — a
 * nearly full disk accepts a write only in part), fsync it, move it into place,
 * fsync the folder. A crash or a full disk at any point leaves the previous
 * file, or no file, never a truncated one.
 *
 * Written here rather than taken from write-file-atomic: its writeFileSync
 * issues one writeSync and ignores a short count (the very truncation this
 * guards against) and it does not fsync the folder.
 *
 * `fs` is used through its module object so a test can inject a failing or
 * short write (vi.spyOn(fs, 'writeSync')) without a real full disk.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MarsadError } from '../../errors.js';

/** "No space left": named plainly, with the file's name only (replies must not show host paths). */
export function diskFullError(filePath: string, cause: unknown): MarsadError {
  const name = path.basename(filePath);
  return new MarsadError('disk_full', `The disk is full (ENOSPC) while writing ${name}: free some space and run the command again; nothing was changed.`, {
    messageAr: `القرص ممتلئ أثناء كتابة ${name}: أفرغ بعض المساحة ثم أعد المحاولة؛ لم يتغيّر شيء.`,
    cause,
  });
}

export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

export function fsyncPath(filePath: string): void {
  const descriptor = fs.openSync(filePath, 'r');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

function writeTemporary(filePath: string, data: Uint8Array | string): string {
  // Hidden and not ending in the target's extension: a reindex listing *.md meanwhile never sees it.
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  try {
    const descriptor = fs.openSync(temporary, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) {
        const count = fs.writeSync(descriptor, bytes, written, bytes.length - written);
        if (count <= 0) throw Object.assign(new Error(`write to ${temporary} made no progress`), { code: 'ENOSPC' });
        written += count;
      }
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
    return temporary;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw isDiskFull(error) ? diskFullError(filePath, error) : error;
  }
}

/** Replaces (or creates) `filePath` with `data`, completely and durably, or not at all. */
export function writeFileAtomic(filePath: string, data: Uint8Array | string): void {
  const temporary = writeTemporary(filePath, data);
  try {
    fs.renameSync(temporary, filePath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fsyncPath(path.dirname(filePath));
}

/**
 * Creates `filePath` with `data` only if no file has that name: the complete
 * file appears under its name at once (a hard link of the finished temporary
 * file), and a name another process took meanwhile fails with EEXIST instead
 * of being overwritten. Returns false when the name was taken.
 */
export function createFileExclusive(filePath: string, data: Uint8Array | string): boolean {
  const temporary = writeTemporary(filePath, data);
  try {
    fs.linkSync(temporary, filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw isDiskFull(error) ? diskFullError(filePath, error) : error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  fsyncPath(path.dirname(filePath));
  return true;
}
