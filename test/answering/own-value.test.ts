/**
 * An answer's value is something the question does not already say: a who-question is answered by a person other
 * than those it names, and "which … countries" not by the region it names. Over the answering fixtures of several
 * outlets (test/fixtures/outlets, answering, articles): a port expansion in English, a desalination plant and a
 * film festival in Arabic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { questionForms, holdsOnlyOwnValue } from '../../src/core/answer/own-names.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered, expectRefused } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('own-value', ['outlets', 'answering', 'articles']);
});

afterAll(removeTemporaryDirectories);

describe('a value the question already says', () => {
  it('is not a person of the question: a unit naming only them does not answer who, one naming someone else does', () => {
    const english = questionForms('en', ['who', 'interviewed', 'rania', 'haddad']);
    const director = [{ text: 'Port director Rania Haddad said the terminal handled 900,000 containers last year.', lang: 'en' as const }];
    expect(holdsOnlyOwnValue('person', director, new Set(['who', 'interviewed', 'rania', 'haddad']), english)).toBe(true);
    expect(holdsOnlyOwnValue('person', director, new Set(['who', 'said', 'the', 'terminal']), questionForms('en', ['who', 'said', 'the', 'terminal']))).toBe(false);
    const arabic = questionForms('ar', ['مين', 'الصحفي', 'اللي', 'قابل', 'المعمري']);
    const minister = [{ text: 'وقال وزير الطاقة “خالد المعمري”: “هذه المحطة ليست مجرد مشروع للمياه”.', lang: 'ar' as const }];
    expect(holdsOnlyOwnValue('person', minister, new Set(['مين', 'الصحفي', 'اللي', 'قابل', 'المعمري']), arabic)).toBe(true);
    const visit = [{ text: 'زار الرئيس “بوتين” كازاخستان.', lang: 'ar' as const }];
    expect(holdsOnlyOwnValue('person', visit, new Set(['من', 'زار', 'كازاخستان']), questionForms('ar', ['من', 'زار', 'كازاخستان']))).toBe(false);
  });

  it('is not a place of the question in another form or language ("African" → «أفريقيا», "Africa")', () => {
    const forms = questionForms('en', ['which', 'african', 'countries']);
    const texts = [
      { text: 'بل أيضًا البلدان في أفريقيا.', lang: 'ar' as const },
      { text: 'But also countries in Africa are seeking ties.', lang: 'en' as const },
    ];
    expect(holdsOnlyOwnValue('place', texts, new Set(['which', 'african', 'countries']), forms)).toBe(true);
    expect(holdsOnlyOwnValue('place', [{ text: 'But also countries such as Kenya and Nigeria are seeking ties.', lang: 'en' }], new Set(['which', 'african', 'countries']), forms)).toBe(false);
  });

  it('leaves a who-question answered when the article names the person asked for, in English and Arabic', async () => {
    await expectAnswered(engine, 'Who is the port director of Aqaba?', { holds: 'Rania Haddad' });
    await expectAnswered(engine, 'من قال إن محطة التحلية خطوة نحو أمن مائي مستدام؟', { holds: 'خالد المعمري' });
  });

  it('refuses a who-question whose only person in the answering paragraph is the one it names', async () => {
    for (const question of ['Which journalist interviewed Rania Haddad?', 'مين الصحفي اللي أجرى المقابلة مع خالد المعمري وزير الطاقة؟']) await expectRefused(engine, question);
  });
});
