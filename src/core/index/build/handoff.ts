/**
 * What a build hands to the load that follows it in the same engine: its entry
 * table, the graph when it linked it on this thread, and the checksums of the
 * files it wrote. Reading them back from the files it has just written would
 * cost a second or so and, for the graph, a second copy in memory (the old
 * generation still serving, the build's, the loaded one). The engine passes the
 * handoff from its build to its load explicitly, so two engines in one process
 * never take each other's; it is used only while every file of the generation
 * is the very file the build wrote.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type hnswlib from 'hnswlib-node';
import type { EntryTables } from '../format/index-tables.js';
import type { IndexManifest } from '../format/manifest.js';

/** Checksums of the files one build wrote, by file identity (device, inode, size, modification time): a rename keeps it, any later write changes it. */
export class WrittenFiles {
  private readonly checksums = new Map<string, string>();

  private static identity(filePath: string): string {
    const stats = statSync(filePath, { bigint: true });
    return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}`;
  }

  remember(filePath: string, checksum: string): void {
    this.checksums.set(WrittenFiles.identity(filePath), checksum);
  }

  /** Whether this build wrote `filePath` with this checksum and nothing has touched it since. */
  wrote(filePath: string, checksum: string): boolean {
    try {
      return this.checksums.get(WrittenFiles.identity(filePath)) === checksum;
    } catch {
      return false;
    }
  }
}

export interface BuildHandoff {
  generationDir: string;
  entries: EntryTables;
  graph: hnswlib.HierarchicalNSW | null;
  written: WrittenFiles;
}

/** The handoff, when it is of this generation and every listed file is still the one the build wrote. */
export function usableHandoff(handoff: BuildHandoff | undefined, generationDir: string, manifest: IndexManifest): BuildHandoff | null {
  if (!handoff || handoff.generationDir !== generationDir) return null;
  const unchanged = Object.entries(manifest.files).every(([name, { sha256 }]) => handoff.written.wrote(path.join(generationDir, name), sha256));
  return unchanged ? handoff : null;
}
