/**
 * A question that offers a choice of degrees («الزيادة كبيرة ولا صغيرة؟», "was the effect fast or slow?") is often
 * answered by a degree it did not offer ("gradual", «زيادة معتدلة»): the other degrees of the offered
 * words' scale (knowledge/language/degree-scales.tsv) are sought too, in the offered word's term group, at a
 * lower credit. Only words beside «ولا»/«أو»/«أم»/"or" count as offered, so a question naming one degree
 * ("is it a big deal?") keeps its word.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { QueryTerm } from '../retrieval/query.js';

/** The words that join offered options (normalised): «ولا» in the dialects, «أو»/«أم» in MSA, "or". */
const CHOICE_WORDS = new Set(['ولا', 'او', 'ام', 'or']);

interface Scales {
  /** Normalised form → the scales it is a degree of (keyed by scale and script: degrees are sought in the word's language). */
  scalesOf: Map<string, string[]>;
  degreesOf: Map<string, string[]>;
}

let scales: Scales | undefined;

function loadScales(): Scales {
  if (scales) return scales;
  scales = { scalesOf: new Map(), degreesOf: new Map() };
  for (const [written, , scale] of languageTable('degree-scales.tsv')) {
    const form = normalizeText(written!);
    const key = `${scale}:${isArabicToken(form) ? 'ar' : 'en'}`;
    scales.scalesOf.set(form, [...(scales.scalesOf.get(form) ?? []), key]);
    scales.degreesOf.set(key, [...(scales.degreesOf.get(key) ?? []), form]);
  }
  return scales;
}

/** A token's scales, read also without the article («الكبرى»). */
function scalesOfToken(token: string): string[] {
  const { scalesOf } = loadScales();
  return scalesOf.get(token) ?? (token.startsWith('ال') ? scalesOf.get(token.slice(2)) : undefined) ?? [];
}

/** Searched terms for the other degrees of the scales a choice question offers; `inCorpus` keeps the ones the index has. */
export function otherDegreeTerms(question: string, inCorpus: (stem: string) => boolean): QueryTerm[] {
  const tokens = rawTokens(normalizeText(question));
  const offered = new Map<string, string>();
  tokens.forEach((token, position) => {
    if (!CHOICE_WORDS.has(token)) return;
    for (const option of [tokens[position - 1], tokens[position + 1]]) {
      for (const scale of option ? scalesOfToken(option) : []) if (!offered.has(scale)) offered.set(scale, option!);
    }
  });
  const terms: QueryTerm[] = [];
  const credit = TUNING.reading.otherDegreeCredit;
  const named = new Set(tokens.filter((token) => scalesOfToken(token).length > 0).map(stemToken));
  const groups = new Map<string, Set<string>>();
  for (const [scale, option] of offered) {
    const group = stemToken(option);
    const stems = groups.get(group) ?? new Set<string>();
    for (const degree of loadScales().degreesOf.get(scale)!) if (!named.has(stemToken(degree)) && inCorpus(stemToken(degree))) stems.add(stemToken(degree));
    groups.set(group, stems);
  }
  for (const [group, stems] of groups) for (const stem of stems) terms.push({ term: stem, weight: credit / stems.size, group, credit, paraphrase: true, degree: true });
  return terms;
}
