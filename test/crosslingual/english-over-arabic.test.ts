/**
 * English questions over Arabic text that has no translation: the press words the English side of FreeDict lacks
 * (strike → «إضراب», read from the press list the other way), and a lower-case word the dictionary translates is not
 * also spelt out as an Arabic word that only sounds like it ("seeds" → «السيد»), while a word it does not know is
 * read as a name, as if capitalised ("omar" → «عمر»); an everyday word is searched as the text usually says it (use →
 * «استخدم», where FreeDict gives only «الاستعمال»). Unit checks over a small
 * vocabulary, then the same through the engine over an Arabic-only fixture report (test/fixtures/english-over-arabic:
 * a bus strike in Kenitra) beside English and Arabic reports of other strikes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const vocabulary = new TextVocabulary([
  'دخل سائقو الحافلات في الإضراب لليوم الثالث، وتوقفت الخدمة في المدينة.',
  'وقال السيد كمال الناصري إن الشركة وزعت البذور على المزارعين قبل الموسم.',
  'وارتفعت فاتورة الكهرباء في المصانع هذا الشهر.',
  'واحتلت الجامعة المركز الثالث في تصنيف أطلس للجامعات.',
  'وقالت القوى الكبرى إنها تدعم الاتفاق.',
  'وقال عمر الطالبي، مدير الشركة، إن المنحة ستصرف قبل نهاية أكتوبر.',
  'ويعود الاستعمال الأول للمبنى إلى عام 1920، حين استخدم مدرسة، وخسر الفريق المباراة في ملعبه.',
]);

const termsOf = (question: string, source: string, via: 'lexicon' | 'transliteration') =>
  translateQuery(question, 'en', vocabulary)
    .terms.filter((term) => term.source === source && term.via === via)
    .map((term) => term.term);

describe('English words read through the press list the other way', () => {
  it('reaches the press word the dictionary lacks (strike → «الاضراب»)', () => {
    expect(termsOf('how many drivers joined the strike?', 'strike', 'lexicon')).toContain('الاضراب');
  });

  it('takes only the usual English rendering of a press word: power is not «كهرباء»', () => {
    expect(termsOf('which big powers support the deal?', 'powers', 'lexicon')).not.toContain('كهرباء');
  });
});

describe('the usual renderings of everyday English words', () => {
  it('are searched alone when the text has one, not FreeDict’s rare sense (used → «استخدم», not «الاستعمال»)', () => {
    expect(termsOf('what was the building first used as?', 'used', 'lexicon')).toEqual(['استخدم']);
  });

  it('give words FreeDict renders by another use their everyday sense (game → «مباراه», lose → «خسر»)', () => {
    expect(termsOf('which game did the team lose at home?', 'game', 'lexicon')).toContain('مباراه');
    expect(termsOf('which game did the team lose at home?', 'lose', 'lexicon')).toContain('خسر');
  });
});

describe('lower-case words the dictionary translates', () => {
  it('are not spelt out as an Arabic word the dictionary reads otherwise ("seeds" is not «السيد»)', () => {
    expect(termsOf('who handed out the seeds', 'seeds', 'lexicon').length).toBeGreaterThan(0);
    expect(termsOf('who handed out the seeds', 'seeds', 'transliteration')).not.toContain('السيد');
  });

  it('are still spelt out when the Arabic word reads as the same English word ("atlas" → «اطلس»)', () => {
    expect(termsOf('where does the university stand in the atlas ranking', 'atlas', 'transliteration')).toContain('اطلس');
  });
});

describe('a question typed without capitals', () => {
  it('reads a word the dictionary does not know as a name, spelt out as a capitalised one is ("omar" → «عمر»)', () => {
    expect(termsOf('what did Omar al-Talibi say about the bonus?', 'omar', 'transliteration')).toContain('عمر');
    expect(termsOf('what did omar al-talibi say about the bonus', 'omar', 'transliteration')).toContain('عمر');
  });
});

describe('an English question over an Arabic-only report', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverFixtures('english-over-arabic', ['english-over-arabic', 'outlets', 'siblings']);
  });

  afterAll(removeTemporaryDirectories);

  it('answers from the paragraph that speaks of the strike, not the report’s lead', async () => {
    expect(engine.articles().find((article) => article.meta.id === 'kenitra-bus-strike-2026-09-14')?.translation).toBeNull();
    await expectAnswered(engine, 'how many are on strike in kenitra?', { cited: 'kenitra-bus-strike-2026-09-14#2', holds: '420' });
  });
});
