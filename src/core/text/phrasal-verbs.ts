/**
 * English phrasal verbs ("go back", "kick in", "hand over") and the one-word verb of their usual sense ("return",
 * "start", "transfer"): knowledge/language/phrasal-verbs.tsv. The verb is matched by its index key, so any inflection
 * of it ("handed back", "going back") is the phrasal verb too.
 */
import { languageTable } from './language-data.js';
import { normalizeText } from './normalize.js';
import { stemToken } from './tokenize.js';

export interface PhrasalVerb {
  /** The verb as the question writes it ("handed"). */
  verb: string;
  /** Its particle ("back"). */
  particle: string;
  /** The one-word verb of the pair's usual sense ("return"). */
  meaning: string;
}

let meanings: Map<string, string> | undefined;

function readMeanings(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [phrase, meaning] of languageTable('phrasal-verbs.tsv')) {
    const [verb, particle] = normalizeText(phrase ?? '').split(' ');
    if (verb && particle && meaning) table.set(`${stemToken(verb)} ${particle}`, normalizeText(meaning));
  }
  return table;
}

/** The phrasal verbs of a question's normalised tokens: a verb followed by its particle, at most one word between ("hand them back", "go straight back"). */
export function phrasalVerbs(tokens: readonly string[]): PhrasalVerb[] {
  meanings ??= readMeanings();
  const found: PhrasalVerb[] = [];
  tokens.forEach((verb, position) => {
    for (const particle of tokens.slice(position + 1, position + 3)) {
      const meaning = meanings!.get(`${stemToken(verb)} ${particle}`);
      if (meaning) return void found.push({ verb, particle, meaning });
    }
  });
  return found;
}
