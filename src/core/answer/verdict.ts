/**
 * Yes/no answers: the unit that answers a yes/no question says yes when it
 * contains most of what the question asks about, no when a negation stands
 * right before it («لا تنوي الحكومة…», "the absence of any delay"), when it says
 * the opposite ("approved" for "rejected?") or gives another number than the
 * question's or another rank («للعام الرابع» for «الخامس»), and neither when it
 * only shares the question's names or a word or two of it, does not give the
 * number asked ("the article does not say"), and no ("not yet") when it says the
 * matter is still pending («قيد الدرس»), sought or planned without telling the event
 * asked (open for a question about what will be): a
 * confident "Yes." over a passage about something near the question is the
 * error users trust least. A question asking whether someone refused, denied
 * or failed («هل رفضت الحكومة التدخل؟») is answered yes by a passage that says
 * they did not do it. Negation words: knowledge/language/negation.tsv.
 */
import type { QueryTerm } from '../retrieval/query.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { Verdict } from '../types.js';
import { asksAboutFuture } from '../question/future-tense.js';
import { byCheckedValues, checkedStems } from './checked-words.js';
import { byQuantities, otherNounIn, sameNounIn } from './verdict-counted.js';
import { negationWords } from './verdict-negation.js';
import { isMeasureWord } from './verdict-measures.js';
import { agreeingTokens, opposedTokens } from './verdict-opposites.js';
import { byEarlier } from './verdict-earlier.js';
import { byRestriction } from './verdict-restrictions.js';
import { byOrdinalRank } from './verdict-superlatives.js';
import { byReference } from './verdict-references.js';
import { translatedRootReader } from './verdict-roots.js';
import { namePartGroups } from './verdict-name-parts.js';
import { saysPending, sentencesTelling, tellsPredicate, toldAsPlanned, toldAsSought, yesNoPredicate } from './verdict-predicate.js';
import { ordinalsOf } from './verdict-ordinals.js';
import { compareQuantities, quantitiesOf } from './verdict-quantities.js';
import { askedGroupsSaid } from './verdict-said.js';

/** What the question is about: `names` only say what it concerns; `predicate` (a term group) is the event it asks of, when the question reader found one. */
export interface YesNoFocus {
  names: ReadonlySet<string>;
  predicate?: string | null;
}

/**
 * `texts`: the unit in each language it can be read in. `asking.names`: groups that
 * only say what the question is about (a yes/no question asks about the rest);
 * `asking.predicate`: the reader's predicate of the question, if it read one (verdict-predicate.ts).
 * `headline`: the article's title, whose words the unit speaks under (they count as said, never as negated).
 */
