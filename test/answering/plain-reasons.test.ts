/**
 * A report often gives a cause as a plain statement, with no "because" or «بسبب»: "the divers had found cracks in the
 * piles" after "the authority shut the quay". A why-question is answered from such a unit (answer/candidates.ts: a
 * reason, like what something is, needs no word marking it), shown with the sentence after it (sentence-choice.ts),
 * while a why-question whose words the articles never use stays refused. Articles of two outlets and languages,
 * written for this test.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('plain-reasons', [
    {
      id: 'valletta-quay-closure-2026-05-04',
      title: 'Harbour authority shuts Valletta quay for repairs',
      date: '2026-05-04',
      language: 'en',
      paragraphs: [
        'The Valletta harbour authority shut the eastern cruise quay on Monday. Divers inspecting the quay last month had found deep cracks in eleven of its concrete piles.',
        'The first liner of the season, expected next week, will berth at the Grand Harbour terminal instead.',
        'Cruise lines were told to berth at the Grand Harbour terminal until September, when the repairs should end.',
      ],
    },
    {
      id: 'sfax-covered-market-2026-02-15',
      title: 'بلدية صفاقس تغلق السوق المغطاة',
      date: '2026-02-15',
      language: 'ar',
      paragraphs: [
        'أغلقت بلدية صفاقس السوق المغطاة في وسط المدينة صباح الأحد أمام التجار والزبائن. ورصدت فرق الحماية المدنية خلال جولة تفتيش الأسبوع الماضي تشققات واسعة في سقف السوق وأعمدته الحديدية.',
        'وقال رئيس البلدية إن السوق ستبقى مغلقة حتى نهاية الصيف.',
        'ونقلت البلدية نحو ثمانين تاجرا إلى ساحة مجاورة ريثما تنتهي أعمال الترميم.',
      ],
    },
  ]);
});

afterAll(removeTemporaryDirectories);

describe('a why-question whose cause the report states plainly', () => {
  it('is answered with the sentence telling the event and the cause after it, in English and in Arabic', async () => {
    await expectAnswered(engine, 'why did they shut the eastern cruise quay in valletta', { cited: 'valletta-quay-closure-2026-05-04#1', holds: 'cracks' });
    await expectAnswered(engine, 'ليش سكرت بلدية صفاقس السوق المغطاة؟', { cited: 'sfax-covered-market-2026-02-15#1', holds: 'تشققات' });
  });

  it('is refused when the articles never tell the cause asked', async () => {
    await expectRefused(engine, 'why did the Valletta harbour authority raise its port fees?');
    await expectRefused(engine, 'ليش رفعت بلدية صفاقس أسعار الكراء في السوق؟');
  });
});
