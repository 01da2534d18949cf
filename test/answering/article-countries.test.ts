/**
 * A question naming a country the answering article never names, while the article is set in another, asks about
 * that country: the same event there does not answer it (src/core/answer/article-countries.ts).
 * A report of the local press that never names its own country is set nowhere known, and a question naming that
 * country is left to the model. Articles of other outlets and topics (test/fixtures/countries).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverArticles, engineOverFixtures } from '../core/helpers.js';
import { countryCodes } from '../../src/core/text/country-forms.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('article-countries', ['countries']);
});

afterAll(removeTemporaryDirectories);

describe('a country the question names', () => {
  it('answers about the country the article is set in', async () => {
    for (const question of ['شو سحبت وزارة الصحة العمانية من الصيدليات؟', "what did oman's health ministry pull from pharmacies?"]) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(true);
      expect(answer.citations[0]?.articleId).toBe('muscat-antibiotic-recall-2026-03-02');
    }
  });

  // Kuwait is named by the corpus (the Cebu report's fuel), so the question names nothing the articles lack.
  it('refuses the same recall asked of another country the article never names', async () => {
    const answer = await engine.ask('شو سحبت وزارة الصحة الكويتية من الصيدليات؟');
    expect(answer.answerable).toBe(false);
  });

  // Asked in English of the untranslated Arabic report: the country's code is read from either language.
  it('refuses it in the other language too', async () => {
    const answer = await engine.ask("what did kuwait's health ministry pull from pharmacies?");
    expect(answer.answerable).toBe(false);
    expect((await engine.ask('what did the kuwaiti health ministry pull from pharmacies?')).answerable).toBe(false);
  });

  it('reads a country the article names in several words («الولايات المتحدة») as named, for a question saying «الأمريكية»', async () => {
    const answer = await engine.ask('شو قال سالم الحارثي عن المادة الخام الأمريكية؟');
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('الولايات المتحدة');
  });

  it('leaves a local report that never names its own country to the model', async () => {
    const answer = await engine.ask('by how much will ferry fares rise in cebu in the philippines?');
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('12 percent');
  });
});

describe('the country a demonym names', () => {
  // WordNet 3.0 points "Mauritanian" at Mauritius (scripts/build-demonyms.ts corrects it).
  it('reads "Mauritanian" as Mauritania, not Mauritius', () => {
    expect([...countryCodes('mauritanian')]).toEqual(['MR']);
    expect([...countryCodes('mauritian')]).toEqual(['MU']);
  });
});

describe('a city the question names that no article holds', () => {
  // «الرياض» shares its root with the article's «الروضة»: a place has no root-mates (question-names.ts).
  it('is an absent name though a word of its root is in the corpus', async () => {
    expect((await engine.ask('شو سحبت وزارة الصحة في الرياض من الصيدليات؟')).answerable).toBe(false);
    expect((await engine.ask('شو سحبت وزارة الصحة في مسقط من الصيدليات؟')).answerable).toBe(true);
  });
});

describe('across languages, a text with no dateline', () => {
  let undated: Engine;

  beforeAll(async () => {
    undated = await engineOverArticles('article-countries-undated', [
      {
        id: 'hungarian-civil-disobedience',
        title: 'العصيان المدني في هنغاريا',
        paragraphs: [
          'قاد سكان هنغاريا بين عامي 1859 و1867 عصيانا مدنيا ضد الحكومة النمساوية، فامتنعوا عن دفع الضرائب وقاطعوا المؤسسات الرسمية.',
          'وانتهى العصيان بتسوية عام 1867 التي أنشأت المملكة المزدوجة.',
        ],
      },
      { id: 'city-park', title: 'حديقة جديدة', paragraphs: ['افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم الأحد.'] },
    ]);
  });

  // «النمساوية» is a form the country tables lack: across languages, only a report filed from a place is read as set
  // in the one country its lead names.
  it('is not refused for a country it names in a form the tables lack', async () => {
    const answer = await undated.ask('Which people led civil disobedience against the Austrian government?');
    expect(answer.answerable).toBe(true);
  });
});
