/**
 * Whether a passage counts what a "how many" question counts. "How many jobs did the railway create?" over a
 * report that gives the line's length and its fare, «كم صوت جابت المرشحة؟» over one that says she won her seat: a
 * paragraph of a report that never names the counted thing, in any of its forms (its stem, root or consonants, a
 * paraphrase or rendering the question's reading found: counted.ts), gives some other count. The unit's own word is
 * read by the model (countedMissing); the whole report lacking it is a rule (answer-confidence.ts).
 *
 * A general count ("how many people", «كم واحد», «كم مرة»: general-counts.tsv) is told under other nouns ("1,900
 * residents", «11 شخصا», "twice"), so its absence says nothing; so is a measure («كم عمر…», answered in years).
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { paragraphStems } from '../retrieval/evidence.js';
import { titleTerms } from '../retrieval/article-titles.js';
import type { QueryTerm } from '../retrieval/query.js';
import type { RetrievedParagraph } from '../retrieval/retriever.js';
import { languageMap } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens, stemToken } from '../text/tokenize.js';
import { countedRenderings, countedWord } from './counted.js';
import { viewsOf } from './normalized-paragraph.js';
import { measureOf } from './verdict-measures.js';
import { isNumberToken } from '../text/number-words.js';
import { isPastOfKnownVerb, isPresentOfKnownVerb } from '../question/present-verbs.js';

/** The shortest English word read as the last part of a compound ("boat" in "speedboats"; not "car" in "scar"). */
const COMPOUND_PART = 4;

let general: ReadonlySet<string> | undefined;

function isGeneralCount(counted: string): boolean {
  general ??= new Set([...languageMap('general-counts.tsv', 0).keys()].flatMap((word) => [word, stemToken(word)]));
  return general.has(counted) || general.has(stemToken(counted));
}

/** The question counts a particular kind of thing that neither the paragraph nor its article names. */
export function countedUnnamed(index: ParagraphIndex, counted: string | null, terms: QueryTerm[], hit: Pick<RetrievedParagraph, 'article' | 'paragraph'>): boolean {
  // A unit of measure ("how many tons", «كم سنة») is written in its multiples and other words ("1.5 gigatons", «عاما»):
  // the model reads the unit's own word (counted.ts).
  // Nor is a number ("how many 2015 season interceptions") or a verb the reader took for the counted noun («كم ارتفعت
  // النسبة»: how much it rose).
  if (counted === null || isGeneralCount(counted) || measureOf(counted) !== undefined || isNumberToken(counted)) return false;
  if (isArabicToken(counted) && (isPastOfKnownVerb(counted) || isPresentOfKnownVerb(counted))) return false;
  const group = stemToken(counted);
  // Read in the whole report: a paragraph may count what another of the same report names ("380,000 enrolled" after
  // "the pupils"); a report that never names it counts something else.
  const title = titleTerms(hit.article);
  const held = (has: (term: string) => boolean) => terms.some((term) => term.group === group && !term.borrowed && (has(term.term) || title.has(term.term)));
  if (hit.article.paragraphs.some((paragraph) => held(paragraphStems(index, paragraph)))) return false;
  const named = countedWord(counted, countedRenderings(counted, terms));
  // An English compound names its last part: "40 speedboats" counts boats.
  const matches = isArabicToken(counted) || group.length < COMPOUND_PART ? named : (token: string) => named(token) || stemToken(token).endsWith(group);
  const headline = normalizeText(`${hit.article.meta.title} ${hit.article.translation?.title ?? ''}`);
  return !rawTokens(viewsOf(hit.paragraph)).some(matches) && !rawTokens(headline).some(matches);
}
