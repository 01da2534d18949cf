/**
 * Front matter schemas: an article, and a translation of one. Validation errors
 * point at the offending key's line.
 */
import { z } from 'zod';
import { ArticleError } from '../../errors.js';
import type { ArticleMeta } from '../types.js';
import type { ArticleFile } from './article-file.js';

const isoDate = z.preprocess(
  // YAML turns an unquoted 2025-01-03 into a Date; accept both spellings.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
);
const text = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().trim().min(1, 'a non-empty text'));
const language = z.enum(['ar', 'en'], { message: 'ar or en (the languages Marsad answers in)' });

const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'lower-case letters, digits and hyphens, e.g. tokayev-interview-2025-01-03').optional(),
  title: text,
  outlet: text,
  date: isoDate,
  language,
  dateline: text.optional(),
  source_file: text.optional(),
  url: z.url({ message: 'an http(s) URL' }).optional(),
});

const translationSchema = z.object({
  translation_of: z.string().min(1),
  language,
  title: text,
  unofficial: z.boolean().optional(),
  note: text.optional(),
});

export type TranslationFrontMatter = z.infer<typeof translationSchema>;

export function isTranslationFile(file: ArticleFile): boolean {
  return 'translation_of' in file.frontMatter;
}

function parseOrThrow<T>(schema: z.ZodType<T>, file: ArticleFile): T {
  const result = schema.safeParse(file.frontMatter);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const missing = file.frontMatter[key] === undefined;
  const line = file.keyLines.get(key) ?? 1;
  throw new ArticleError(file.filePath, line, missing ? `front matter is missing "${key}"` : `front matter "${key}" must be ${issue.message}`);
}

export function readArticleMeta(file: ArticleFile, fallbackId: string): ArticleMeta {
  const data = parseOrThrow(articleSchema, file);
  return {
    id: data.id ?? fallbackId,
    title: data.title,
    outlet: data.outlet,
    date: data.date,
    language: data.language,
    ...(data.dateline ? { dateline: data.dateline } : {}),
    ...(data.source_file ? { sourceFile: data.source_file } : {}),
    ...(data.url ? { url: data.url } : {}),
  };
}

export function readTranslationMeta(file: ArticleFile): TranslationFrontMatter {
  return parseOrThrow(translationSchema, file);
}
