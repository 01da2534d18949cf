/**
 * A yes/no question's words met in a passage of the other language. A question word's Arabic rendering is the
 * dictionary's form, which the press writes inflected or in a broken plural («مجلس» — «المجالس»، «مقعد» — «بمقاعد»):
 * across languages a word of its root tells it. The question's own Arabic words are met as written (verdict.ts), since
 * their writer chose the form; root keys: text/arabic-root.ts.
 */
import type { QueryTerm } from '../retrieval/query.js';
import { arabicRootKeys } from '../text/arabic-root.js';
import { isArabicToken } from '../text/tokenize.js';

/** The term group an Arabic passage token tells by the root of a translated term of `asked` (term → group), if any. */
export function translatedRootReader(terms: readonly QueryTerm[], asked: ReadonlyMap<string, string>): (token: string) => string | undefined {
  const groups = new Map<string, string>();
  for (const term of terms) {
    if (!term.translated || term.paraphrase || !asked.has(term.term) || !isArabicToken(term.term) || term.term.includes(' ')) continue;
    for (const key of arabicRootKeys(term.term, true)) groups.set(key, term.group);
  }
  return (token) => (groups.size === 0 || !isArabicToken(token) ? undefined : arabicRootKeys(token).map((key) => groups.get(key)).find((group) => group !== undefined));
}
