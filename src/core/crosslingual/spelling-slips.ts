/**
 * An English question word the lexicon does not know may be a slip of the
 * keyboard ("defnese", "tackels"): its neighbours one edit away (a letter
 * dropped, doubled, swapped with the next or replaced) that the lexicon does
 * know are what the user most likely meant. Enumerating the edits and looking
 * each up in the lexicon's set of single-word headwords (Lexicon.hasWord) costs
 * far less than scanning the headwords for near spellings.
 */
import type { Lexicon } from './lexicon.js';
import type { SenseChoice } from './sense-choice.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every distinct lower-case a–z form one edit from `word` (Damerau: deletion, transposition, substitution, insertion). */
export function oneEditForms(word: string): string[] {
  const forms = new Set<string>();
  for (let position = 0; position <= word.length; position += 1) {
    const head = word.slice(0, position);
    const tail = word.slice(position);
    if (tail.length > 0) forms.add(head + tail.slice(1));
    if (tail.length > 1) forms.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail.length > 0 && letter !== tail[0]) forms.add(head + letter + tail.slice(1));
      forms.add(head + letter + tail);
    }
  }
  forms.delete(word);
  return [...forms];
}

/** Whether `word` is two known words written together, each of at least two letters. */
function isCompound(word: string, isKnown: (part: string) => boolean): boolean {
  for (let split = 2; split <= word.length - 2; split += 1) {
    if (isKnown(word.slice(0, split)) && isKnown(word.slice(split))) return true;
  }
  return false;
}

/**
 * Whether `word` is a known word with an English ending the lemma rules leave alone (they keep three letters:
 * "going" → "go", "ties" → "tie"): an inflection, not a slip.
 */
function isInflectionOfKnown(word: string, isKnown: (form: string) => boolean): boolean {
  const match = /^(.{2,}?)(ing|ed|es|s|er|ly)$/.exec(word);
  if (!match) return false;
  const stem = match[1]!;
  return isKnown(stem) || isKnown(`${stem}e`);
}

/**
 * The corrections of a word the lexicon does not know: up to two known words one edit away whose senses the
 * corpus holds (`keep` chooses them), the one with most such senses first. None for a compound of known words
 * ("onboard") or an inflection the lemma rules miss ("going"): those are words, not slips.
 */
export function slipCorrections(word: string, lexicon: Lexicon, keep: (senses: readonly string[]) => SenseChoice[]): SenseChoice[][] {
  const isKnown = (form: string) => lexicon.hasWord(form);
  if (isCompound(word, isKnown) || isInflectionOfKnown(word, isKnown)) return [];
  return oneEditForms(word)
    .filter(isKnown)
    .map((form) => keep(lexicon.senses(form) ?? []))
    .filter((senses) => senses.length > 0)
    .sort((left, right) => right.length - left.length)
    .slice(0, 2);
}
