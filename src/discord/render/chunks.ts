/**
 * Splitting text to fit Discord's limits without cutting where a reader would
 * notice: paragraphs first, then lines, then sentences, then words. A hard cut
 * happens only for a single word longer than the limit.
 *
 * `render` turns raw text into what is sent (bidi isolates, quote prefixes…).
 * Splitting works on the raw text and measures the rendered text, so markup
 * added by `render` is never cut in half.
 */

export type Render = (raw: string) => string;

const identity: Render = (raw) => raw;

// Coarsest first. Each keeps its separator at the end of the piece before it.
const BOUNDARIES: RegExp[] = [/(?<=\n\n+)(?=[^\n])/u, /(?<=\n)(?=[^\n])/u, /(?<=[.!?؟۔…]["”»']?\s+)(?=\S)/u, /(?<=\s+)(?=\S)/u];

/** Renders `raw` and splits it into pieces of at most `limit` rendered characters. */
export function splitToFit(raw: string, limit: number, render: Render = identity, level = 0): string[] {
  const whole = render(raw.trim());
  if (whole.length <= limit) return whole.length === 0 ? [] : [whole];
  for (let boundary = level; boundary < BOUNDARIES.length; boundary += 1) {
    const pieces = raw.split(BOUNDARIES[boundary]!);
    if (pieces.length > 1) return packPieces(pieces, limit, render, boundary + 1);
  }
  return hardSplit(raw, limit, render);
}

function packPieces(pieces: string[], limit: number, render: Render, finerLevel: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) chunks.push(render(current.trim()));
    current = '';
  };
  for (const piece of pieces) {
    if (render((current + piece).trim()).length <= limit) {
      current += piece;
      continue;
    }
    flush();
    if (render(piece.trim()).length <= limit) current = piece;
    else chunks.push(...splitToFit(piece, limit, render, finerLevel));
  }
  flush();
  return chunks;
}

/** Last resort (one "word" longer than the limit, e.g. a URL): cut by code points. */
function hardSplit(raw: string, limit: number, render: Render): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const character of raw.trim()) {
    if (render(current + character).length > limit && current) {
      chunks.push(render(current));
      current = '';
    }
    current += character;
  }
  if (current) chunks.push(render(current));
  return chunks;
}

/**
 * Packs already-rendered blocks (source entries, paragraphs) into chunks of at
 * most `limit`, joined by `separator`. A block is never split here: callers
 * pass blocks that fit, as `splitToFit` produces.
 */
export function packBlocks(blocks: string[], limit: number, separator = '\n\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const block of blocks) {
    const candidate = current ? current + separator + block : block;
    if (candidate.length <= limit) {
      current = candidate;
    } else {
      if (current) chunks.push(current);
      current = block;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
