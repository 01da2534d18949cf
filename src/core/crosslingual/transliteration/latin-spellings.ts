/**
 * How Latin letters and letter groups of a name are written in the Arabic
 * press, each with its alternatives and their costs: whole-word endings, letter
 * groups ("kh" → «خ»), vowels by position, and consonants by the letter that
 * follows. Read by latin-to-arabic.ts, which walks a word through them.
 */
import { o, type Segment } from './candidates.js';

/** Whole-word endings, tried when the rest of the word is exactly this. */
export const LATIN_ENDINGS: Record<string, Segment> = {
  stan: [o('ستان')],
  burg: [o('بورغ'), o('برغ', 0.3), o('بورج', 0.5)],
  burgh: [o('بره'), o('برغ', 0.3)],
  tion: [o('شن'), o('سيون', 0.4), o('تيون', 0.8)],
  sky: [o('سكي')],
  ski: [o('سكي')],
  ville: [o('فيل')],
  land: [o('لاند'), o('لند', 0.4)],
  ia: [o('يا')],
  ya: [o('يا')],
  ey: [o('ي'), o('اي', 0.4)],
  ay: [o('اي'), o('ي', 0.4)],
  ie: [o('ي')],
  ee: [o('ي')],
  ov: [o('وف')],
  ova: [o('وفا')],
  ev: [o('يف'), o('ييف', 0.2), o('وف', 0.6)],
  eva: [o('يفا'), o('ييفا', 0.2)],
};

/** Multi-letter spellings, longest first, anywhere in the word. */
export const LATIN_GROUPS: [string, Segment][] = [
  ['sch', [o('ش')]],
  ['tch', [o('تش'), o('ش', 0.3)]],
  ['dzh', [o('ج')]],
  ['sh', [o('ش')]],
  ['ch', [o('تش'), o('ش', 0.3), o('ك', 0.6)]],
  ['kh', [o('خ'), o('ك', 0.5)]],
  ['gh', [o('غ'), o('', 0.6), o('ك', 0.9), o('ج', 1)]],
  ['ph', [o('ف')]],
  ['th', [o('س'), o('ت', 0.3), o('ز', 0.6)]],
  ['ck', [o('ك')]],
  ['qu', [o('كو'), o('ك', 0.5)]],
  ['ts', [o('تس')]],
  // German -tz- is «تز» as often as «تس» (Ratzel: «راتزل»).
  ['tz', [o('تس'), o('تز', 0.3)]],
  ['zh', [o('ج'), o('ز', 0.5)]],
  ['dj', [o('ج')]],
  ['wh', [o('و')]],
  ['ee', [o('ي')]],
  ['ea', [o('ي'), o('يا', 0.5)]],
  ['ie', [o('ي'), o('يي', 0.5)]],
  ['ei', [o('اي'), o('ي', 0.3)]],
  ['ey', [o('اي'), o('ي', 0.3)]],
  ['oo', [o('و')]],
  ['ou', [o('و'), o('او', 0.5)]],
  ['ue', [o('و')]],
  ['ai', [o('اي'), o('ي', 0.4), o('ا', 0.6)]],
  ['ay', [o('اي'), o('ي', 0.4), o('ا', 0.6)]],
  ['au', [o('او'), o('و', 0.4), o('ا', 0.8)]],
  ['aw', [o('او'), o('و', 0.4)]],
  ['ow', [o('او'), o('و', 0.3)]],
  ['oi', [o('وي'), o('وا', 0.6)]],
  ['oy', [o('وي')]],
  ['ia', [o('يا'), o('ي', 0.6)]],
  ['io', [o('يو'), o('ي', 0.6)]],
  ['ua', [o('وا')]],
];

// ع is kept apart in matching keys (folding it into ا matches too many Arabic
// words); it starts Arabic names written with an initial vowel (Omar → عمر).
export const LATIN_INITIAL_VOWELS: Record<string, Segment> = {
  a: [o('ا'), o('ع', 1)],
  e: [o('ا'), o('اي', 0.5)],
  i: [o('ا'), o('اي', 0.4), o('ع', 1)],
  o: [o('او'), o('ا', 0.4), o('ع', 1)],
  u: [o('او'), o('ا', 0.4), o('يو', 0.6), o('ع', 1)],
};

export const LATIN_VOWELS: Record<string, Segment> = {
  a: [o('ا'), o('', 0.7)],
  e: [o(''), o('ي', 0.5), o('ا', 1.2)],
  i: [o('ي'), o('', 0.6)],
  o: [o('و'), o('', 0.8)],
  // An English short u is «ا» in the Arabic press (Trump: ترامب, Truss: تراس), as it sounds, not as it is written.
  u: [o('و'), o('', 0.8), o('ا', 0.9)],
};

export const LATIN_FINAL_VOWELS: Record<string, Segment> = {
  a: [o('ا')],
  e: [o(''), o('ي', 0.8)],
  i: [o('ي')],
  o: [o('و')],
  u: [o('و')],
  y: [o('ي')],
};

export function latinConsonant(c: string, next: string | undefined, final: boolean): Segment {
  const soft = next !== undefined && 'eiy'.includes(next);
  switch (c) {
    case 'b': return [o('ب')];
    case 'c': return soft ? [o('س')] : [o('ك')];
    case 'd': return [o('د')];
    case 'f': return [o('ف')];
    case 'g': return soft ? [o('ج'), o('غ', 0.5), o('ك', 1)] : [o('غ'), o('ج', 0.4), o('ك', 0.8)];
    case 'h': return final ? [o(''), o('ه', 0.5)] : [o('ه'), o('', 0.7)];
    case 'j': return [o('ج')];
    case 'k': return [o('ك')];
    case 'l': return [o('ل')];
    case 'm': return [o('م')];
    case 'n': return [o('ن')];
    case 'p': return [o('ب')];
    case 'q': return [o('ك')];
    case 'r': return [o('ر')];
    case 's': return final ? [o('س'), o('ز', 0.4), o('', 0.8)] : [o('س'), o('ز', 0.6)];
    case 't': return [o('ت')];
    case 'v': return [o('ف')];
    case 'w': return [o('و')];
    case 'x': return [o('كس')];
    case 'y': return [o('ي')];
    case 'z': return [o('ز')];
    default: return [o('')];
  }
}
