/**
 * An article names its subject in its title, and a profile or a festival's page goes on naming it sentence after
 * sentence in its lead. Counted in full, those repeats make the lead match every question that names the subject,
 * whatever it asks; the paragraph that answers says the subject once or leaves it to the title. A paragraph's
 * n-grams of its article's title count in full only as often as the title holds them (title-repeats.ts: the first of the few read;
 * TUNING.retrieval.titleRepeats), so the question's other words decide. Articles written for the test: a festival
 * in Jerash and a port in Aqaba (Arabic), a marathon in Lisbon and a market in Ghent (English).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

let arabic: Engine;
let english: Engine;

beforeAll(async () => {
  // One language each: a question read in two languages is left as it is.
  arabic = await engineOverArticles('title-repeats-ar', [
    {
      id: 'jerash-festival-2026-07-25',
      title: 'مهرجان جرش للثقافة والفنون',
      paragraphs: [
        'مهرجان جرش للثقافة والفنون مهرجان سنوي يقام في مدينة جرش الأثرية شمال الأردن. وانطلق مهرجان جرش للثقافة والفنون عام 1981، ويعد مهرجان جرش من أعرق المهرجانات الثقافية والفنية العربية، ويزور مهرجان جرش آلاف الزوار.',
        'وافتتح المهرجان دورته الحالية مساء الخميس بحفل للفرقة الوطنية على المسرح الجنوبي، بحضور نحو ثمانية آلاف متفرج.',
        'وتشارك في دورة هذا العام فرق من عشرين دولة، وتقام الأمسيات الشعرية في قاعة المدينة.',
      ],
    },
    {
      id: 'aqaba-port-2026-07-20',
      title: 'ميناء العقبة يستقبل أكبر سفينة حاويات',
      paragraphs: [
        'العقبة – استقبل ميناء العقبة يوم الأحد أكبر سفينة حاويات تصل إليه منذ افتتاحه.',
        'وقال مدير الميناء إن الحفل الرسمي للافتتاح الجديد سيقام في الخريف.',
      ],
    },
  ]);
  english = await engineOverArticles('title-repeats-en', [
    {
      id: 'lisbon-marathon-2026-10-12',
      title: 'Lisbon Marathon',
      language: 'en',
      paragraphs: [
        'The Lisbon Marathon is an annual race in Lisbon. The Lisbon Marathon was first run in 1986, and the Lisbon Marathon course follows the river; the Lisbon Marathon draws runners from across Europe.',
        'This year the race was won by Kenyan runner Daniel Kiprop in two hours and seven minutes.',
        'Organisers said the next edition will add a night race for families.',
      ],
    },
    {
      id: 'ghent-market-2026-10-03',
      title: 'Ghent opens a covered market',
      language: 'en',
      paragraphs: [
        'GHENT – The city opened a covered market on Saturday, the first of its kind in the old town.',
        'The market will host 80 stalls, and its first winner of the best stall prize was a cheese maker.',
      ],
    },
  ]);
});

afterAll(removeTemporaryDirectories);

/** The paragraphs retrieval puts first, as "articleId#paragraph". */
const retrieved = async (engine: Engine, question: string, count: number) =>
  (await engine.explain(question)).candidates.slice(0, count).map((candidate) => `${candidate.hit.article.meta.id}#${candidate.hit.paragraph.number}`);

describe('the title\'s words repeated in a paragraph', () => {
  it('puts the paragraph counting the audience at the opening before the lead that repeats the festival name', async () => {
    expect(await retrieved(arabic, 'كم متفرج حضر افتتاح مهرجان جرش؟', 1)).toEqual(['jerash-festival-2026-07-25#2']);
  });

  it('puts the paragraph naming the winner before the lead that repeats the race\'s name', async () => {
    expect(await retrieved(english, 'who won the Lisbon Marathon?', 1)).toEqual(['lisbon-marathon-2026-10-12#2']);
  });
});
