/**
 * A word one letter from a country's name is read as a slip of it (src/core/text/place-names.ts), but not where the
 * letter is the name's final «ن», which every word made from the name keeps: «البحرية» (naval) is not Bahrain, «السوداء»
 * (black) not Sudan, so a question about a navy is not taken to name a country no article mentions. A small report
 * written for the test (a Tunisian naval rescue drill, which never writes «البحرية»).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { placeCodes } from '../../src/core/text/place-names.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const DRILL = 'bizerte-naval-drill';
const codes = (word: string) => [...placeCodes(normalizeText(word))];

describe('a name’s final «ن» is no slip', () => {
  it('«البحرية» and «السوداء» name no country; the names and their adjectives still do', () => {
    expect(codes('البحرية')).toEqual([]);
    expect(codes('السوداء')).toEqual([]);
    expect(codes('بالبحرين')).toEqual(['BH']);
    expect(codes('لبناني')).toEqual(['LB']);
    expect(codes('البريطانية')).toEqual(['GB']);
  });

  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverArticles('final-noon-places', [
      {
        id: DRILL,
        title: 'تمرين إنقاذ في ميناء بنزرت',
        paragraphs: [
          'اختتم الأسطول التونسي أمس تمرينا للإنقاذ في ميناء بنزرت شاركت فيه ست سفن.',
          'وقال قائد التمرين إن الوحدات تدربت على إخلاء ركاب عبارة تعطلت قبالة الساحل.',
          'ويجري التمرين مرة كل عام بمشاركة الحماية المدنية والهلال الأحمر.',
        ],
      },
    ]);
  });
  afterAll(removeTemporaryDirectories);

  it('a question about the navy is answered, with no absent place', async () => {
    const question = 'كم سفينة شاركت في تمرين البحرية التونسية ببنزرت؟';
    const explained = await engine.explain(question);
    expect(explained.features?.absentName).toBe(0);
    const answer = await engine.ask(question, { k: 3 });
    expect(answer.answerable, answer.answer).toBe(true);
    expect(`${answer.citations[0]?.articleId}#${answer.citations[0]?.paragraph}`).toBe(`${DRILL}#1`);
  });
});
