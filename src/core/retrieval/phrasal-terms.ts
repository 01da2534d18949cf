/**
 * A question's phrasal verbs ("go back", "kick in": text/phrasal-verbs.ts) read as the one-word verb of their usual
 * sense ("return", "start"): searched in English where the corpus writes it, and through its translation where the
 * question is read across languages, both in the verb's term group, as the word the user meant. The particle is no
 * word of its own: "back" after "hand" is not the «خلف» of "behind".
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import { phrasalVerbs } from '../text/phrasal-verbs.js';
import { rawTokens, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import { crossLingualQuery } from './crosslingual-terms.js';
import type { QueryTerm } from './query.js';

export interface PhrasalTerms {
  terms: QueryTerm[];
  /** The term groups of the particles read with their verb: not searched, not evidence. */
  particles: Set<string>;
}

export function phrasalVerbTerms(index: ParagraphIndex, question: string, lang: Language): PhrasalTerms {
  const found = lang === 'en' ? phrasalVerbs(rawTokens(normalizeText(question))) : [];
  const terms: QueryTerm[] = [];
  const particles = new Set<string>();
  const credit = TUNING.paraphrase.phrasalCredit;
  for (const { verb, particle, meaning } of found) {
    const group = stemToken(verb);
    const stem = stemToken(meaning);
    particles.add(stemToken(particle));
    if (stem !== group && index.keyword.documentFrequency(stem) > 0) terms.push({ term: stem, weight: credit, group, credit, paraphrase: true, standard: true });
    for (const rendered of crossLingualQuery(index, meaning, lang).terms) terms.push({ ...rendered, group });
  }
  return { terms, particles };
}
