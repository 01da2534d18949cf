/**
 * The loaded index lists article and paragraph heads (no text); what a
 * paragraph says is read by an explicit call of the generation's reader, and
 * only for what is asked: the words read back are the loader's, a head of
 * another generation is refused, an older generation still reads its own, and
 * a summary reads the one article it summarises.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import { summarizeWithEngine } from '../../src/core/summary/index.js';
import { delegateTo } from '../discord/engine-wrappers.js';
import { INTERVIEW_ID, knowledgeWithInterview, offlineEngine, removeTemporaryDirectories, temporaryDirectory } from '../core/helpers.js';

afterAll(removeTemporaryDirectories);

const OUTLETS = path.resolve(import.meta.dirname, '../fixtures/outlets');
const OUTLET_FILES = ['almaty-metro-2025-02-01.md', 'amman-water-2025-02-10.md', 'harbour-strike-2025-03-04.md'];

describe('paragraph heads and the explicit body reader', () => {
  let knowledgeDir: string;
  let engine: Engine;

  beforeAll(async () => {
    knowledgeDir = knowledgeWithInterview('bodies-knowledge');
    for (const file of OUTLET_FILES) cpSync(path.join(OUTLETS, file), path.join(knowledgeDir, file));
    engine = await offlineEngine(knowledgeDir, temporaryDirectory('bodies-data'));
  });

  it('lists heads that carry no text, and reads back exactly the articles the loader parses', () => {
    const loaded = new Map(loadKnowledge(knowledgeDir).articles.map((article) => [article.meta.id, article]));
    expect(engine.articles().map((article) => article.meta.id).sort()).toEqual([...loaded.keys()].sort());
    for (const head of engine.articles()) {
      for (const paragraph of head.paragraphs) expect(Object.keys(paragraph)).toEqual(['articleId', 'number', 'section', 'sectionTranslation']);
      expect(engine.index.bodies.readArticle(head)).toEqual(loaded.get(head.meta.id));
      expect(engine.readArticle(head.meta.id)).toEqual(loaded.get(head.meta.id));
    }
    expect(engine.readArticle('no-such-article')).toBeNull();
  });

  it('reads an entry\'s paragraph and text, the translation view from the translation', () => {
    const index = engine.index;
    const translated = index.entries.find((entry) => entry.view === 'translation')!;
    const paragraph = index.readParagraph(translated);
    expect(paragraph.articleId).toBe(index.articleOf(translated).meta.id);
    expect(index.readEntryText(translated)).toBe(paragraph.translation);
    expect(index.readEntryText({ ...translated, view: 'original' })).toBe(paragraph.text);
  });

  it('a summary of one article reads that article\'s words and no other\'s', async () => {
    const read: string[] = [];
    const counting = delegateTo(engine, { readArticle: (articleId) => (read.push(articleId), engine.readArticle(articleId)) });
    const summary = await summarizeWithEngine(counting, null, { articleId: 'harbour-strike-2025-03-04' });
    expect(summary.citations.length).toBeGreaterThan(0);
    expect(read).toEqual(['harbour-strike-2025-03-04']);
  });

  it('after a reindex, the new generation refuses an old head of an edited article; the old generation still reads its own words', async () => {
    const before = engine.index;
    const oldHead = before.articles.find((article) => article.meta.id === 'almaty-metro-2025-02-01')!;
    const oldText = before.bodies.readParagraph(oldHead.paragraphs[0]!).text;
    const filePath = path.join(knowledgeDir, 'almaty-metro-2025-02-01.md');
    writeFileSync(filePath, readFileSync(filePath, 'utf8').replace('two new metro stations', 'three new metro stations'));
    await engine.reindex();

    expect(engine.index).not.toBe(before);
    expect(() => engine.index.bodies.readParagraph(oldHead.paragraphs[0]!)).toThrow(/not one of this index generation's/);
    expect(() => engine.index.bodies.readArticle(oldHead)).toThrow(/not one of this index generation's/);
    expect(engine.readArticle(oldHead.meta.id)!.paragraphs[0]!.text).toContain('three new metro stations');
    expect(before.bodies.readParagraph(oldHead.paragraphs[0]!).text).toBe(oldText);
    // An unchanged article's head is the new generation's own object, not the old one's.
    const interview = (index: typeof before) => index.articles.find((article) => article.meta.id === INTERVIEW_ID)!;
    expect(() => engine.index.bodies.readArticle(interview(before))).toThrow(/not one of this index generation's/);
    expect(engine.index.bodies.readArticle(interview(engine.index)).paragraphs).toEqual(before.bodies.readArticle(interview(before)).paragraphs);
  });
});
