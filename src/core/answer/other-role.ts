/**
 * A who-question naming a role ("who is the coach…", «مين المدرب…»:
 * question/asked-role.ts) is not answered by a unit that names its person by
 * another role («قال المحافظ…» for a question about a coach). A unit with no
 * title at all ("the champion this year is…" for "who is the winner…") is left
 * to the other evidence: the role may be said in other words there.
 * Titles: the `title` rows of knowledge/language/name-context.tsv.
 */
import { readWords } from './values.js';

/** Whether any of `texts` (the unit and its rendering) names someone by a title, while the role was not found in the unit. */
export function namesAnotherRole(texts: string[], roleFound: boolean): boolean {
  if (roleFound) return false;
  return texts.some((text) => readWords(text).some((word) => word.kinds.includes('title')));
}
