/**
 * One /sources line per article in the reader's language: the title of the
 * translation when the article is in the reader's other language, and which
 * language the translation is in (an English article's is Arabic).
 */
import { describe, expect, it } from 'vitest';
import type { ArticleListing } from '../../src/core/engine-types.js';
import { listingLine } from '../../src/core/knowledge/listing-line.js';

const metro: ArticleListing = {
  id: 'almaty-metro', title: 'Almaty metro extension opens', outlet: 'Steppe Daily', date: '2025-02-01', language: 'en',
  paragraphs: 4, hasTranslation: true, titleTranslation: 'افتتاح امتداد مترو ألماتي', url: 'https://steppe-daily.example/news/almaty-metro?fbclid=abc',
};
const water: ArticleListing = { ...metro, id: 'amman-water', title: 'الأردن يطلق مشروع تحلية', language: 'ar', titleTranslation: 'Jordan launches a desalination project', url: null };

describe('listingLine', () => {
  it('an English article with an Arabic translation: its own title for English readers, the Arabic one for Arabic readers', () => {
    expect(listingLine(metro, 'en')).toMatchObject({ title: 'Almaty metro extension opens', details: 'Steppe Daily · 2025-02-01 · English, 4 paragraphs, Arabic translation', url: 'https://steppe-daily.example/news/almaty-metro' });
    expect(listingLine(metro, 'ar')).toMatchObject({ title: 'افتتاح امتداد مترو ألماتي' });
    expect(listingLine(metro, 'ar').details).toContain('مع ترجمة عربية');
  });

  it('an Arabic article with an English translation: the other way round', () => {
    expect(listingLine(water, 'en')).toMatchObject({ title: 'Jordan launches a desalination project' });
    expect(listingLine(water, 'en').details).toContain('English translation');
    expect(listingLine(water, 'ar')).toMatchObject({ title: 'الأردن يطلق مشروع تحلية' });
    expect(listingLine(water, 'ar').details).toContain('مع ترجمة إنجليزية');
  });
});