export function yesNoVerdict(texts: string[], terms: QueryTerm[], asking: YesNoFocus, question = '', headline = ''): Verdict {
  const { names } = asking;
  const { words, verbs, exceptions } = negationWords();
  const questionTokens = rawTokens(normalizeText(question));
  const askedQuantities = quantitiesOf(question);
  // Numbers, ranks, shares and frequencies are checked as values below; a verb of refusal in the question turns the answer round.
  // So are the unit a number or bound of the question counts and its fraction ("more than a week" over «لليوم الثالث»,
  // «نص ساعة» over "twenty minutes": verdict-measures.ts).
  const units = askedQuantities.some((quantity) => quantity.measure) ? questionTokens.filter(isMeasureWord).map(stemToken) : [];
  const setAside = new Set([...questionTokens.filter((token) => verbs.has(token)).map(stemToken), ...checkedStems(questionTokens), ...units]);
  const refusing = questionTokens.some((token) => verbs.has(token));
  // "Black Sea Telecom" in the passage: "black" and "sea" of the question name the company, as "telecom" does.
  const nameParts = namePartGroups(texts, terms, names);
  const asked = new Map<string, string>(); // term → group
  for (const term of terms) if (!term.borrowed && !names.has(term.group) && !nameParts.has(term.group) && !setAside.has(term.group)) asked.set(term.term, term.group);
  if (asked.size === 0 && askedQuantities.length === 0) return 'not_said';
  const byRoot = translatedRootReader(terms, asked);
  // Each view's words, the phrases that hold a negation word but affirm («لا يزال») set aside.
  const views = texts.map((text) => rawTokens(exceptions.reduce((normalized, exception) => normalized.replaceAll(` ${exception} `, ' '), ` ${normalizeText(text)} `)));
  const passageTokens = views.flat();
  // The passage says "refused" too: the question's refusal is the passage's, not a negation of it.
  const passageRefuses = passageTokens.some((token) => verbs.has(token));
  // …and the answer is turned round at the end only when the passage does not say it too.
  const turned = refusing && !passageRefuses;
  const negationsHere = refusing && passageRefuses ? new Set([...words].filter((word) => !verbs.has(word))) : words;
  const { found, negated } = askedGroupsSaid(views, asked, byRoot, negationsHere);
  const groups = new Set(asked.values());
  const unturned = questionTokens.filter((token) => !verbs.has(token));
  const reach = TUNING.reading.oppositeReach;
  // A word of the question on a scale of opposites is said by a word on its pole beside what is asked ("up from" for «زاد»).
  for (const token of agreeingTokens(unturned, passageTokens, (word) => (asked.has(stemToken(word)) ? 1 : 0), reach)) if (asked.has(stemToken(token))) found.add(asked.get(stemToken(token))!);
  const underHeadline = new Set(rawTokens(normalizeText(headline)).map(stemToken).filter((stem) => asked.has(stem)).map((stem) => asked.get(stem)!));
  // A number the question gives is checked against the passage's (byQuantities) when the passage speaks of what the question
  // asks, the headline's words counting as said (every paragraph speaks under them): "above 20k lira?" over "a fee of 15,000 lira".
  const saidShare = askedQuantities.length > 0 ? new Set([...found, ...underHeadline]).size : found.size;
  // A passage sharing only the report's topic (words its headline holds) and not the rest of what is asked says nothing
  // of it: «هل انتهى الإضراب؟» over "The strike was called by the union…" under "Dock workers strike…". A number the
  // question gives is checked against the passage's instead (byQuantities below).
  const topicOnly = askedQuantities.length === 0 && found.size < groups.size && [...found].every((group) => underHeadline.has(group));
  let verdict: Verdict = negated ? 'no' : found.size > 0 && !topicOnly && saidShare >= TUNING.answer.yesCoverage * groups.size ? 'yes' : groups.size === 0 ? 'yes' : 'not_said';
  // The opposite answers only a passage about the very thing asked: "cut waiting times" does not say whether fares rose.
  // A name beside the opposite weighs less than a word asked: many sentences of the article share it ("train services
  // between Sylhet and Dhaka have been suspended" does not say the Sylhet airport closed).
  const aboutAsked = (token: string) => (asked.has(stemToken(token)) ? 1 : names.has(stemToken(token)) ? TUNING.reading.nameAnchorWeight : 0);
  const opposed = new Set(opposedTokens(unturned, passageTokens, aboutAsked, reach).map(stemToken));
  if (!negated && opposed.size > 0) {
    // It must say the rest of what is asked (the headline's words counting as said): all of it, or most of it when the
    // opposite stands right beside a word asked («يتوقع المسؤولون أن تنخفض الأسعار» answers «هل يتوقع المسؤولون أن ترتفع
    // أسعار الخبز؟»; "residents oppose the dam" answers "do residents support the river dam project?").
    const said = [...groups].filter((group) => found.has(group) || underHeadline.has(group) || opposed.has(group)).length;
    const besideAsked = () => opposedTokens(unturned, passageTokens, aboutAsked, reach, true).length > 0;
    verdict = said === groups.size || (said >= TUNING.answer.yesCoverage * groups.size && besideAsked()) ? 'no' : 'not_said';
  }
  const predicate = yesNoPredicate(question, asking.predicate, names);
  const tells = (tokens: readonly string[]) => predicate !== null && tellsPredicate(tokens, predicate, terms, questionTokens, names);
  // «طلبت الجمعية 48 ساعة … ووافقت الوزارة على 24 ساعة»: the sentences telling the predicate decide, when they give a value.
  if (verdict !== 'not_said' && askedQuantities.length > 0) {
    const telling = sentencesTelling(texts, tells);
    const byTelling = telling.length > 0 ? byQuantities(verdict, askedQuantities, telling, telling.flatMap((text) => rawTokens(normalizeText(text))), terms) : 'not_said';
    verdict = byTelling !== 'not_said' ? byTelling : byQuantities(verdict, askedQuantities, texts, passageTokens, terms);
  }
  // A share ("most of the buses") and a frequency ("daily") are checked as numbers are.
  // Who the question names declining to tell ("did not reply to requests for comment") answers "did they say anything?".
  // A superlative given another thing the question names («ثاني أكبر بنك» for "the biggest shareholder") ranks no one asked.
  verdict = byCheckedValues(verdict, question, texts, { isNamed: (token) => names.has(stemToken(token)), otherNoun: otherNounIn(terms) });
  // "Has the refinery had a major fire before?": the rank the passage gives it ("its first major fire") decides (verdict-earlier.ts).
  verdict = byEarlier(verdict, question, texts, (token) => aboutAsked(token) > 0);
  // "Can every rider get the grant?" over "limited to the first 10,000 applicants" (verdict-restrictions.ts).
  verdict = byRestriction(verdict, question, texts, (token) => aboutAsked(token) > 0);
  // Another rank of the same thing («للعام الرابع» for «للعام الخامس») answers no; a rank the passage does not give leaves the answer as it is.
  if (verdict === 'yes' && compareQuantities(ordinalsOf(question), texts.flatMap(ordinalsOf), sameNounIn(terms)) === 'differs') verdict = 'no';
  // "Is it the top university?" over «ثالث جامعة مصرية»: a first rank asked, another given the same noun (verdict-superlatives.ts).
  verdict = byOrdinalRank(verdict, question, texts, sameNounIn(terms));
  // "Above average?" over «42 في المئة فقط من المعدل»: the share of the reference decides (verdict-references.ts).
  verdict = byReference(verdict, question, texts);
  // A matter the passage says is still pending («قيد الدرس») is not done, unless the passage tells the very event asked.
  // A question about what is or was ("are sachets covered?", "has work begun?") is answered "no, not yet" by it; one about
  // what will be, or whether someone refused it, is left open.
  if (verdict === 'yes' && saysPending(texts, question)) {
    if (!predicate || !tellsPredicate(passageTokens, predicate, terms, questionTokens, names)) verdict = asksAboutFuture(question) || turned ? 'not_said' : 'no';
  }
  if (verdict === 'yes' && predicate && toldAsPlanned(texts, question, tells)) verdict = 'no';
  // What is only sought or called for is not so yet: the sentences telling the predicate, or else those naming what the
  // question is about («ويسعى المصدرون إلى دخول السوق الهندية» for «تنباع في الهند؟»), say so.
  const namesIt = (tokens: readonly string[]) => tokens.some((token) => (names.size > 0 ? names : new Set(asked.values())).has(stemToken(token)));
  if (verdict === 'yes' && !asksAboutFuture(question) && !turned && toldAsSought(texts, question, tells, namesIt)) verdict = 'no';
  if (turned && verdict !== 'not_said') verdict = verdict === 'yes' ? 'no' : 'yes';
  return verdict;
}
