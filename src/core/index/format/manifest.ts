/**
 * The manifest says what an index generation was built from and with: the
 * embedder (an index from another embedder is refused), per-article content
 * hashes (for incremental reindex) and a checksum of every file (a truncated or
 * corrupted file is detected before it is read).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MarsadError } from '../../../errors.js';
import { sha256, sha256File } from '../build/index-files.js';

/** Whether the build that just wrote a file vouches for its checksum (handoff.ts): then it need not be hashed again. */
type Vouched = (filePath: string, checksum: string) => boolean;
const nobody: Vouched = () => false;

export const MANIFEST_FILE = 'manifest.json';
/**
 * 2: binary tables (entries.bin, keywords.bin), compressed lazily read articles (articles.bin), graph labels.
 * 3: same files; words are split from glued digits and n-grams skip the Arabic article, so every stored term and feature statistic changed.
 * 4: same files; the Arabic light stemmer strips a pronoun, a plural ending and a final ه/ي in turn, so stored stems changed.
 * 5: same files; English words are keyed by their lemma (english-forms.tsv: "voted" vote, not "vot"), so stored stems changed.
 */
export const MANIFEST_VERSION = 5;

const count = z.number().int().nonnegative();

/** What a manifest must hold: a hand-edited or half-written one is refused here, not deep inside a search. */
const manifestSchema = z.object({
  version: z.number(),
  createdAt: z.string(),
  embedder: z.object({ id: z.string(), dimension: z.number().int().positive(), settings: z.record(z.string(), z.unknown()) }),
  /** Paragraph count when the local idf table was fitted: a large drift triggers a full rebuild. */
  fittedParagraphs: count,
  articles: z.record(z.string(), z.object({ contentHash: z.string(), paragraphs: count, filePath: z.string() })),
  counts: z.object({ articles: count, paragraphs: count, entries: count }),
  /** Article files' identities when read (see fileIdentity): the next reindex skips re-reading unchanged ones. */
  sourceFiles: z.record(z.string(), z.string()).optional(),
  files: z.record(z.string(), z.object({ sha256: z.string(), bytes: count })),
});

export type IndexManifest = z.infer<typeof manifestSchema>;

export function readManifest(generationDir: string): IndexManifest {
  const manifestPath = path.join(generationDir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    throw new MarsadError('index_corrupt', `The index at ${generationDir} has no manifest: run \`npm run reindex -- --full\`.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new MarsadError('index_corrupt', `The index manifest ${manifestPath} is unreadable: run \`npm run reindex -- --full\`.`, { cause: error });
  }
  // The format first: an older manifest may differ in any field, and is "incompatible", not "corrupt".
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== MANIFEST_VERSION) {
    throw new MarsadError('index_incompatible', `The index at ${generationDir} has format ${String(version)}, this Marsad reads ${MANIFEST_VERSION}: run \`npm run reindex -- --full\`.`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(the whole file)';
    throw new MarsadError('index_corrupt', `The index manifest ${manifestPath} is not valid (${where}: ${issue.message}): run \`npm run reindex -- --full\`.`);
  }
  return parsed.data;
}

function listedPath(generationDir: string, manifest: IndexManifest, name: string): string {
  const filePath = path.join(generationDir, name);
  if (!manifest.files[name] || !existsSync(filePath)) {
    throw new MarsadError('index_corrupt', `The index file ${filePath} is missing: run \`npm run reindex -- --full\`.`);
  }
  return filePath;
}

function checkListed(filePath: string, expected: { sha256: string; bytes: number }, actual: { sha256: string; bytes: number }): void {
  if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
    throw new MarsadError('index_corrupt', `The index file ${filePath} is corrupted or truncated (checksum mismatch): run \`npm run reindex -- --full\`.`);
  }
}

/** Reads a listed file and checks its checksum; a mismatch means corruption. The bytes read are the bytes used. */
export function readVerifiedFile(generationDir: string, manifest: IndexManifest, name: string, vouched: Vouched = nobody): Buffer {
  const filePath = listedPath(generationDir, manifest, name);
  const bytes = readFileSync(filePath);
  const expected = manifest.files[name]!;
  checkListed(filePath, expected, { sha256: bytes.length === expected.bytes && vouched(filePath, expected.sha256) ? expected.sha256 : sha256(bytes), bytes: bytes.length });
  return bytes;
}

/** Checks a listed file's checksum in chunks, for files read later by other means (hnswlib, lazy article reads). */
export function verifyFile(generationDir: string, manifest: IndexManifest, name: string, vouched: Vouched = nobody): string {
  const filePath = listedPath(generationDir, manifest, name);
  const expected = manifest.files[name]!;
  if (!vouched(filePath, expected.sha256)) checkListed(filePath, expected, sha256File(filePath));
  return filePath;
}

export function assertEmbedderMatches(manifest: IndexManifest, embedderId: string): void {
  if (manifest.embedder.id !== embedderId) {
    throw new MarsadError(
      'index_incompatible',
      `The index was built with embeddings "${manifest.embedder.id}" but Marsad is configured for "${embedderId}": run \`npm run reindex -- --full\` (or change EMBEDDINGS back).`,
    );
  }
}
