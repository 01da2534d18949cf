import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HeadwordLines } from '../../src/core/crosslingual/headword-lines.js';
import { DEFAULT_LEXICON_DIR } from '../../src/core/crosslingual/lexicon.js';

/** What the file means, read the plain way (a Map filled line by line, the last line of a headword winning). */
function referenceEntries(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (line.startsWith('#') || tab <= 0) continue;
    if (line.slice(tab + 1).split('\t').some(Boolean)) entries.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return entries;
}

function expectSameAsReference(lines: HeadwordLines, text: string): void {
  const reference = referenceEntries(text);
  expect(lines.size).toBe(reference.size);
  // Collected, not one expect per entry: the committed files have tens of thousands.
  const differing = [...reference].filter(([headword, senses]) => lines.sensesText(headword) !== senses);
  expect(differing).toEqual([]);
  expect([...lines.headwords()].join('\n')).toBe([...reference.keys()].sort().join('\n'));
}

/** A fixed shuffle (a linear congruential generator), so a failure can be replayed. */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  let state = 7;
  for (let at = copy.length - 1; at > 0; at -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const other = state % (at + 1);
    [copy[at], copy[other]] = [copy[other]!, copy[at]!];
  }
  return copy;
}

const SORTED = ['# a comment', 'apple\tتفاحه', 'apple pie\tفطيره التفاح', 'banana\tموزه\tموز', 'cherry\tكرز'].join('\n');

describe('HeadwordLines on a sorted file (as built)', () => {
  const lines = HeadwordLines.scan(SORTED);

  it('finds the first and the last entry, the last without a final newline', () => {
    expect(lines.sensesText('apple')).toBe('تفاحه');
    expect(lines.sensesText('cherry')).toBe('كرز');
    expect(HeadwordLines.scan(`${SORTED}\n`).sensesText('cherry')).toBe('كرز');
  });

  it('finds nothing for a headword absent between neighbours, a prefix, an extension or past either end', () => {
    for (const absent of ['apples', 'b', 'banan', 'bananas', 'aardvark', 'zebra', '', 'apple\tتفاحه', '# a comment']) {
      expect(lines.sensesText(absent)).toBeUndefined();
    }
  });

  it('counts the words of the longest headword', () => {
    expect(lines.maxWords).toBe(2);
    expect(HeadwordLines.scan('').size).toBe(0);
  });
});

describe('HeadwordLines on a hand-edited file', () => {
  const text = [
    'zebra\tحمار الوحش',
    '# comments anywhere',
    'apple\tتفاحه',
    'melon\t\tبطيخ\t',
    'empty\t\t',
    'no tab here',
    '\tno headword',
    'apple\tتفاحه خضراء',
    'big red apple\tتفاحه حمراء كبيره',
    '',
  ].join('\n');
  const lines = HeadwordLines.scan(text);

  it('sorts unsorted lines, keeps the last of a repeated headword and skips lines that are no entry', () => {
    expectSameAsReference(lines, text);
    expect(lines.sensesText('apple')).toBe('تفاحه خضراء');
    expect(lines.sensesText('melon')).toBe('\tبطيخ\t');
    expect(lines.sensesText('empty')).toBeUndefined();
    expect(lines.sensesText('no tab here')).toBeUndefined();
    expect(lines.maxWords).toBe(3);
  });

  it('keeps the last line of a headword repeated on the next line of an otherwise sorted file', () => {
    const repeated = ['apple\tتفاحه', 'banana\tموز', 'banana\tموزه', 'cherry\tكرز'].join('\n');
    expectSameAsReference(HeadwordLines.scan(repeated), repeated);
    expect(HeadwordLines.scan(repeated).sensesText('banana')).toBe('موزه');
  });

  it('reads a shuffled copy of the real lexicon with repeated headwords as a Map would', () => {
    const entries = readFileSync(`${DEFAULT_LEXICON_DIR}/ar-en.tsv`, 'utf8').split('\n').slice(0, 3_000);
    const edited = shuffled([...entries, ...entries.slice(500, 600).map((line) => `${line}\tadded`)]).join('\n');
    expectSameAsReference(HeadwordLines.scan(edited), edited);
  });
});

describe('HeadwordLines on the committed lexicon', () => {
  it.each(['en-ar', 'ar-en'])('finds every entry of %s with its senses', (direction) => {
    const text = readFileSync(`${DEFAULT_LEXICON_DIR}/${direction}.tsv`, 'utf8');
    expectSameAsReference(HeadwordLines.scan(text), text);
  });
});
