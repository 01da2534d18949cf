/**
 * A JSON file of the data folder read against its schema: the parsed value, or
 * what is wrong with it (the first schema issue with its path, or the JSON
 * error) for the caller to name the file in its own message. The callers differ
 * in what a damaged file means: the ingest state starts afresh, watch words refuse.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

export type JsonFileReading<T> = { ok: true; data: T } | { ok: false; problem: string };

export function readJsonFile<T>(filePath: string, schema: z.ZodType<T>): JsonFileReading<T> {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
    if (parsed.success) return { ok: true, data: parsed.data };
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `${issue.path.join('.') || 'the top level'}: ${issue.message}` };
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${(error as Error).message})` };
  }
}
