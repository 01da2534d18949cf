/**
 * The "not covered" threshold depends on whether the paragraph can be read in
 * the question's language: an English question over an Arabic article without
 * translation is judged against CROSS_LINGUAL_THRESHOLD (calibrated by
 * `npm run eval -- calibrate`, crossLingual), every other case against
 * CONFIDENCE_THRESHOLD.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { answers, confidenceThreshold, CONFIDENCE_THRESHOLD, CROSS_LINGUAL_THRESHOLD } from '../../src/core/answer/extractive.js';
import { createEngine } from '../../src/core/engine.js';
import type { RetrievedParagraph } from '../../src/core/retrieval/retriever.js';
import { withoutTranslations } from '../../scripts/eval/without-translations.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const arabicOnly = withoutTranslations(path.join(REPO, 'knowledge'));
afterAll(() => arabicOnly.cleanup());

function hit(language: 'ar' | 'en', translation: string | null, evidence: number): RetrievedParagraph {
  return {
    article: { meta: { language } },
    paragraph: { translation },
    score: 1,
    view: 'original',
    evidence,
    similarity: 0,
  } as unknown as RetrievedParagraph;
}

describe('confidenceThreshold', () => {
  it('is the cross-lingual one only when the paragraph has no text in the question language', () => {
    expect(CROSS_LINGUAL_THRESHOLD).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(confidenceThreshold(hit('ar', null, 0), 'en')).toBe(CROSS_LINGUAL_THRESHOLD);
    expect(confidenceThreshold(hit('ar', 'English rendering', 0), 'en')).toBe(CONFIDENCE_THRESHOLD);
    expect(confidenceThreshold(hit('ar', null, 0), 'ar')).toBe(CONFIDENCE_THRESHOLD);
    expect(confidenceThreshold(hit('en', null, 0), 'en')).toBe(CONFIDENCE_THRESHOLD);
    expect(confidenceThreshold(hit('en', null, 0), 'ar')).toBe(CROSS_LINGUAL_THRESHOLD);
  });

  it('a confidence between the two answers across languages only', () => {
    const between = (CROSS_LINGUAL_THRESHOLD + CONFIDENCE_THRESHOLD) / 2;
    expect(answers(hit('ar', null, between), 'en')).toBe(true);
    expect(answers(hit('ar', null, between), 'ar')).toBe(false);
    expect(answers(hit('ar', 'English rendering', between), 'en')).toBe(false);
  });
});

describe('the interview without its translation', () => {
  it('answers an English question from the Arabic text, quoting it and saying no English rendering exists', async () => {
    const engine = await createEngine(loadConfig({ MARSAD_KNOWLEDGE_DIR: arabicOnly.knowledgeDir, MARSAD_DATA_DIR: arabicOnly.dataDir }), { generative: null });
    expect(engine.articles()[0]!.translation).toBeNull();
    const answer = await engine.ask('What has Kazakhstan called for since hostilities began in Ukraine?');
    expect(answer).toMatchObject({ lang: 'en', answerable: true });
    expect(answer.answer).toMatch(/^The passage is in Arabic \(no English rendering is available\): “.*مفاوضات السلام.*” \[1\]/u);
    expect(answer.citations[0]!.text).toContain(answer.citations[0]!.quote);
    // A question the interview does not answer is still refused.
    expect((await engine.ask('Who won the 2022 football World Cup?')).answerable).toBe(false);
  });
});
