/**
 * Two Arabic forms that say a noun without its bare spelling (test/fixtures/accusatives: a dairy cooperative in Sidi
 * Bouzid, a regional bank's branches):
 * - the indefinite accusative, «كم فرعا», «وقعت عقدا» (accusative.ts): the counted noun is the question's word, no name
 *   the paragraph must hold, and a paragraph's «عقدا» is the question's «العقد»;
 * - the indefinite dual of a unit of measure, «بنحو مترين» (verdict-measures.ts): an amount by itself, while the
 *   definite dual, «في العامين الماضيين», names a period.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { valueKinds } from '../../src/core/answer/values.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('accusatives', ['accusatives']);
});

afterAll(removeTemporaryDirectories);

describe('the indefinite accusative', () => {
  it('of a question\'s counted noun is no name the paragraph must hold', async () => {
    const explained = await engine.explain('كم فرعا أغلق البنك في العاصمة؟');
    expect(explained.features?.nameMissing).toBe(0);
    expect(explained.features?.names).toBe(1);
    await expectAnswered(engine, 'كم فرعا أغلق البنك في العاصمة؟', { holds: 'تسعة' });
  });

  it('in a paragraph is the question\'s noun, found in full', async () => {
    const explained = await engine.explain('مع أي شركة وقعت التعاونية العقد؟');
    const contract = explained.scorer.terms.filter((term) => term.group === 'عقد');
    expect(contract.some((term) => term.term === 'عقدا' && (term.credit ?? 1) === 1)).toBe(true);
    const signing = explained.candidates.find((candidate) => candidate.hit.paragraph.text.includes('عقدا'));
    expect(signing?.unit.groups.get('عقد')?.found).toBe(1);
  });
});

describe('the dual of a unit of measure', () => {
  it('answers how much, as a number written in the noun', async () => {
    await expectAnswered(engine, 'بقديش نزل منسوب البئر؟', { holds: 'مترين' });
  });

  it('is an amount when indefinite, a period when definite', () => {
    expect(valueKinds('انخفض منسوب البئر بنحو مترين', new Set(), { counting: true }).has('number')).toBe(true);
    expect(valueKinds('تأخر المشروع عامين', new Set(), { counting: true }).has('number')).toBe(true);
    expect(valueKinds('وارتفعت الأسعار في العامين الماضيين', new Set(), { counting: true }).has('number')).toBe(false);
  });
});
