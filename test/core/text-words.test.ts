/**
 * A text's kept reading (text-words.ts) is the reading each step made for
 * itself before: the same tokens, content words and stems, however many other
 * texts were read in between.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/text/normalize.js';
import { textWords } from '../../src/core/text/text-words.js';
import { isStopWord, rawTokens, stemToken } from '../../src/core/text/tokenize.js';

function readAfresh(text: string) {
  const tokens = rawTokens(normalizeText(text));
  const content = tokens.filter((token) => !isStopWord(token));
  return { tokens, content, stems: content.map((token) => stemToken(token)) };
}

const TEXTS = [
  'وقال الرئيس إن بلاده ستضاعف التجارة مع الصين خلال السنوات الخمس المقبلة.',
  'The ferry operators said the new bridge toll would be lowered in 2025.',
  'أبولو1 والـ20 مرة، «كما» أشار المتحدث.',
  '',
];

describe('textWords', () => {
  it('reads a text as normalising, tokenising and stemming it afresh would', () => {
    for (const text of TEXTS) expect(textWords(text)).toEqual(readAfresh(text));
  });

  it('still reads a text right after thousands of others pushed it out', () => {
    const first = textWords(TEXTS[0]!);
    for (let count = 0; count < 3000; count += 1) textWords(`river number ${count} crossed`);
    expect(textWords(TEXTS[0]!)).toEqual(first);
    expect(textWords('river number 12 crossed')).toEqual(readAfresh('river number 12 crossed'));
  });
});
