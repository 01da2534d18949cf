/**
 * Questions typed in Egyptian, Levantine or Gulf Arabic find the paragraph that
 * answers them in Modern Standard Arabic: dialect words are read as MSA and
 * searched (knowledge/language/dialect-msa.tsv, src/core/text/dialect-forms.ts),
 * over several small articles written for the test, whose paragraphs share their
 * names, so only the dialect word's reading tells them apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { dialectListForms, dialectVerbForms } from '../../src/core/text/dialect-forms.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { articleText, offlineEngine, writeArticle } from './helpers.js';

const ARTICLES = [
  { id: 'novelist', title: 'الروائي سليم حداد', paragraphs: [
    'ولد الروائي سليم حداد في مدينة صيدا عام 1952، ودرس الأدب العربي في الجامعة اللبنانية في بيروت.',
    'تزوج حداد عام 1980 من الرسامة ليلى نصر، وأقام الزوجان معرضا مشتركا للكتب المصورة في دمشق.',
    'توفي حداد في باريس عام 2019 بعد صراع طويل مع المرض، ونعاه اتحاد الكتاب في بيروت.',
  ] },
  { id: 'festival', title: 'مهرجان الزيتون في عين زحلتا', paragraphs: [
    'بدأ مهرجان الزيتون في قرية عين زحلتا عام 1998 بمبادرة من تعاونية المزارعين في القرية.',
    'يحضر المهرجان آلاف الزوار كل خريف، ويعرض فيه المزارعون زيت القرية وصابونها.',
    'انتهى المهرجان هذا العام بحفل موسيقي في ساحة القرية حضره وزير الزراعة.',
  ] },
  { id: 'port', title: 'توسعة ميناء الفجيرة', paragraphs: [
    'تستخدم إدارة ميناء الفجيرة رافعات كهربائية جديدة لتفريغ الحاويات منذ مطلع العام.',
    'يعمل في الميناء نحو ثلاثة آلاف موظف، ويستقبل سفنا من آسيا وأفريقيا.',
  ] },
];

const firstCitation = async (engine: Engine, question: string) => {
  const [first] = (await engine.ask(question, { k: 3 })).citations;
  return first ? `${first.articleId}#${first.paragraph}` : 'none';
};

describe('dialect questions over MSA articles', () => {
  let engine: Engine;
  beforeAll(async () => {
    const knowledge = temporaryDirectory('dialect-knowledge');
    for (const article of ARTICLES) writeArticle(knowledge, `${article.id}.md`, articleText(article));
    engine = await offlineEngine(knowledge, temporaryDirectory('dialect-data'));
  });
  afterAll(removeTemporaryDirectories);

  it('an Egyptian verb with its reflexive prefix finds the MSA verb: «اتجوز» → «تزوج», «اتولد» → «ولد»', async () => {
    expect(await firstCitation(engine, 'سليم حداد اتجوز امتى؟')).toBe('novelist#2');
    expect(await firstCitation(engine, 'حداد اتولد فين؟')).toBe('novelist#1');
  });

  it('a Levantine verb, bare or in its past form, finds the MSA one: «بلش» → «بدأ»', async () => {
    expect(await firstCitation(engine, 'المهرجان بلش امتى؟')).toBe('festival#1');
    expect(await firstCitation(engine, 'امتى بلشت المهرجان؟')).toBe('festival#1');
  });

  it('an MSA question is read as before', async () => {
    expect(await firstCitation(engine, 'متى توفي حداد؟')).toBe('novelist#3');
    expect(await firstCitation(engine, 'كم موظفا يعمل في ميناء الفجيرة؟')).toBe('port#2');
  });
});

describe('dialect word forms', () => {
  const forms = (word: string) => dialectVerbForms(normalizeText(word));
  it('reads the plural written و after the progressive prefix, with or without a pronoun', () => {
    expect(forms('بيعتبروها')).toEqual(expect.arrayContaining(['يعتبر', 'يعتبرون']));
    expect(forms('هيزوروا')).toEqual(expect.arrayContaining(['يزور', 'يزورون']));
  });

  it('reads no plural verb into a noun ending in و and a pronoun («اسماؤه»)', () => {
    expect(forms('اسماؤه')).toEqual([]);
  });

  it('reads «ع» glued to the article as «على»', () => {
    expect(forms('عالحدود')).toContain('الحدود');
  });

  it('looks a listed verb up without its past ending or pronoun', () => {
    const listed = (word: string) => dialectListForms(normalizeText(word)).map(({ form, ending }) => `${form}+${ending}`);
    expect(listed('بلشت')).toContain('بلش+ت');
    expect(listed('ابوها')).toContain('ابو+ها');
    expect(listed('قال')).toEqual(['قال+']);
  });
});
