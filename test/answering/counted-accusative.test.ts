/**
 * An English "how many" question over a report only in Arabic: past ten, Arabic counts in the singular accusative
 * («28 طبيبًا»), which the light stemmer keeps with its alef, while the dictionary renders the English plural by a
 * broken plural («الأطباء»). The counted noun is searched in that form too
 * (crosslingual/translation-steps/counted-noun.ts). Report written for the test: a doctors' strike in Tanta.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const DOCTORS = {
  id: 'tanta-doctors-strike-2026-03-09',
  title: 'إضراب في مستشفى طنطا الجامعي',
  language: 'ar',
  paragraphs: [
    'دخل الأطباء المقيمون في مستشفى طنطا الجامعي يومهم الثالث من الإضراب، ما أدى إلى تأجيل 120 عملية جراحية.',
    'وشارك في الإضراب 28 طبيبا من أقسام الجراحة والطوارئ، بحسب نقابة الأطباء في الغربية.',
    'وقالت إدارة المستشفى إن الأطباء سيحصلون على بدل العدوى المتأخر قبل نهاية الشهر.',
  ],
};

describe('an English how-many question over an Arabic report counting in the singular accusative', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('counted-accusative', [DOCTORS]);
  });

  afterAll(removeTemporaryDirectories);

  it('finds the count written in the singular accusative', async () => {
    await expectAnswered(engine, 'how many doctors joined the strike in tanta', { cited: `${DOCTORS.id}#2`, holds: '28' });
  });
});
