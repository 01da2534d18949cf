/**
 * Yes/no answers: the unit that answers a yes/no question says yes when it
 * contains most of what the question asks about, no when a negation stands
 * right before it («لا تنوي الحكومة…», "the absence of any delay"), and
 * neither when it only shares the question's names or a word or two of it ("the
 * article does not say"): a confident "Yes." over a passage about something
 * near the question is the error users trust least.
 * Negation words: knowledge/language/negation.tsv.
 */
import type { QueryTerm } from '../retrieval/query.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isStopWord, rawTokens, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { Verdict } from '../types.js';

let negations: { words: Set<string>; exceptions: string[] } | undefined;

function negationWords() {
  if (!negations) {
    negations = { words: new Set(), exceptions: [] };
    for (const [form, , kind] of languageTable('negation.tsv')) {
      const normalized = normalizeText(form!);
      if (kind === 'not_negation') negations.exceptions.push(normalized);
      else if (!normalized.includes(' ')) negations.words.add(normalized);
    }
  }
  return negations;
}

/**
 * `texts`: the unit in each language it can be read in. `names`: groups that
 * only say what the question is about (a yes/no question asks about the rest).
 */
export function yesNoVerdict(texts: string[], terms: QueryTerm[], names: ReadonlySet<string>): Verdict {
  const { words, exceptions } = negationWords();
  const asked = new Map<string, string>(); // term → group
  for (const term of terms) if (!term.borrowed && !names.has(term.group)) asked.set(term.term, term.group);
  if (asked.size === 0) return 'not_said';
  const found = new Set<string>();
  for (const text of texts) {
    let normalized = ` ${normalizeText(text)} `;
    for (const exception of exceptions) normalized = normalized.replaceAll(` ${exception} `, ' ');
    const tokens = rawTokens(normalized);
    for (let position = 0; position < tokens.length; position += 1) {
      const token = tokens[position]!;
      if (isStopWord(token) && !words.has(token)) continue;
      if (!asked.has(stemToken(token))) continue;
      found.add(asked.get(stemToken(token))!);
      const before = tokens.slice(Math.max(0, position - TUNING.reading.negationReach), position);
      if (before.some((word) => words.has(word) || (/^[وف]/.test(word) && words.has(word.slice(1))))) return 'no';
    }
  }
  const groups = new Set(asked.values()).size;
  return found.size > 0 && found.size >= TUNING.answer.yesCoverage * groups ? 'yes' : 'not_said';
}
