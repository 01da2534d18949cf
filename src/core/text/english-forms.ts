/**
 * English word forms to the key they are indexed and matched under. A suffix cutter alone cannot tell "voted"
 * (vote) from "stopped" (stop), "used" (use) from "us", or "speed" (a word) from "speeds" (speed + s). A table
 * compiled from WordNet's lemmas and SCOWL's word forms (knowledge/language/english-forms.tsv,
 * scripts/build-english-forms.ts) gives the key of every common form the cutter alone would key apart from its
 * lemma; any other word (names, rare words, irregular forms such as "began") is cut by suffix.
 */
import { readWordTable } from './word-lists.js';

let keysByForm: Map<string, string> | undefined;

/** The table's form → key, read once (the first row of a form wins). */
function formKeys(): Map<string, string> {
  if (keysByForm) return keysByForm;
  keysByForm = new Map();
  for (const [form, key] of readWordTable('english-forms.tsv')) if (form && key && !keysByForm.has(form)) keysByForm.set(form, key);
  return keysByForm;
}

/** Plural -s, -es, -ies, past -ed, -ied and -ing cut off by spelling alone, doubling undone (stopped → stop). */
export function cutEnglishSuffixes(token: string): string {
  let word = token;
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:ches|shes|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ied') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ed') && word.length > 4) word = word.slice(0, -2);
  else if (word.endsWith('ing') && word.length > 5) word = word.slice(0, -3);
  else return word;
  if (/([b-df-hj-np-tv-z])\1$/.test(word) && !/(ll|ss|zz)$/.test(word)) word = word.slice(0, -1);
  return word;
}

/** The key of an English word: its lemma's (voted, voting, votes → vote; news stays news). */
export function stemEnglish(token: string): string {
  return formKeys().get(token) ?? cutEnglishSuffixes(token);
}
