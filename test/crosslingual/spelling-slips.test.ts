/**
 * English words typed with a slip, and English questions typed without
 * capitals, over Arabic articles the lexicon must translate into: the slip is
 * read as the word meant, a real word the lexicon lacks is not "corrected",
 * and a lower-case name is still matched as a name.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/core/crosslingual/lexicon.js';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { oneEditForms, slipCorrections } from '../../src/core/crosslingual/spelling-slips.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';
import type { Engine } from '../../src/core/engine.js';
import { offlineEngine, removeTemporaryDirectories, temporaryDirectory } from '../core/helpers.js';
import { REPO_ROOT } from '../support/paths.js';

const everySense = (senses: readonly string[]) => senses.map((sense) => ({ sense, specificity: 1 }));

describe('slip corrections', () => {
  const lexicon = Lexicon.parse('en-ar', ['board\tلوح', 'defense\tدفاع', 'doing\tفعل', 'go\tذهب', 'inboard\tداخلي', 'on\tعلى'].join('\n'));

  it('reaches the word meant by one dropped, doubled, swapped or replaced letter', () => {
    for (const slip of ['defnese', 'defens', 'deffense', 'defensw']) {
      expect(oneEditForms(slip)).toContain('defense');
      expect(slipCorrections(slip, lexicon, everySense)).toEqual([[{ sense: 'دفاع', specificity: 1 }]]);
    }
    expect(oneEditForms('defense')).not.toContain('defense');
  });

  it('leaves alone compounds of known words and inflections the lemma rules miss', () => {
    expect(slipCorrections('onboard', lexicon, everySense)).toEqual([]); // not "inboard"
    expect(slipCorrections('going', lexicon, everySense)).toEqual([]); // not "doing"
  });

  it('offers nothing when the corpus holds no sense of the neighbours', () => {
    expect(slipCorrections('defnese', lexicon, () => [])).toEqual([]);
  });
});

describe('translateQuery with slips and lower case', () => {
  const arabic = new TextVocabulary([
    'أعلنت الحكومة توسيع الميناء لاستقبال السفن الكبيرة.',
    'فاز فريق بانثرز على منافسه في المباراة النهائية.',
    'ارتفعت أسعار النفط في الأسواق العالمية هذا الأسبوع.',
  ]);
  const lexiconTerms = (question: string) => translateQuery(question, 'en', arabic).terms.filter((term) => term.via === 'lexicon').map((term) => term.term);

  it('translates a misspelt word as the word meant, at less than full weight', () => {
    expect(lexiconTerms('What did the goverment announce about the port?')).toContain('الحكومه');
    const slip = translateQuery('What did the goverment announce?', 'en', arabic).terms.find((term) => term.term === 'الحكومه')!;
    const exact = translateQuery('What did the government announce?', 'en', arabic).terms.find((term) => term.term === 'الحكومه')!;
    expect(slip.weight).toBeLessThan(exact.weight);
  });

  it('matches a name typed without its capital, as it would the capitalised one', () => {
    const names = (question: string) => translateQuery(question, 'en', arabic).terms.filter((term) => term.via === 'transliteration').map((term) => term.term);
    expect(names('Who beat the Panthers in the final?')).toContain('بانثرز');
    expect(names('who beat the panthers in the final')).toContain('بانثرز');
  });
});

describe('an English question with a slip over Arabic-only articles', () => {
  let engine: Engine;
  beforeAll(async () => {
    const fixtures = path.join(REPO_ROOT, 'test/fixtures/articles');
    const knowledge = temporaryDirectory('slips-knowledge');
    for (const file of readdirSync(fixtures)) cpSync(path.join(fixtures, file), path.join(knowledge, file));
    engine = await offlineEngine(knowledge, temporaryDirectory('slips-data'));
  });
  afterAll(removeTemporaryDirectories);

  it('is answered from the Arabic article as the well-spelt question is', async () => {
    for (const question of ['what did the minister of enrgy say about the plant', 'what did the ministre of energy say about the plant']) {
      const answer = await engine.ask(question);
      expect(answer.answerable).toBe(true);
      expect(answer.citations[0]!.articleId).toBe('oman-desalination-2025-03-10');
      expect(answer.answer).toContain('وزير الطاقة');
    }
  });
});
