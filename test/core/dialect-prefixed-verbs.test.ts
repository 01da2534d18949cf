/**
 * A dialect verb under the future or progressive prefix («حيقعد»، «بيقعد») is dialect for certain, so it is read in
 * its dialect sense even where its stem is an MSA word too («قعد»: sat in MSA, stayed in the dialects), and that
 * reading is searched in the person the article writes it («استمر» → «تستمر»): dialect-forms.ts
 * (verbUnderDialectPrefix, dialectListForms), arabic-paraphrase.ts, arabic-conjugation.ts. Over two small articles
 * written for the test whose paragraphs share their subject's name, so only the verb tells them apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverArticles, firstCited } from './helpers.js';

describe('a dialect verb under a dialect-only prefix', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverArticles('dialect-prefixed', [
      { id: 'book-fair', title: 'معرض الكتاب في مدينة الزهراء', paragraphs: [
        'افتتح معرض الكتاب في مدينة الزهراء أبوابه صباح الخميس بمشاركة 120 دار نشر من 14 دولة.',
        'ويقام المعرض في قاعة المؤتمرات الكبرى، ويبلغ سعر تذكرة الدخول دينارين.',
        'وتستمر فعاليات المعرض عشرة أيام، وتختتم بحفل لتوزيع جوائز الكتاب.',
        'وقال مدير المعرض إن عدد الزوار في الدورة السابقة بلغ 80 ألف زائر.',
      ] },
      { id: 'football-season', title: 'انطلاق الدوري في مدينة الزهراء', paragraphs: [
        'ينطلق الدوري المحلي في مدينة الزهراء الشهر المقبل بمشاركة 16 فريقا.',
        'وجلس رئيس الاتحاد مع مدربي الفرق لمناقشة جدول المباريات.',
      ] },
    ]);
  });
  afterAll(removeTemporaryDirectories);

  it('«المعرض حيقعد قديش؟» and «المعرض بيقعد كام يوم؟» find the paragraph saying how long it lasts', async () => {
    expect((await firstCited(engine, 'المعرض حيقعد قديش؟')).first).toBe('book-fair#3');
    expect((await firstCited(engine, 'المعرض بيقعد كام يوم؟')).first).toBe('book-fair#3');
  });

  it('the MSA question finds the same paragraph', async () => {
    expect((await firstCited(engine, 'كم يوما يستمر المعرض؟')).first).toBe('book-fair#3');
  });
});
