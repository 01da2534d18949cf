/**
 * The dateline a story prints at the head of its first paragraph ("أستانا – …",
 * "ASTANA, March 12 (Reuters) - …"): the place it was filed from. Ingest writes
 * it to the front matter; an article dropped into knowledge/ without one still
 * has it in its text, so the record reads it there (a question "where was this
 * filed?" is not told the article gives no dateline when its first words are one).
 */
export function detectDateline(firstParagraph: string | undefined): string | null {
  if (!firstParagraph) return null;
  const match = /^([\p{L}][\p{L}\p{M}\s.'’]{0,30}?)\s*(?:[,،][^–—\-()]{0,25})?\s*(?:\([^)]{1,30}\))?\s*[–—-]\s+\S/u.exec(firstParagraph);
  if (!match) return null;
  const place = match[1]!.trim();
  return place.split(/\s+/).length <= 3 ? place : null;
}
