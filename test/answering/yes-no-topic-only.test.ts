/**
 * A yes/no question whose passage shares only the report's topic — the words its headline holds — and not what is
 * asked of it («هل انتهى الإضراب؟» over a paragraph telling who called the strike) is not answered "yes"; a passage
 * telling what is asked still is. Articles written for the test (topics of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'sfax-bakers-strike',
    title: 'إضراب المخابز في صفاقس',
    paragraphs: [
      'صفاقس – دخل أصحاب المخابز في صفاقس يوم الاثنين في إضراب دعت إليه الغرفة الجهوية للمخابز احتجاجا على تأخر صرف منحة الدقيق المدعم.',
      'وقال رئيس الغرفة إن نحو 240 مخبزا أغلقت أبوابها، وإن الأزمة تعود إلى ستة أشهر من المستحقات غير المدفوعة.',
      'وتصطف العائلات منذ الصباح أمام المخابز القليلة التي بقيت مفتوحة في وسط المدينة.',
    ],
  },
  {
    id: 'gdansk-crane-operators',
    title: 'Crane operators strike at the port of Gdansk',
    language: 'en',
    paragraphs: [
      'GDANSK – Crane operators at the port of Gdansk walked out on Tuesday, leaving container ships waiting at anchor. The strike was called by the harbour workers union over unpaid night shifts.',
      'The port authority said about forty ships were delayed and that talks would resume next week.',
    ],
  },
  {
    id: 'porto-bus-drivers',
    title: 'Porto bus drivers strike',
    language: 'en',
    paragraphs: [
      'PORTO – Bus drivers in Porto began a strike on Monday over pay.',
      'The strike ended on Friday after the city agreed to a seven per cent raise.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-topic-only', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const verdictOf = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return answer.answerable ? answer.verdict : 'refused';
};

describe('a passage sharing only the report\'s topic', () => {
  it('does not answer yes in Arabic: nothing says the bakers\' strike ended', async () => {
    expect(await verdictOf('هل انتهى إضراب المخابز في صفاقس؟')).not.toBe('yes');
  });

  it('does not answer yes in English: nothing says the Gdansk strike ended', async () => {
    expect(await verdictOf('has the gdansk strike ended')).not.toBe('yes');
  });

  it('a passage telling what is asked still answers yes', async () => {
    expect(await verdictOf('did the bus drivers strike in porto end?')).toBe('yes');
  });
});
