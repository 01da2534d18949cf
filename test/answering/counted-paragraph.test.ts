/**
 * A "how many" question is refused over a paragraph whose report never names what it counts (counted-paragraph.ts):
 * "how many jobs did the bridge create?" is not answered with the cyclists expected on it, «كم شاحنة…» not with the
 * exhibitors.
 * A general count ("how many people", general-counts.tsv) is answered by a paragraph counting them under another noun.
 * What a dialect «قديش» asks the amount of, a word no article uses («قديش الغرامة…»), is vouched for by no other word.
 * Articles of other outlets and topics: test/fixtures/counted-things (a Lyon footbridge in English, a Tozeur dates fair
 * in Arabic, a Galway cycle path in English).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { countedUnnamed } from '../../src/core/answer/counted-paragraph.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered, expectRefused } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('counted-things', ['counted-things', 'outlets']);
});

afterAll(removeTemporaryDirectories);

describe('a how-many question over a paragraph that never names what it counts', () => {
  it('is refused, in English and in Arabic', async () => {
    await expectRefused(engine, 'how many jobs did the lyon cycle bridge create');
    await expectRefused(engine, 'how many trees were planted by the lyon cycle bridge');
    await expectRefused(engine, 'كم شاحنة نقلت التمور الى معرض توزر؟');
    await expectRefused(engine, 'كم مزارع شارك في معرض التمور بتوزر؟');
  });

  it('is answered where the paragraph names it, in any of its forms', async () => {
    await expectAnswered(engine, 'how many cyclists will cross the lyon bridge every day', { holds: '9,000' });
    await expectAnswered(engine, 'كم عارض شارك في معرض التمور في توزر؟', { holds: '120' });
    await expectAnswered(engine, 'كم صنف من التمور في معرض توزر؟', { holds: 'أربعين صنفا' });
  });

  it('is answered by a paragraph that leaves unsaid what another paragraph of its report names', async () => {
    await expectAnswered(engine, 'how many cyclists crossed the claddagh bridge on the first weekend', { holds: '3,100' });
    await expectRefused(engine, 'how many dogs crossed the claddagh bridge on the first weekend');
  });

  it('is answered when it counts people in general, whom a report counts under another noun', async () => {
    await expectAnswered(engine, 'how many people will cross the lyon bridge each day', { holds: '9,000' });
  });

  it('is refused when what a dialect «قديش» asks the amount of is a word no article uses (uncovered-focus.ts)', async () => {
    await expectRefused(engine, 'قديش الغرامة اللي دفعوها العارضين في معرض التمور بتوزر؟');
    await expectRefused(engine, 'قديش غرامة دفعت بلدية توزر على المعرض؟');
  });

  it('reads an English compound as naming its last part', () => {
    const hit = { article: { meta: { title: 'Harbour patrol' }, translation: null, paragraphs: [] }, paragraph: { text: 'The army sent 40 speedboats.', translation: null } };
    expect(countedUnnamed(fakeIndex, 'boats', [], hit as never)).toBe(false);
    expect(countedUnnamed(fakeIndex, 'trucks', [], hit as never)).toBe(true);
  });

  it('leaves a unit of measure or a measure to the model: its amount is written in other words', () => {
    const carbon = { article: { meta: { title: 'The forest and the climate' }, translation: null, paragraphs: [] }, paragraph: { text: 'The forest absorbs 1.5 gigatons of carbon a year.', translation: null } };
    expect(countedUnnamed(fakeIndex, 'tons', [], carbon as never)).toBe(false);
    const lions = { article: { meta: { title: 'الأسود' }, translation: null, paragraphs: [] }, paragraph: { text: 'قد تعيش اللبوات ما بين 12 و14 عاما.', translation: null } };
    expect(countedUnnamed(fakeIndex, 'عمر', [], lions as never)).toBe(false);
    expect(countedUnnamed(fakeIndex, 'اشبال', [], lions as never)).toBe(true);
  });

  it('leaves a number or a verb the reader took for the counted noun to the model', () => {
    const share = { article: { meta: { title: 'الغابات' }, translation: null, paragraphs: [] }, paragraph: { text: 'ارتفعت نسبة إزالة الغابات 18 في المئة عام 2015.', translation: null } };
    expect(countedUnnamed(fakeIndex, 'ارتفعت', [], share as never)).toBe(false);
    expect(countedUnnamed(fakeIndex, '2016', [], share as never)).toBe(false);
    expect(countedUnnamed(fakeIndex, 'الاموال', [], share as never)).toBe(false);
  });
});

/** An index whose paragraphs hold no stems: only the paragraph's text is read. */
const fakeIndex = { paragraphStemIds: () => new Set<number>(), keyword: { termId: () => -1 } } as never;
