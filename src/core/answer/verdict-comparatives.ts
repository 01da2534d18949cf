/**
 * Comparatives in yes/no questions ("cheaper", «أعلى», «اكتر»): the verdict checks a comparison as a value (a bound,
 * a share), so a passage need not hold the comparative word itself (checked-words.ts). Words:
 * knowledge/language/comparatives.tsv.
 */
import { languageMap } from '../text/language-data.js';

let kinds: Map<string, string> | undefined;

/** A comparative ("cheaper", «أعلى»): the verdict checks it, a passage need not hold it. */
export function isComparative(token: string): boolean {
  const kind = (kinds ??= languageMap('comparatives.tsv', 2)).get(token);
  return kind === 'more' || kind === 'less';
}
