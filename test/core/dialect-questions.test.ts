/**
 * Questions typed in Egyptian, Levantine, Gulf or Maghrebi Arabic find the paragraph that
 * answers them in Modern Standard Arabic: dialect words are read as MSA and
 * searched (knowledge/language/dialect-msa.tsv, src/core/text/dialect-forms.ts),
 * over small articles written for the test (test/fixtures/dialect: a novelist, a village
 * festival, a port, a historian; the answering fixtures beside them), whose paragraphs share their
 * names, so only the dialect word's reading tells them apart.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { dialectListForms, dialectVerbForms, verbUnderDialectPrefix } from '../../src/core/text/dialect-forms.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { REPO_ROOT } from '../support/paths.js';
import { offlineEngine } from './helpers.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
const NOVELIST = 'novelist-salim-haddad-2025-05-20';
const FESTIVAL = 'olive-festival-ain-zahalta-2025-10-12';
const PORT = 'fujairah-port-cranes-2025-02-03';
const HISTORIAN = 'historian-karim-ouazzani-2025-03-14';

const firstCitation = async (engine: Engine, question: string) => {
  const [first] = (await engine.ask(question, { k: 3 })).citations;
  return first ? `${first.articleId}#${first.paragraph}` : 'none';
};

describe('dialect questions over MSA articles', () => {
  let engine: Engine;
  beforeAll(async () => {
    const knowledge = temporaryDirectory('dialect-knowledge');
    // The dialect articles, and the answering fixtures (a desalination plant, a book fair, a port) beside them.
    for (const folder of ['dialect', 'articles']) {
      for (const file of readdirSync(path.join(FIXTURES, folder))) cpSync(path.join(FIXTURES, folder, file), path.join(knowledge, file));
    }
    engine = await offlineEngine(knowledge, temporaryDirectory('dialect-data'));
  });
  afterAll(removeTemporaryDirectories);

  it('an Egyptian verb with its reflexive prefix finds the MSA verb: «اتجوز» → «تزوج», «اتولد» → «ولد»', async () => {
    expect(await firstCitation(engine, 'سليم حداد اتجوز امتى؟')).toBe(`${NOVELIST}#2`);
    expect(await firstCitation(engine, 'حداد اتولد فين؟')).toBe(`${NOVELIST}#1`);
  });

  it('a Levantine verb, bare or in its past form, finds the MSA one: «بلش» → «بدأ»', async () => {
    expect(await firstCitation(engine, 'المهرجان بلش امتى؟')).toBe(`${FESTIVAL}#1`);
    expect(await firstCitation(engine, 'امتى بلشت المهرجان؟')).toBe(`${FESTIVAL}#1`);
  });

  it('a question of each dialect is answered from the paragraph its MSA form is', async () => {
    const pairs: [dialect: string, standard: string, paragraph: number][] = [
      // Maghrebi verbs: «تزاد» was born, «قرا» studied, «كاينة» is (located)
      ['فين تزاد الوزاني؟', 'أين ولد الوزاني؟', 1],
      ['فين قرا الوزاني؟', 'أين درس الوزاني؟', 2],
      ['فين كاينة مكتبة الوزاني؟', 'أين تقع مكتبة الوزاني؟', 4],
      // Moroccan form VIII with its long a, «they consider it»: read «يعتبر», then conjugated as MSA «تعتبر»
      ['مكتبة الوزاني كيعتابروها شنو؟', 'ماذا تعتبر مكتبة الوزاني؟', 7],
      // Egyptian, with the final hamza unsaid: «الوزرا»
      ['الوزاني بقى من الوزرا امتى؟', 'متى أصبح الوزاني من الوزراء؟', 3],
      // Levantine «تجوزت» for «تزوجت»
      ['ايمتى تجوزت بنت الوزاني؟', 'متى تزوجت ابنة الوزاني؟', 5],
      // Gulf «الثاني» for "the other"
      ['وش اللقب الثاني لمكتبة الوزاني؟', 'ما اللقب الآخر لمكتبة الوزاني؟', 6],
    ];
    const answeredElsewhere: string[] = [];
    for (const [dialect, standard, paragraph] of pairs) {
      for (const question of [standard, dialect]) {
        const found = await firstCitation(engine, question);
        if (found !== `${HISTORIAN}#${paragraph}`) answeredElsewhere.push(`${question} → ${found}`);
      }
    }
    expect(answeredElsewhere).toEqual([]);
  });

  it('an MSA question is read as before', async () => {
    expect(await firstCitation(engine, 'متى توفي حداد؟')).toBe(`${NOVELIST}#3`);
    expect(await firstCitation(engine, 'كم موظفا يعمل في ميناء الفجيرة؟')).toBe(`${PORT}#2`);
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

  it('gives back the final hamza the dialects do not say, after alef only', () => {
    expect(forms('الوزرا')).toContain('الوزراء');
    expect(forms('وزراء')).not.toContain('وزراءء');
    expect(forms('كتب')).toEqual([]);
  });

  it('reads the long a of a Moroccan form VIII verb, not of form X', () => {
    expect(forms('كيعتابروها')).toEqual(expect.arrayContaining(['يعتبر', 'يعتبرون']));
    expect(forms('يستاهل')).not.toContain('يستهل');
  });

  it('looks a listed verb up without its past ending or pronoun', () => {
    const listed = (word: string) => dialectListForms(normalizeText(word)).map(({ form, ending }) => `${form}+${ending}`);
    expect(listed('بلشت')).toContain('بلش+ت');
    expect(listed('ابوها')).toContain('ابو+ها');
    expect(listed('قال')).toEqual(['قال+']);
  });

  it("reads a final-weak verb's plural as its past, and a present verb in the third person and the past", () => {
    const listed = (word: string, present = false) => dialectListForms(normalizeText(word), { present }).map(({ form, ending }) => `${form}+${ending}`);
    expect(listed('لقوا')).toContain(`${normalizeText('لقى')}+وا`);
    expect(listed('تقعدوا', true)).toEqual(expect.arrayContaining(['يقعد+', 'قعد+']));
    expect(listed('تقعد')).toEqual(['تقعد+']);
  });

  it('finds the verb under a dialect-only prefix, and none in a word that only opens with its letter', () => {
    const under = (word: string) => verbUnderDialectPrefix(normalizeText(word));
    expect(under('حتقعد')).toBe('تقعد');
    expect(under('مابيعرفش')).toBe('يعرف');
    expect(under('ماتنامش')).toBe('تنام');
    expect(under('ماراحش')).toBe('راح');
    expect(under('حرب')).toBeNull();
    expect(under('بحث')).toBeNull();
    expect(under('تقعد')).toBeNull();
  });
});
