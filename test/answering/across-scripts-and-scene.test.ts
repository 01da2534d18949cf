/**
 * What a unit is checked for, across scripts and across an article's paragraphs: an Arabic cost question is answered by
 * an English "costing …" (and the reverse), and the country the report's lead names first is the scene of its later
 * paragraphs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { valueKinds } from '../../src/core/answer/values.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { engineOverArticles, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('across-scripts', [
    {
      id: 'tarija-diesel-protest-2026-03-02',
      title: 'Farmers block roads over diesel shortages',
      language: 'en',
      date: '2026-03-02',
      paragraphs: [
        'Farmers in Tarija, Bolivia\'s southern wine region, blocked the main roads on Monday for a second day over shortages of diesel before the grape harvest.',
        'Queues at fuel stations stretched for several kilometres, and some tractors waited two days to fill up.',
        'Agriculture Minister Luis Paredes said the government would not cut the diesel subsidy before the harvest was over.',
        'The blockade also kept about 40,000 pupils out of school, as buses could not reach the villages.',
        'University students in the city joined the farmers at one of the roadblocks.',
        'A new fuel depot near the border with Chile, costing an estimated 35 million dollars, is due to open in 2027.',
      ],
    },
    {
      id: 'riga-port-fees-2026-04-01',
      title: 'Baltic ports to compete on fees',
      language: 'en',
      date: '2026-04-01',
      paragraphs: [
        "Latvia's prime minister met his counterparts from Estonia, Lithuania and Poland in Riga on Tuesday to discuss the region's ports.",
        'Prime Minister Arturs Ozols said the government would cut port fees by a fifth next year to win back container traffic.',
        'Shipping lines have moved several routes to larger ports in the past three years.',
        'The ministers agreed to meet again in the autumn.',
      ],
    },
    {
      id: 'sousse-ferry-2026-05-10',
      title: 'ميناء سوسة يستقبل أول عبارة سياحية',
      language: 'ar',
      date: '2026-05-10',
      paragraphs: [
        'استقبل ميناء سوسة صباح الأحد أول عبارة سياحية منذ ثلاث سنوات، وعلى متنها نحو 900 راكب.',
        'وقال مدير الميناء إن أعمال توسيع الرصيف ستنتهي في الخريف.',
        'وبلغت كلفة تجديد محطة الركاب نحو 12 مليون دينار، بتمويل من الدولة.',
      ],
    },
  ]);
});

afterAll(removeTemporaryDirectories);

describe('cost words across scripts', () => {
  it('an amount answers a cost question in the other script when the text speaks of cost in its own words', () => {
    const english = 'A new fuel depot, costing an estimated 35 million dollars, is due to open in 2027.';
    expect(valueKinds(english, new Set(), { counting: true, measured: normalizeText('يكلف') }).has('number')).toBe(true);
    expect(valueKinds('وبلغت كلفة تجديد المحطة نحو 12 مليون دينار.', new Set(), { counting: true, measured: 'cost' }).has('number')).toBe(true);
    expect(valueKinds('The new quay is 600 metres long.', new Set(), { counting: true, measured: normalizeText('يكلف') }).has('number')).toBe(false);
  });

  it('answers an Arabic cost question from the English paragraph that gives the cost', async () => {
    await expectAnswered(engine, 'كم يكلف مستودع الوقود الجديد؟', { cited: 'tarija-diesel-protest-2026-03-02#6', holds: /35 million/ });
  });
});

describe('the country the lead names first', () => {
  it('is the scene of the later paragraphs: "the Bolivian government" is answered by "the government"', async () => {
    await expectAnswered(engine, 'Will the Bolivian government cut the diesel subsidy before the harvest?', { cited: 'tarija-diesel-protest-2026-03-02#3' });
  });

  it('a country named only in a later paragraph is not: "the Chilean government" is not answered by it', async () => {
    await expectRefused(engine, 'Will the Chilean government cut the diesel subsidy before the harvest?');
  });

  it('only the country the lead names first is the scene: the others it lists are what the report is about', async () => {
    await expectAnswered(engine, 'Will the Latvian government cut port fees next year?', { cited: 'riga-port-fees-2026-04-01#2' });
    await expectRefused(engine, 'Will the Polish government cut port fees next year?');
  });
});
