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
/** 2025-02-30 or 25:00 parse in some engines (rolled over); only a date that reads back unchanged is real. */
function isCalendarTimestamp(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const clock = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  const clockValid = !clock || (Number(clock[1]) < 24 && Number(clock[2]) < 60 && Number(clock[3] ?? 0) < 60);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && clockValid;
}

// YAML reads an unquoted 2025-03-02T10:15:00+05:00 as a Date (in UTC); back to text, a date alone when it had no time.
const timestamp = z.preprocess(
  (value) => {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
    const iso = value.toISOString().replace('.000Z', 'Z');
    return iso.endsWith('T00:00:00Z') ? iso.slice(0, 10) : iso;
  },
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'an ISO date or date and time, e.g. 2025-03-02 or 2025-03-02T10:15:00+05:00')
    .refine(isCalendarTimestamp, 'a real calendar date and time'),
);
// Rendered as a link in replies: only http(s), and nothing that could end or
// disguise a Markdown link (spaces, parentheses, angle brackets, invisible and
// bidi controls). Ingest percent-encodes these; a hand-written file must too.
const UNSAFE_URL_CHARACTERS = /[\s()<>`\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
const httpUrl = z
  .string()
  .refine((value) => !UNSAFE_URL_CHARACTERS.test(value), 'an http(s) URL without spaces, parentheses or control characters (percent-encode them: %20, %28, %29)')
  .pipe(z.url({ protocol: /^https?$/, message: 'an http(s) URL (javascript:, file:, data: and other schemes are refused)' }));
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
  url: httpUrl.optional(),
  /** The byline's name(s), as the page prints them. */
  author: text.optional(),
  /** When the article was first published; `date` stays its calendar day. */
  published: timestamp.optional(),
  updated: timestamp.optional(),
});

const translationSchema = z.object({
  translation_of: z.string().min(1),
  language,
  title: text,
  unofficial: z.boolean().optional(),
  /** Made by a model (npm run translate, or ingest with OPENAI_API_KEY), not by a person. */
  machine_translation: z.boolean().optional(),
  model: text.optional(),
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
    ...(data.author ? { author: data.author } : {}),
    ...(data.published ? { published: data.published } : {}),
    ...(data.updated ? { updated: data.updated } : {}),
  };
}

export function readTranslationMeta(file: ArticleFile): TranslationFrontMatter {
  return parseOrThrow(translationSchema, file);
}
