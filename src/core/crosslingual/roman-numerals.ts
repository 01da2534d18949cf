/**
 * Roman numerals as a question writes them after a name ("Super Bowl XLIX", "Louis XIV", "World War II"), which the
 * Arabic press writes in digits («سوبر بول 49»): the value is searched too. Only the canonical form counts (no "IIII",
 * "VX"), in capitals, and with a letter of the small numerals (I, V, X): "CD", "MD", "DC" are abbreviations first.
 */
const CANONICAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a word written as a Roman numeral of two letters or more, else undefined. */
export function romanNumeralValue(written: string): number | undefined {
  if (written.length < 2 || !/[IVX]/.test(written) || !CANONICAL.test(written)) return undefined;
  let total = 0;
  for (let position = 0; position < written.length; position += 1) {
    const value = VALUES[written[position]!]!;
    const next = VALUES[written[position + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
