/**
 * Yes/no answers that read the passage as a person would, over articles of
 * several outlets and topics in both languages (test/fixtures/outlets, articles,
 * answering, choices, lists):
 * a number the passage gives otherwise answers "no", a bound ("more than 600")
 * answers only what it settles, a word of opposite sense ("approved" for
 * "reject?") answers "no" only when the passage is about the very thing asked,
 * and a question asking whether someone refused is answered yes by a passage
 * saying they would not act.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('yes-no-verdicts', ['outlets', 'articles', 'answering', 'choices', 'lists']);
});

afterAll(() => removeTemporaryDirectories());

const ask = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return { answer, verdict: answer.answerable ? answer.verdict : 'refused', first: answer.citations[0]?.articleId };
};

describe('yes/no answers read numbers as values', () => {
  it('answers "no" when the passage gives another amount of what is asked, citing it', async () => {
    const { answer, verdict, first } = await ask('هل بلغت تكلفة محطة صحار 500 مليون دولار؟');
    expect(verdict).toBe('no');
    expect(first).toBe('oman-desalination-2025-03-10');
    expect(answer.answer).toMatch(/^لا\. .*400 مليون دولار/u);
  });

  it('answers "yes" when the passage gives the number asked, in words or digits', async () => {
    expect((await ask('هل استغرق بناء محطة صحار ثلاث سنوات؟')).verdict).toBe('yes');
  });

  it('answers a question whose number the article gives otherwise rather than refusing it', async () => {
    for (const question of ['Will the Aqaba port expansion cost 700 million dollars?', 'Did the Almaty metro extension cost three hundred million dollars?', 'هل يبلغ طول خط أنابيب العقبة عمان 600 كيلومتر؟', 'هل استغرق بناء محطة صحار خمس سنوات؟']) {
      expect((await ask(question)).verdict, question).toBe('no');
    }
  });

  it('does not refuse a question for a number the passage gives otherwise', async () => {
    for (const question of ['Did the Danube rise by sixty centimetres near Vukovar?', 'هل ارتفع منسوب نهر الدانوب ستين سنتيمترا قرب فوكوفار؟', 'Did Chile and Vietnam sign their trade pact in 2015?']) {
      const { answer, verdict } = await ask(question);
      expect(answer.answerable, question).toBe(true);
      expect(verdict, question).not.toBe('yes');
    }
  });

  it('reads the dual of a unit of time whose plural is broken («بعد أسبوعين») as two of it', async () => {
    expect((await ask('Did the Cairo book fair last two weeks?')).verdict).toBe('yes');
    expect((await ask('هل استمر معرض القاهرة للكتاب ثلاثة أسابيع؟')).verdict).toBe('no');
  });

  it('a bound answers what it settles and leaves the rest open', async () => {
    expect((await ask('Did more than 600 workers join the stoppage?')).verdict).toBe('yes');
    expect((await ask('Did 900 workers join the strike at Sines?')).verdict).not.toBe('yes');
  });
});

describe('yes/no answers read opposites and refusals', () => {
  it('answers "no" when the passage says the opposite of what is asked, in either language', async () => {
    expect((await ask('Did the council reject the plan to cut bus waiting times?')).verdict).toBe('no');
    expect((await ask('هل رفض سكان صحار مشروع التحلية؟')).verdict).toBe('no');
  });

  it('does not answer from an opposite said of something else', async () => {
    expect((await ask('Did Leeds council raise bus fares?')).verdict).not.toBe('no');
  });

  it('answers a question of refusal "yes" when the passage says they would not act', async () => {
    const { answer, verdict } = await ask('Did the government refuse to intervene in the dock dispute?');
    expect(verdict).toBe('yes');
    expect(answer.answer).toMatch(/^Yes\. .*would not intervene/);
  });
});

describe('yes/no answers read a country named otherwise', () => {
  it('reads "Jordanian" in a report saying «الحكومة الأردنية» rather than refusing it as an unknown name', async () => {
    const { answer, verdict, first } = await ask('Did the Jordanian government launch the Aqaba desalination project?');
    expect(verdict).toBe('yes');
    expect(first).toBe('amman-water-2025-02-10');
    expect(answer.answer).toMatch(/^Yes\./);
  });
});
