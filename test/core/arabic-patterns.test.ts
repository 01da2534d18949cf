/**
 * Arabic morphological patterns (knowledge/language/arabic-patterns.tsv): broken
 * plurals meet their singulars, verbal nouns their verbs, and weak or hamzated
 * radicals fold, through the root keys retrieval relates words by. General words
 * of the language, and small articles written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { fitsLongPattern, patternRootKeys } from '../../src/core/text/arabic-patterns.js';
import { arabicRootKeys } from '../../src/core/text/arabic-root.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { articleText, offlineEngine, writeArticle } from './helpers.js';

const keys = (word: string) => arabicRootKeys(normalizeText(word));
const shareKey = (left: string, right: string) => keys(left).some((key) => keys(right).includes(key));

describe('root keys through patterns', () => {
  it.each([
    ['ملوك', 'ملك'], ['الوزراء', 'وزير'], ['أصدقاء', 'صديق'], ['المشاريع', 'مشروع'], ['مفاتيح', 'مفتاح'],
    ['المدن', 'مدينة'], ['علماء', 'عالم'], ['أغنياء', 'غني'],
  ])('the broken plural %s meets its singular %s', (plural, singular) => {
    expect(shareKey(plural, singular)).toBe(true);
  });

  it.each([
    ['ابتداء', 'بدأ'], ['نشأة', 'نشأ'], ['بدء', 'يبدأ'], ['إنشاء', 'أنشأ'], ['إنتاج', 'أنتج'], ['التأسيس', 'أسس'], ['تبنى', 'بناء'],
  ])('the verbal noun or verb %s meets %s (weak and hamzated radicals fold)', (left, right) => {
    expect(shareKey(left, right)).toBe(true);
  });

  it.each([
    ['أخبار', 'خبز'], ['مدارس', 'مدن'], ['وزراء', 'زراعة'], ['ملوك', 'لوكس'], ['سيناء', 'يونيو'],
  ])('%s and %s keep apart', (left, right) => {
    expect(shareKey(left, right)).toBe(false);
  });

  it('folds hamza with the weak radicals only where two strong ones stay, and reads no pattern key of two weak ones', () => {
    expect(keys('سيناء')).not.toContain('*ن*');
    expect(patternRootKeys(normalizeText('وفاة'))).toEqual([]);
  });

  it('reads the radicals a pattern places, and nothing from a word of no listed pattern', () => {
    expect(patternRootKeys(normalizeText('مواليد'))).toContain('*لد');
    expect(patternRootKeys(normalizeText('أصدقاء'))).toEqual(['صدق']);
    expect(patternRootKeys(normalizeText('نشأة'))).toEqual(['نش*']);
    expect(patternRootKeys(normalizeText('سلام'))).toEqual([]);
  });

  it('counts a long broken plural as a word of the language, not a short word or a name of no pattern', () => {
    expect(fitsLongPattern(normalizeText('المواليد'))).toBe(true);
    expect(fitsLongPattern(normalizeText('ملوك'))).toBe(false);
    expect(fitsLongPattern(normalizeText('كازاخستان'))).toBe(false);
  });
});

describe('retrieval over articles that use a plural the question does not', () => {
  let engine: Engine;
  beforeAll(async () => {
    const knowledge = temporaryDirectory('patterns-knowledge');
    writeArticle(knowledge, 'census.md', articleText({ id: 'census', title: 'التعداد', paragraphs: [
      'أجري التعداد في العاصمة والقرى خلال ثلاثة أشهر من العمل الميداني.',
      'سجلت العاصمة نحو مئتي ألف مولود جديد في السنة الماضية.',
    ] }));
    writeArticle(knowledge, 'harbour.md', articleText({ id: 'harbour', title: 'الميناء', paragraphs: [
      'استقبل ميناء العاصمة مئات السفن التجارية، وبلغ عدد الحاويات رقما قياسيا.',
    ] }));
    engine = await offlineEngine(knowledge, temporaryDirectory('patterns-data'));
  });
  afterAll(removeTemporaryDirectories);

  it('«كم عدد المواليد في العاصمة؟» finds the paragraph of the newborn («مولود»)', async () => {
    const answer = await engine.ask('كم عدد المواليد في العاصمة؟', { k: 3 });
    expect([answer.citations[0]!.articleId, answer.citations[0]!.paragraph]).toEqual(['census', 2]);
    expect(answer.answer).toContain('مولود');
  });
});
