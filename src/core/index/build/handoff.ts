/**
 * What a build leaves for the load that follows it in the same process: its
 * entry table and, when it linked the graph on this thread, the graph itself. Reading them back from the files it has just written would
 * cost a second or so and, for the graph, a second copy in memory (the old
 * generation still serving, the build's, the loaded one). Taken once, and only
 * while every file of the generation is the very file the build wrote.
 */
import type hnswlib from 'hnswlib-node';
import path from 'node:path';
import { isKnownChecksum } from './index-files.js';
import type { EntryTables } from '../format/index-tables.js';
import type { IndexManifest } from '../format/manifest.js';

export interface BuiltParts {
  generationDir: string;
  entries: EntryTables;
  graph: hnswlib.HierarchicalNSW | null;
}

let offered: BuiltParts | null = null;

export function offerBuilt(parts: BuiltParts): void {
  offered = parts;
}

export function takeBuilt(generationDir: string, manifest: IndexManifest): BuiltParts | null {
  const parts = offered;
  if (!parts || parts.generationDir !== generationDir) return null;
  offered = null;
  const unchanged = Object.entries(manifest.files).every(([name, { sha256 }]) => isKnownChecksum(path.join(generationDir, name), sha256));
  return unchanged ? parts : null;
}
