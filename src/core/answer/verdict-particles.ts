/**
 * A particle as the predicate of an English yes/no question: "is the strike over?", "was the match called off?", "is
 * the strike still on?". The particle is a stop word, so what is left to find is the subject, and a passage that only
 * names the strike ("The strike was called by the union…") would answer "yes". The passage must tell the particle's
 * sense in a sentence naming what the question asks about: the particle itself after a form of "be" or a verb ("the
 * strike is over", "was called off"), or a word of its sense ("ended" for "over"); a word of the opposite sense there
 * ("the strike continued") answers "no"; neither leaves the question open. Particles, their senses and the words
 * telling them: knowledge/language/particle-predicates.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens } from '../text/tokenize.js';
import type { Verdict } from '../types.js';
import { sentencesTelling } from './verdict-predicate.js';

interface Table {
  particles: Map<string, string>;
  /** Sense → the forms telling it (padded with spaces, read as phrases). */
  words: Map<string, string[]>;
  /** Sense → the senses opposite it. */
  opposites: Map<string, string[]>;
  fillers: Set<string>;
}
let table: Table | undefined;

function tables(): Table {
  if (table) return table;
  table = { particles: new Map(), words: new Map(), opposites: new Map(), fillers: new Set() };
  for (const [written, , kind, sense] of languageTable('particle-predicates.tsv')) {
    const form = rawTokens(normalizeText(written!)).join(' ');
    if (kind === 'particle') table.particles.set(form, sense!);
    else if (kind === 'word') table.words.set(sense!, [...(table.words.get(sense!) ?? []), ` ${form} `]);
    else if (kind === 'opposite') for (const [one, other] of [[form, sense!], [sense!, form]] as const) table.opposites.set(one, [...(table.opposites.get(one) ?? []), other]);
    else if (kind === 'filler') table.fillers.add(form);
  }
  return table;
}

/** The questions a particle ends as predicate open on a form of "be", "have" or "will" ("is the strike over?", "has the match been called off?"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will']);
/** Before a particle telling a state: a form of "be" or an adverb of time ("is over", "is now over", "is still on"). */
const BEFORE_STATE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'now', 'still', 'already', 'finally', 'officially']);

/** The particle an English yes/no question ends on as its predicate, read past its fillers, or null. */
export function particlePredicate(question: string): string | null {
  const { particles, fillers } = tables();
  const tokens = rawTokens(normalizeText(question));
  if (tokens.some(isArabicToken) || !AUXILIARIES.has(tokens[0] ?? '')) return null;
  let end = tokens.length;
  while (end > 2 && fillers.has(tokens[end - 1]!)) end -= 1;
  const last = tokens[end - 1];
  return end > 2 && last !== undefined && particles.has(last) ? last : null;
}

/**
 * Whether a sentence tells `sense`: a word of the sense ("ended", "called off"), or the particle as a state closing a
 * clause after a form of "be" ("the strike is over, the union said"); a particle before more words is a preposition
 * ("walked off the job", "the match is on Saturday").
 */
function tellsSense(sentence: string, sense: string, particle: string | null): boolean {
  const said = ` ${rawTokens(normalizeText(sentence)).join(' ')} `;
  if ((tables().words.get(sense) ?? []).some((form) => said.includes(form))) return true;
  if (particle === null) return false;
  // A clause ends at a comma: "the strike is over, the union said" keeps "over" last in its clause.
  return sentence.split(/[,;:،]/).some((clause) => {
    const tokens = rawTokens(normalizeText(clause));
    return tokens.length > 1 && tokens.at(-1) === particle && BEFORE_STATE.has(tokens.at(-2)!);
  });
}

/**
 * The verdict once a question's particle predicate is checked against the sentences of `texts` naming what it asks
 * about (`names`: whether a token is one of the question's words or names). Only a "yes" is checked.
 */
export function byParticle(verdict: Verdict, question: string, texts: readonly string[], names: (token: string) => boolean): Verdict {
  if (verdict !== 'yes') return verdict;
  const particle = particlePredicate(question);
  if (particle === null) return verdict;
  const { particles, opposites } = tables();
  const sense = particles.get(particle)!;
  const particleOf = (other: string) => [...particles].find(([, its]) => its === other)?.[0] ?? null;
  const naming = sentencesTelling(texts, (tokens) => tokens.some(names));
  const told = naming.some((sentence) => tellsSense(sentence, sense, particle));
  const denied = (opposites.get(sense) ?? []).some((opposite) => naming.some((sentence) => tellsSense(sentence, opposite, particleOf(opposite))));
  return told && !denied ? 'yes' : denied && !told ? 'no' : 'not_said';
}
