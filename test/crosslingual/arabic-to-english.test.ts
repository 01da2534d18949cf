/**
 * Arabic questions over English-only press: the words the lexicon step leaves
 * untranslated are read further (a nisba as its noun, a sense in another English
 * form), and an Arabic word is spelt as an English one only when the corpus
 * writes that one as a name, or as a loanword.
 */
import { describe, expect, it } from 'vitest';
import { lookupArabic } from '../../src/core/crosslingual/lexicon-lookup.js';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';

/** A plain vocabulary that also knows which words its text writes as names (as an index does). */
class CasedVocabulary extends TextVocabulary {
  constructor(documents: string[], private readonly names: ReadonlySet<string>) {
    super(documents);
  }

  writtenAsName(token: string): boolean {
    return this.names.has(token);
  }
}

const harbour = new TextVocabulary([
  'Dock workers at the port of Sines in Portugal walked off the job on Monday.',
  'The strike was called by the union after three months of unpaid overtime.',
  'The government would not intervene, the minister said. The fishing season opens in May.',
]);

const sport = new CasedVocabulary(
  [
    'The Broncos did well in the second half, and many fans stayed until the end.',
    'Oxygen was first named by Lavoisier, who did many experiments with it.',
  ],
  new Set(['broncos', 'lavoisier']),
);

const terms = (question: string, vocabulary: TextVocabulary, source: string, via?: string) =>
  translateQuery(question, 'ar', vocabulary)
    .terms.filter((term) => term.source === source && (via === undefined || term.via === via))
    .map((term) => term.term);

describe('Arabic words the lexicon leaves untranslated', () => {
  it('reads a nisba adjective as the country it is made from when the text names the country', () => {
    expect(terms('ما موقف الحكومة البرتغالية من الإضراب؟', harbour, 'البرتغاليه', 'lexicon')).toContain('portugal');
    expect(terms('ما موقف الحكومة البرتغالية من الإضراب؟', harbour, 'الحكومه', 'lexicon')).toContain('government');
  });

  it('leaves an auxiliary of wanting untranslated: «عايز اعرف» frames the question, "seeks" is not asked about', () => {
    const seeking = new TextVocabulary(['The union seeks a pay rise before the fishing season opens.']);
    expect(terms('عايز اعرف الموسم هيبدأ امتى', seeking, 'عايز', 'lexicon')).toEqual([]);
    expect(terms('عايز اعرف الموسم هيبدأ امتى', seeking, 'الموسم', 'lexicon')).toContain('season');
  });

  it('finds a sense the text writes in another English form (seasonal → season)', () => {
    expect(terms('متى يبدأ الموسم؟', harbour, 'الموسم', 'lexicon')).toContain('season');
  });
});

describe('Arabic words spelt as English ones', () => {
  it('matches a name the text writes with a capital, and a loanword', () => {
    expect(terms('كم فاز البرونكوس؟', sport, 'البرونكوس', 'transliteration')).toContain('broncos');
    expect(terms('من سمى الأكسجين؟', sport, 'الاكسجين', 'transliteration')).toContain('oxygen');
  });

  it('does not read a dictionary word as a common English word it sounds like («العديد» is not "did")', () => {
    expect(terms('كم عدد المشجعين؟ العديد؟', sport, 'العديد', 'transliteration')).toEqual([]);
  });

  it('spells a name beginning with the article\'s letters whole, though the dictionary reads the word without them', () => {
    const team = new CasedVocabulary(['The quarterback Elway always said the Broncos won because of their defence.'], new Set(['elway', 'broncos']));
    // «الواي» is the dictionary's "alway" (and «واي» its "y"): the text's name is Elway.
    expect(terms('كم كان عمر إلواي عندما فاز؟', team, 'الواي', 'transliteration')).toEqual(['elway']);
    expect(terms('كم كان عمر إلواي عندما فاز؟', team, 'الواي', 'lexicon')).toContain('alway');
  });

  it('keeps a dictionary word beginning with the article from a name its letters merely resemble («الطاعون» is not Italian)', () => {
    const plague = new CasedVocabulary(['The Italian merchants fled the plague in the spring.'], new Set(['italian']));
    expect(terms('متى انتشر الطاعون؟', plague, 'الطاعون', 'transliteration')).toEqual([]);
    expect(terms('متى انتشر الطاعون؟', plague, 'الطاعون', 'lexicon')).toContain('plague');
  });
});

describe('Arabic senses as a reader expects them', () => {
  const maps = new TextVocabulary([
    'A group of scholars and scientists met in Vienna to compile a collection of maps of the world.',
    'The combination of the totaled and summed figures gave a total of forty.',
    // The usual sense is the common word: the least specific one.
    'The group left early.',
    'Another group of the world stayed.',
  ]);
  const weights = (question: string, source: string) =>
    new Map(translateQuery(question, 'ar', maps).terms.filter((term) => term.source === source && term.via === 'lexicon').map((term) => [term.term, term.weight]));

  it('keeps the usual sense of a word with many, and gives it the largest share («المجموعة»: "group")', () => {
    const group = weights('ما هي المجموعة التي اجتمعت في فيينا؟', 'المجموعه');
    expect(group.has('group')).toBe(true);
    expect(Math.max(...group.values())).toBe(group.get('group'));
  });

  it('weights the common sense above the rarer ones the text also has («العالم»: "world" before "scholar")', () => {
    const world = weights('ما حجم العالم؟', 'العالم');
    expect(world.get('world')!).toBeGreaterThan(world.get('scholar')!);
    expect(world.get('world')!).toBeGreaterThan(world.get('scientist')!);
  });
});

describe('Arabic verbs in another person or number', () => {
  const match = new TextVocabulary(['The club won the cup final on Sunday after its players played well in the rain.']);

  it('reads a conjugated verb as the form the dictionary lists («فازت» → won, «يلعبون» and «لعبوا» → played)', () => {
    expect(terms('من فازت بالكأس؟', match, 'فازت', 'lexicon')).toContain('won');
    expect(terms('كيف يلعبون في المطر؟', match, 'يلعبون', 'lexicon')).toContain('played');
    expect(terms('متى لعبوا النهائي؟', match, 'لعبوا', 'lexicon')).toContain('played');
  });

  it('leaves the gloss\'s lookup as it was: only query translation reads a word as a conjugated verb', () => {
    expect(lookupArabic(['فازت'])).toEqual([]);
    expect(lookupArabic(['فازت'], { verbForms: true }).flatMap((found) => found.senses)).toContain('won');
  });
});

describe('Arabic number words', () => {
  const league = new TextVocabulary(['The keeper kept 11 clean sheets in 14 games, and the club signed nine strikers in the winter.']);
  const digits = (question: string) => translateQuery(question, 'ar', league).terms.filter((term) => /^\d+$/.test(term.term)).map((term) => term.term);

  it('are searched in the digits English press writes past nine, a compound read whole («أربع عشرة» → 14, «أحد عشر» → 11)', () => {
    expect(digits('هل حافظ الحارس على نظافة شباكه في أربع عشرة مباراة؟')).toEqual(['14']);
    expect(digits('هل حافظ الحارس على نظافة شباكه أحد عشر مرة؟')).toEqual(['11']);
  });
});
