/**
 * Units of measure in yes/no questions: a bound or value given in one unit is checked against a passage giving it in
 * another ("has the strike lasted more than a week?" over «لليوم الثالث على التوالي»: no; «هل تستغرق الرحلة أقل من نصف
 * ساعة؟» over "twenty minutes": yes). A unit counts one without a number after a bound ("more than a week", «أقل من
 * ساعة»), a fraction before it ("half an hour", «نص ساعة») and two as an Arabic dual («عامين»). Without this a passage
 * in another unit than the question's gives no value of what is asked, and the answer stays "the article does not say".
 * Units and sizes: knowledge/language/measure-units.tsv.
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { numberWordValue } from '../text/number-words.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';

export interface Measure {
  dimension: string;
  /** The size of one of the unit in its dimension's base unit. */
  size: number;
}

interface Unit extends Measure {
  /** How many of the unit the form counts without a number: 2 for an Arabic dual («يومين»), 1 for «أسبوعا» "a week". */
  alone?: number;
}

let units: { forms: Map<string, Unit>; stems: Map<string, Unit>; fractions: Map<string, number> } | undefined;

function table() {
  if (!units) {
    units = { forms: new Map(), stems: new Map(), fractions: new Map() };
    for (const [written, , dimension, size, alone] of languageTable('measure-units.tsv')) {
      const form = normalizeText(written!);
      if (dimension === 'fraction') units.fractions.set(form, Number(size));
      else {
        units.forms.set(form, { dimension: dimension!, size: Number(size), ...(alone ? { alone: Number(alone) } : {}) });
        if (!alone) units.stems.set(stemToken(form), { dimension: dimension!, size: Number(size) });
      }
    }
  }
  return units;
}

/** The unit a normalised token names, as written (an Arabic one also without its proclitics: «بالساعة»). */
function unitOf(token: string): Unit | undefined {
  const { forms } = table();
  return (isArabicToken(token) ? withoutProclitics(token) : [token]).map((form) => forms.get(form)).find((unit) => unit !== undefined);
}

/** The measure of the word a number counts, as written, or by its stem (the rank of a period, «لليوم الثالث»). */
export function measureOf(token: string | undefined, stemmed = false): Measure | undefined {
  if (token === undefined) return undefined;
  const unit = stemmed ? table().stems.get(token) : unitOf(token);
  return unit && { dimension: unit.dimension, size: unit.size };
}

/**
 * An Arabic indefinite dual of a unit of measure («مترين», «ساعتين», «عامين»): the noun itself says two of it. The
 * definite one names a period, «في العامين الماضيين», not an amount.
 */
export function isDualOfUnit(token: string): boolean {
  return isArabicToken(token) && !DEFINITE.test(token) && unitOf(token)?.alone === 2;
}

const DEFINITE = /^[وف]?(?:[بك]?ال|لل)/;

/** Whether a normalised question token names a unit of measure or the dialect fraction before one («نص»): its value is checked, a passage need not hold the word. */
export function isMeasureWord(token: string): boolean {
  return unitOf(token) !== undefined || table().fractions.has(token);
}

const ARTICLES = new Set(['a', 'an']);

/**
 * How many of the unit at `position` the words before it give when no number does, and where those words start: two
 * for a dual, one for «أسبوعا», the fraction before it ("half an hour", «نصف ساعة»), one after a bound word ("more than a week": `bounded`
 * reads the words before), else none.
 */
export function bareUnit(tokens: readonly string[], position: number, bounded: (before: readonly string[]) => boolean): { count: number; start: number } | undefined {
  const unit = unitOf(tokens[position]!);
  if (!unit) return undefined;
  let start = position;
  if (ARTICLES.has(tokens[start - 1] ?? '')) start -= 1;
  const previous = tokens[start - 1] ?? '';
  if (/^\d/.test(previous) || (numberWordValue(previous) ?? 0) >= 1) return undefined;
  const fraction = table().fractions.get(previous) ?? numberWordValue(previous);
  if (fraction !== undefined && fraction < 1) return { count: fraction * (unit.alone ?? 1), start: start - 1 };
  if (unit.alone !== undefined) return { count: unit.alone, start };
  return bounded(tokens.slice(Math.max(0, start - 3), start)) ? { count: 1, start } : undefined;
}

/** Values in one unit: a passage's and a question's given in units of one dimension, each in its base unit; null when they cannot be. */
export function inOneUnit(given: Measure | undefined, asked: Measure | undefined): { given: number; asked: number } | null {
  if (!given || !asked || given.dimension !== asked.dimension) return null;
  return { given: given.size, asked: asked.size };
}

/** Values this close in units of one dimension are one: "a month" is about four weeks and a half, a year 52 weeks. */
const UNIT_TOLERANCE = 0.03;

/** `passage` and `asked` in one unit when both are measured in one dimension, else as given. */
export function inBaseUnits<Q extends { value: number; measure?: Measure }>(passage: Q, asked: Q): [Q, Q] {
  const sizes = inOneUnit(passage.measure, asked.measure);
  if (!sizes) return [passage, asked];
  const given = { ...passage, value: passage.value * sizes.given };
  const question = { ...asked, value: asked.value * sizes.asked };
  return Math.abs(given.value - question.value) <= UNIT_TOLERANCE * Math.max(given.value, question.value) ? [{ ...given, value: question.value }, question] : [given, question];
}
