/**
 * Duplicate detection on real text (the interview and its translation):
 * a copy cut short is "contained", a near-identical copy is "text", a fuller
 * version and an unrelated or too-short text are not duplicates.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import { CONTAINED_THRESHOLD, containment, findDuplicate, textShingles, type KnownArticle } from '../../src/ingest/dedupe.js';
import { describeOutcome } from '../../src/ingest/report-text.js';

const [interview] = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname).articles;
const paragraphs = interview!.paragraphs.map((paragraph) => paragraph.text);
const english = interview!.paragraphs.map((paragraph) => paragraph.translation!);
const known: KnownArticle[] = [
  { id: interview!.meta.id, title: interview!.meta.title, url: 'https://example.org/tokayev', shingles: textShingles(paragraphs) },
  { id: 'english-version', title: 'English', url: null, shingles: textShingles(english) },
];
const candidate = (texts: string[], url: string | null = null) => ({ urls: [url], shingles: textShingles(texts) });

describe('findDuplicate', () => {
  it('a syndicated copy cut after its first paragraphs is a part of the known article', () => {
    const match = findDuplicate(candidate(paragraphs.slice(0, 8)), known);
    expect(match).toMatchObject({ articleId: interview!.meta.id, reason: 'contained' });
    expect(match!.similarity).toBeGreaterThanOrEqual(CONTAINED_THRESHOLD);
  });

  it('still matches with a source line added and a letter form changed', () => {
    const edited = ['المصدر: وكالة الأنباء', ...paragraphs.slice(3, 12).map((text) => text.replaceAll('ة ', 'ه '))];
    expect(findDuplicate(candidate(edited), known)).toMatchObject({ reason: 'contained' });
  });

  it('the whole text is near-identical ("text"), and a URL match wins over both', () => {
    expect(findDuplicate(candidate(paragraphs), known)).toMatchObject({ reason: 'text', similarity: 1 });
    expect(findDuplicate(candidate(paragraphs.slice(0, 8), 'https://www.example.org/tokayev/'), known)).toMatchObject({ reason: 'url' });
  });

  it('a fuller version (the known text and more) is not a duplicate: it is added', () => {
    const fuller = [...paragraphs, ...english.slice(0, 20)];
    expect(containment(textShingles(paragraphs), textShingles(fuller))).toBe(1);
    expect(findDuplicate(candidate(fuller), known.slice(0, 1))).toBeNull();
  });

  it('a short quote of the article and a different story are not duplicates', () => {
    expect(findDuplicate(candidate([paragraphs[10]!.slice(0, 120)]), known)).toBeNull();
    const mixed = [...paragraphs.slice(0, 3), ...english.slice(10, 20)];
    expect(findDuplicate(candidate(mixed), known.slice(0, 1))).toBeNull();
  });
});

it('the report says why a part of an article was not added', () => {
  const match = findDuplicate(candidate(paragraphs.slice(0, 8)), known)!;
  const text = describeOutcome({ status: 'duplicate', input: 'https://copy.example/x', title: 'copy', match }, process.cwd());
  expect(text).toMatch(/already in knowledge\/ as tokayev-foreign-policy-2025-01-03 .* a part of it \(\d+ % of the new text is in it\)/u);
});
