/**
 * The layering the brief asks for, checked on the sources themselves: the
 * core never imports discord.js, the openai package or an edge; the edges
 * (Discord, terminal, ingest, the bot's start-up) reach the core only through
 * its public surface, src/core/public.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const SOURCE = path.resolve(import.meta.dirname, '../../src');
const CORE = path.join(SOURCE, 'core');

function typescriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)'([^']+)'/gmu)].map((match) => match[1]!);
}

const resolved = (file: string, specifier: string) => path.resolve(path.dirname(file), specifier);
// Shared by core and edges alike: the one config parse, the typed errors, the logger, durations.
const SHARED = ['config', 'errors', 'logger', 'durations'].map((name) => path.join(SOURCE, `${name}.js`));

describe('layers', () => {
  test('the core imports neither discord.js, the openai package outside its provider, nor any edge', () => {
    const offences: string[] = [];
    for (const file of typescriptFiles(CORE)) {
      for (const specifier of specifiers(file)) {
        const target = specifier.startsWith('.') ? resolved(file, specifier) : '';
        const edge = target !== '' && !target.startsWith(CORE) && !SHARED.includes(target);
        const openai = specifier === 'openai' && !file.includes(`${path.sep}providers${path.sep}openai${path.sep}`);
        if (specifier === 'discord.js' || specifier.startsWith('@discordjs/') || openai || edge) offences.push(`${path.relative(SOURCE, file)} → ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
  });

  test('the edges reach the core only through src/core/public.ts', () => {
    const publicSurface = path.join(CORE, 'public.js');
    const offences: string[] = [];
    for (const file of typescriptFiles(SOURCE).filter((candidate) => !candidate.startsWith(CORE + path.sep) && !SHARED.includes(candidate.replace(/\.ts$/u, '.js')))) {
      for (const specifier of specifiers(file)) {
        const target = specifier.startsWith('.') ? resolved(file, specifier) : '';
        if (target.startsWith(CORE + path.sep) && target !== publicSurface) offences.push(`${path.relative(SOURCE, file)} → ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
