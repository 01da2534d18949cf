/**
 * "Where is X?" asked with a verb of being located («أين تقع البتراء؟») asks what the lead of X's own entry says, as
 * "what is X?" does: that lead seldom writes the verb («البتراء مدينة… في جنوب الأردن»), while another entry's paragraph
 * naming X beside it («…وتقع البتراء على بعد…») shares more of the question's words (src/core/question/located-subject.ts,
 * knowledge/language/location-verbs.tsv). A where-question of an event («أين ولد…») is not read so. Entries written for
 * the test: Petra, Wadi Rum and Aqaba.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { locatedSubject } from '../../src/core/question/located-subject.js';
import { engineOverArticles, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('located-subject', [
    {
      id: 'petra-entry-2026-04-02',
      title: 'البتراء',
      paragraphs: [
        'البتراء مدينة أثرية نبطية في جنوب الأردن، نحتت واجهاتها في الصخر الوردي.',
        'وتقع الخزنة، أشهر واجهاتها، عند نهاية السيق، واختيرت البتراء عام 2007 إحدى عجائب الدنيا السبع الجديدة.',
      ],
    },
    {
      id: 'wadi-rum-entry-2026-04-03',
      title: 'وادي رم',
      paragraphs: [
        'وادي رم صحراء في جنوب الأردن قرب العقبة، وتقع البتراء على بعد ساعتين منه بالسيارة.',
        'ويعرف الوادي بجباله الرملية الحمراء، وتقع فيه مخيمات البدو التي تستقبل الزوار.',
      ],
    },
    {
      id: 'aqaba-entry-2026-04-04',
      title: 'العقبة',
      paragraphs: [
        'العقبة مدينة ساحلية، تقع على خليج العقبة في أقصى جنوب الأردن.',
        'ويقع ميناء العقبة جنوب المدينة، وتقع المنطقة الاقتصادية الخاصة حوله.',
      ],
    },
  ]);
});

afterAll(removeTemporaryDirectories);

describe('a question asking where its subject lies', () => {
  it('cites the lead of the entry about the place before another entry naming it beside the verb', async () => {
    expect((await firstCited(engine, 'أين تقع البتراء؟')).first).toBe('petra-entry-2026-04-02#1');
  });

  it('reads the subject without the verb, in either language, and none in a where-question of an event', () => {
    expect(locatedSubject(readQuestion('أين تقع البتراء؟', 'ar'))).toHaveLength(1);
    expect(locatedSubject(readQuestion('where is Petra located?', 'en'))).toEqual(['petra']);
    expect(locatedSubject(readQuestion('أين ولد نجيب محفوظ؟', 'ar'))).toBeNull();
    expect(locatedSubject(readQuestion('where did the festival take place?', 'en'))).toBeNull();
  });
});
