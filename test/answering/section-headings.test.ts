/**
 * A report heads its paragraphs with section headings and the paragraphs under one leave its word unsaid: under
 * "## Funding" the paragraph says who lends and who pays, never "fund". Retrieval credits a paragraph with the
 * question's words its section heading holds and it lacks (src/core/retrieval/section-headings.ts, before the few read
 * are chosen), so it is among those read (the test reads retrieval's order, engine.explain). Articles written for the test: a tram line in Glasgow (English, with
 * headings), a harbour fund in Mombasa, and two school-meals reports in Arabic, Rabat's under headings of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('section-headings', [
    {
      id: 'glasgow-tram-2026-03-02',
      title: 'Glasgow approves the Kelvin tram line',
      language: 'en',
      headings: { 2: 'Funding', 3: 'Route and works' },
      paragraphs: [
        'GLASGOW – The city council approved on Monday the Kelvin tram line, a 14-kilometre route from the west end to the east end.',
        'Council leader Ruth Calder said the tram would carry 40,000 passengers a day once it opens in 2030.',
        'The European Investment Bank will lend 300 million pounds, and the council will pay the remaining 120 million from its budget over ten years.',
        'The tram will stop at 22 stations; works on the tram depot begin in the spring.',
        'Shop owners on the tram route asked for compensation during the works on the tram line.',
        'The tram drivers union welcomed the plan for the tram and asked for 200 new tram jobs.',
      ],
    },
    {
      id: 'mombasa-harbour-fund-2026-02-11',
      title: 'Mombasa launches a harbour fund',
      language: 'en',
      paragraphs: [
        'MOMBASA – The county launched a harbour fund of 2 billion shillings to repair the old docks.',
        'The fund will be managed by a board of five, the governor said.',
      ],
    },
    {
      id: 'rabat-school-meals-2026-01-20',
      title: 'الرباط توسع برنامج الوجبات المدرسية',
      headings: { 1: 'التمويل', 2: 'التنفيذ' },
      paragraphs: [
        'الرباط – أعلنت وزارة التربية توسيع برنامج الوجبات المدرسية ليشمل 300 مدرسة في جهة الرباط.',
        'وتساهم الجماعات المحلية بنصف الكلفة، فيما تتحمل الوزارة الباقي من ميزانيتها السنوية.',
        'وقال مدير البرنامج إن الوجبات ستقدم خمسة أيام في الأسبوع.',
        'وأشار إلى أن البرنامج يشمل المدارس القروية أولا.',
      ],
    },
    {
      id: 'casablanca-school-meals-2026-01-28',
      title: 'الدار البيضاء تطلق برنامج الوجبات المدرسية',
      paragraphs: [
        'الدار البيضاء – أطلقت المديرية الإقليمية برنامج الوجبات المدرسية في 120 مدرسة.',
        'وقالت المديرة إن برنامج الوجبات المدرسية يبدأ في المدارس الابتدائية.',
        'ورحبت جمعيات الآباء ببرنامج الوجبات المدرسية وطالبت بوجبات صحية.',
        'ويستفيد من برنامج الوجبات المدرسية أكثر من خمسين ألف تلميذ.',
      ],
    },
  ]);
});

afterAll(removeTemporaryDirectories);

/** The paragraphs retrieval puts first, as "articleId#paragraph". */
const retrieved = async (question: string, count: number) =>
  (await engine.explain(question)).candidates.slice(0, count).map((candidate) => `${candidate.hit.article.meta.id}#${candidate.hit.paragraph.number}`);

describe('words a section heading lends its paragraphs', () => {
  it('reads the paragraph under "Funding" for a question on how the tram is funded', async () => {
    expect(await retrieved('how will the kelvin tram be funded', 5)).toContain('glasgow-tram-2026-03-02#3');
  });

  it('reads the paragraph under «التمويل» for a question on who funds the school meals, by the root «يمول» shares with «تمويل»', async () => {
    expect(await retrieved('من يمول وجبات الرباط؟', 2)).toContain('rabat-school-meals-2026-01-20#2');
  });
});
