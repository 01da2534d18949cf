/**
 * English chat shorthand written out ("hrs": hours, "abt": about): knowledge/language/shorthand-en.tsv.
 * Read by the question's reading (cue words, counted nouns, what is no name), by paraphrase search and by the
 * translation of an English question (shorthand the lexicon lacks is translated written out).
 */
import { languageMap } from './language-data.js';

let shorthand: Map<string, string> | undefined;

/** The word a normalised token stands for when it is shorthand; undefined otherwise. */
export function writtenOut(token: string): string | undefined {
  shorthand ??= languageMap('shorthand-en.tsv');
  return shorthand.get(token);
}
