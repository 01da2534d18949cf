/**
 * A corpus where some articles read in the reader's language and some do not:
 * English questions about an Arabic report with no translation, beside English
 * articles and a translated Arabic one. The report's quote is glossed word by
 * word, a name spelled as the question spells it ("Aqaba", not a dictionary
 * sense of «العقبة»).
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { glossOf } from '../../src/core/crosslingual/gloss.js';
import { offlineEngine } from '../core/helpers.js';
import { REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';

let engine: Engine;

beforeAll(async () => {
  const knowledge = temporaryDirectory('mixed-knowledge');
  const copy = (from: string, file: string) => cpSync(path.join(REPO_ROOT, from, file), path.join(knowledge, file));
  // Read in English: two English reports and the interview with its English translation. Not: the Amman water report.
  for (const file of ['almaty-metro-2025-02-01.md', 'harbour-strike-2025-03-04.md', 'amman-water-2025-02-10.md']) copy('test/fixtures/outlets', file);
  for (const file of ['tokayev-foreign-policy-2025-01-03.md', 'tokayev-foreign-policy-2025-01-03.en.md']) copy('knowledge', file);
  engine = await offlineEngine(knowledge, temporaryDirectory('mixed-data'));
});
afterAll(removeTemporaryDirectories);

describe('English questions in a corpus of English-readable articles and an untranslated Arabic report', () => {
  it('find the English-readable articles for questions about them', async () => {
    const [metro] = await engine.retrieveParagraphs('How often will the Almaty metro trains run at peak hours?', 5);
    expect(metro!.article.meta.id).toBe('almaty-metro-2025-02-01');
    const [putin] = await engine.retrieveParagraphs('How many times has Putin visited Kazakhstan?', 5);
    expect(putin!.article.meta.id).toBe('tokayev-foreign-policy-2025-01-03');
  });

  it('gloss a name of the quote with the spelling the question used', async () => {
    const answer = await engine.ask('Who warned about the coral reefs in the Gulf of Aqaba?', { lang: 'en' });
    const gloss = answer.citations[0]!.gloss ?? [];
    expect(gloss).toContainEqual({ word: 'العقبة', meaning: 'Aqaba', name: true });
  });

  it('gloss a person the quote introduces by title as a name, not by what the letters mean as a word', () => {
    // «سامر» is a dictionary word ("night companion"), «ليلى» too; introduced by a title, each is a person.
    const minister = glossOf('وقال وزير المياه “سامر الحديدي”: “سيوفر المشروع المياه سنويا”.');
    expect(minister.find((entry) => entry.word === 'سامر')).toMatchObject({ name: true });
    const ministerOfCulture = glossOf('وأكدت الوزيرة ليلى حداد أن المهرجان سيقام في الربيع.');
    expect(ministerOfCulture.find((entry) => entry.word === 'ليلى')).toMatchObject({ name: true });
    expect(minister.find((entry) => entry.word === 'وزير')).toMatchObject({ meaning: expect.stringMatching(/minister/u) });
  });

  it('leave the dateline at the head of a lead out of the gloss: a place, not a word («مسقط» is also "felled")', () => {
    const lead = glossOf('مسقط – افتتحت وزارة الطاقة محطة جديدة لتحلية مياه البحر.');
    expect(lead.map((entry) => entry.word)).not.toContain('مسقط');
    expect(lead.find((entry) => entry.word === 'وزارة')).toMatchObject({ meaning: expect.stringMatching(/ministry/u) });
    // Asked about, the same place is glossed as the question spells it.
    const asked = glossOf('مسقط – افتتحت وزارة الطاقة محطة جديدة.', new Set(['مسقط']), new Map([['مسقط', 'muscat']]));
    expect(asked.find((entry) => entry.word === 'مسقط')).toMatchObject({ meaning: 'Muscat', name: true });
  });
});
