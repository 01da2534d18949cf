/**
 * Bytes → text with the page's own character set. Arabic sites still serve
 * windows-1256 (and some ISO-8859-6); reading those as UTF-8 would turn every
 * letter into U+FFFD. Order of evidence, as browsers do: byte-order mark, the
 * HTTP Content-Type charset, then <meta charset> / <meta http-equiv> or the XML
 * declaration within the first bytes; UTF-8 when nothing is said. One
 * exception: bytes that are valid UTF-8 with non-ASCII characters are read as
 * UTF-8 whatever the page claims. Sites that moved to UTF-8 often keep an old
 * windows-1256 <meta>, while real windows-1256 Arabic text is practically never
 * valid UTF-8 by accident.
 */
import iconv from 'iconv-lite';

const SNIFF_BYTES = 4096;

function charsetFromContentType(contentType: string | null): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

function charsetFromMarkup(bytes: Uint8Array): string | null {
  // Every charset name and the markup declaring it are ASCII, so latin1 reads them safely whatever the encoding.
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : null;
}

function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset the bytes declare (or imply), normalised to a name iconv-lite knows. */
export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  const declared = charsetFromBom(bytes) ?? charsetFromContentType(contentType) ?? charsetFromMarkup(bytes) ?? 'utf-8';
  // Pages often say "cp1256" or "arabic"; iconv-lite knows most aliases, and an unknown name falls back to UTF-8.
  return iconv.encodingExists(declared) ? declared : 'utf-8';
}

function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeBytes(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const declared = detectCharset(bytes, contentType);
  const charset = declared !== 'utf-8' && !declared.startsWith('utf-16') && isNonAsciiUtf8(bytes) ? 'utf-8' : declared;
  const text = iconv.decode(Buffer.from(bytes), charset).replace(/^\uFEFF/, '');
  return { text, charset };
}
