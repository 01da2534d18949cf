/**
 * The passage that decides a yes/no question and its verdict. The best-ranked unit may share the question's names and
 * objects and still not tell the event asked («توسيع محمية … التي تعيش فيها الوعول» for "did the ibex numbers
 * shrink?"), while another paragraph of the same article does, or tells its opposite («تضاعفت أعداد الوعول»): that one
 * decides and is the one cited. A rank asked ("is this the first strike?") is decided likewise by the paragraph giving a
 * rank of the same thing, and so is a question asking whether it happened before ("its first major fire since 1998").
 * Without such a paragraph the best-ranked unit stays.
 */
import type { QueryTerm } from '../retrieval/query.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens, stemToken } from '../text/tokenize.js';
import type { Verdict } from '../types.js';
import type { Focus } from './candidates.js';
import { quoteOf, quoteTranslationOf } from './citations.js';
import type { Candidate } from './sentence-choice.js';
import { yesNoVerdict } from './verdict.js';
import { sameNounIn } from './verdict-counted.js';
import { isTurningWord } from './verdict-negation.js';
import { ordinalsOf } from './verdict-ordinals.js';
import { compareQuantities } from './verdict-quantities.js';
import { asksWhetherTold, saysWithheld } from './verdict-disclosure.js';
import { asksEarlier, earlierRanks } from './verdict-earlier.js';
import { tellsPredicate, yesNoPredicate } from './verdict-predicate.js';
import { tellsOfAnotherCountry } from './verdict-countries.js';

const viewsOf = (candidate: Candidate) => [quoteOf(candidate.hit.paragraph, candidate.unit.range), quoteTranslationOf(candidate.hit.paragraph, candidate.unit.range) ?? ''];

/** Among `ranked` (best first), the unit that decides the question: the first of the leader's article giving its rank or telling its predicate. */
export function decidingCandidate<T extends Candidate>(ranked: readonly T[], question: string, terms: readonly QueryTerm[], focus: Pick<Focus, 'names' | 'predicate'>): T {
  const leader = ranked[0]!;
  const cued = cuedCandidate(ranked, question, terms, focus);
  if (cued) return cued;
  const predicate = yesNoPredicate(question, focus.predicate, focus.names);
  if (!predicate) return leader;
  const questionTokens = rawTokens(normalizeText(question));
  const sameArticle = (candidate: T) => candidate.hit.article.meta.id === leader.hit.article.meta.id;
  const tells = (candidate: T) => tellsPredicate(viewsOf(candidate).flatMap((view) => rawTokens(normalizeText(view))), predicate, terms, questionTokens, focus.names);
  if (tells(leader)) return leader;
  return ranked.find((candidate) => sameArticle(candidate) && tells(candidate)) ?? leader;
}

/**
 * The unit a marked question finds by its mark, or null: a rank asked, whether it was told, whether it happened before.
 * These marks are read in the passage as words (ordinals, «لم يعلن», "its first … since"), so the one found is the
 * passage the answer rests on, and is listed first (extractive.ts).
 */
export function cuedCandidate<T extends Candidate>(ranked: readonly T[], question: string, terms: readonly QueryTerm[], focus: Pick<Focus, 'names'>): T | null {
  const leader = ranked[0]!;
  const sameArticle = (candidate: T) => candidate.hit.article.meta.id === leader.hit.article.meta.id;
  // "Is this the first strike at the port?": the paragraph giving a rank of what the question ranks («ليس هذا الإضراب الأول»).
  const ranks = ordinalsOf(question);
  const ranksIt = (candidate: T) => compareQuantities(ranks, viewsOf(candidate).flatMap(ordinalsOf), sameNounIn(terms)) !== 'absent';
  if (ranks.length > 0 && !ranksIt(leader)) {
    const ranking = ranked.find((candidate) => sameArticle(candidate) && ranksIt(candidate));
    if (ranking) return ranking;
  }
  // "Do we know when the payments go out?": the paragraph of the leader's article saying it was not told («لم يعلن…»).
  if (asksWhetherTold(question) && !saysWithheld(viewsOf(leader))) {
    const withholding = ranked.find((candidate) => sameArticle(candidate) && saysWithheld(viewsOf(candidate)));
    if (withholding) return withholding;
  }
  // "Has the refinery had a major fire before?": the paragraph ranking what is asked ("its first major fire since 1998").
  if (asksEarlier(question)) {
    const words = new Set([...terms.filter((term) => !term.borrowed).map((term) => term.term), ...focus.names]);
    const ranksAsked = (candidate: T) => earlierRanks(viewsOf(candidate), (token) => words.has(stemToken(token))).length > 0;
    const ranking = ranksAsked(leader) ? leader : ranked.find((candidate) => sameArticle(candidate) && ranksAsked(candidate));
    if (ranking) return ranking;
  }
  return null;
}

/**
 * The verdict the deciding unit gives. `readable`: the unit reads in the question's language (its own or a translation).
 */
export function verdictOf(candidate: Candidate, question: string, terms: QueryTerm[], focus: Focus, readable: boolean, articleCodes: ReadonlySet<string>): Verdict {
  // A name or a thing the articles never mention cannot be confirmed or denied by a passage about something else. Across
  // scripts a name the corpus seems to lack is often only spelled otherwise ("Oran" over «وهران», "Aleppo" over «حلب»):
  // the passage decides, as the answerability model reads such a name (answerability.ts, absentNameReadable).
  if ((readable && focus.absentNames.size > 0) || focus.yesNoUncovered.some((word) => !isTurningWord(word))) return 'not_said';
  const { article } = candidate.hit;
  const verdict = yesNoVerdict(viewsOf(candidate), terms, focus, question, `${article.meta.title} ${article.translation?.title ?? ''}`);
  // `articleCodes`: the countries the article names anywhere; a question about one it never names, over a passage telling of another's people, is not answered yes (verdict-countries.ts).
  return verdict === 'yes' && tellsOfAnotherCountry(focus.questionWords, viewsOf(candidate), articleCodes) ? 'not_said' : verdict;
}
