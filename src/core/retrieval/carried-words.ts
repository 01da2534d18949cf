/**
 * Names a paragraph carries from the one before it. A press article names its
 * speaker once and goes on without the name: «وأضاف “…”», «مضيفا أنه…»,
 * «وفي هذا الصدد أوضح: “…”», "He added…". Scored alone, such a paragraph loses
 * to the one before it, which names whom the question names but does not answer.
 *
 * Only a paragraph that opens on the one before (reported speech with no
 * speaker named, as speech.ts reads it, a first word that points back, as
 * units.ts reads a sentence, or a quotation speaking of someone by pronoun,
 * pronoun-reference.ts) and in the same section carries anything; what it
 * carries is the question's names (analyse-question.ts) that the paragraph before
 * holds and it lacks, as a share of the question's weight; and all the question's
 * words that one holds when this paragraph tells the question's event (its predicate,
 * question-predicate.ts) and that one only sets the scene. The re-ranker counts
 * that share at a weight (tuning.ts). The paragraph before is read from its
 * keyword rows (a cached stem set), not from its text.
 */
import { opensOnPrevious } from '../answer/sentence-links.js';
import { titleTerms } from './article-titles.js';
import { TUNING } from '../tuning.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { opensWithUnnamedSpeech } from '../summary/speech.js';
import { quotesOnPrevious } from './pronoun-reference.js';
import type { ArticleHead, Paragraph, ParagraphHead } from '../types.js';
import { groupPresence, keptTerms, type GroupWeight } from './evidence.js';
import type { QueryTerm } from './query.js';

interface Carried {
  /** The question's word groups as this paragraph holds them. */
  own: Map<string, GroupWeight>;
  /** The question's name groups as the paragraph before holds them. */
  before: Map<string, GroupWeight>;
}

/**
 * Whether a paragraph opens on the one before, kept per paragraph of the index (a property of its text, not of the
 * question): retrieval asks it of every leading candidate of every question, and it reads the opening words and
 * the speech patterns.
 */
const opensOnBefore = new WeakMap<ParagraphHead, boolean>();
function opensOnThePrevious(head: ParagraphHead, paragraph: Paragraph): boolean {
  let opens = opensOnBefore.get(head);
  if (opens === undefined) {
    opens = opensOnPrevious(paragraph) || opensWithUnnamedSpeech(paragraph) || quotesOnPrevious(paragraph);
    opensOnBefore.set(head, opens);
  }
  return opens;
}

/** What the paragraph and the one before it hold of the question, or null when it does not open on that one. */
function carriedFrom(index: ParagraphIndex, terms: QueryTerm[], names: ReadonlySet<string> | null, article: ArticleHead, paragraph: Paragraph): Carried | null {
  const previous = article.paragraphs[paragraph.number - 2];
  if (!previous || previous.section !== paragraph.section || names?.size === 0) return null;
  if (!opensOnThePrevious(article.paragraphs[paragraph.number - 1]!, paragraph)) return null;
  const keyword = index.keyword;
  const inStems = (stems: Set<number>) => (term: string) => stems.has(keyword.termId(term));
  const ownWordsOnly = article.translation !== null;
  return {
    own: groupPresence(index, terms, inStems(index.paragraphStemIds(paragraph)), ownWordsOnly),
    before: groupPresence(index, names ? keptTerms(terms, names, (term) => names.has(term.group)) : terms, inStems(index.paragraphStemIds(previous)), ownWordsOnly),
  };
}

/** The idf-weighted share (0..1) of the question's words that are names the paragraph takes from the one before it. */
export function carriedNames(index: ParagraphIndex, terms: QueryTerm[], names: ReadonlySet<string>, article: ArticleHead, paragraph: Paragraph): number {
  return carriedShare(carriedFrom(index, terms, names, article, paragraph));
}

/**
 * The share of the question's words a paragraph takes from the one it opens on when it tells the question's event (its
 * predicate) and that one does not: the one before sets the scene, this one says what happened in it.
 */
export function carriedScene(index: ParagraphIndex, terms: QueryTerm[], predicate: string, article: ArticleHead, paragraph: Paragraph): number {
  const carried = carriedFrom(index, terms, null, article, paragraph);
  if (!carried || !(carried.own.get(predicate)?.found) || carried.before.get(predicate)?.found) return 0;
  return carriedShare(carried);
}

export function carriedShare(carried: Carried | null): number {
  if (!carried) return 0;
  let total = 0;
  for (const group of carried.own.values()) total += group.weight;
  let gained = 0;
  for (const [key, group] of carried.before) gained += group.weight * Math.max(0, group.found - (carried.own.get(key)?.found ?? 0));
  return total > 0 ? gained / total : 0;
}

/** The question's name groups the paragraph leaves unsaid because the paragraph it opens on says them. */
export function carriedNameGroups(index: ParagraphIndex, terms: QueryTerm[], names: ReadonlySet<string>, article: ArticleHead, paragraph: Paragraph): Set<string> {
  const carried = carriedFrom(index, terms, names, article, paragraph);
  const groups = new Set<string>();
  if (carried) for (const [key, group] of carried.before) if (group.found > 0 && (carried.own.get(key)?.found ?? 0) === 0) groups.add(key);
  return groups;
}

/** How many of an article's paragraphs hold a term, kept per article (a property of the text, not of the question). */
const paragraphCounts = new WeakMap<ArticleHead, Map<string, number>>();
export function paragraphsHolding(index: ParagraphIndex, article: ArticleHead, term: string): number {
  let counts = paragraphCounts.get(article);
  if (!counts) paragraphCounts.set(article, (counts = new Map()));
  let count = counts.get(term);
  if (count === undefined) {
    const id = index.keyword.termId(term);
    count = article.paragraphs.filter((paragraph) => index.paragraphStemIds(paragraph).has(id)).length;
    counts.set(term, count);
  }
  return count;
}

/**
 * The idf-weighted share (0..1) of the question's words that are names the article's headline holds and the paragraph
 * leaves unsaid: a report names its subject in the headline and the lead, and goes on about it without the name («وبلغت
 * تكلفتها…» under «افتتاح محطة تحلية جديدة في صحار»), so every paragraph under the headline is about it. Not a name the
 * article repeats in many of its paragraphs (topicShare, as answerability.ts reads a topic): an interview or an
 * encyclopaedia entry says its subject where it speaks of it, and a paragraph without it speaks of something else.
 */
export function titleNames(index: ParagraphIndex, terms: QueryTerm[], names: ReadonlySet<string>, article: ArticleHead, paragraph: ParagraphHead): number {
  if (names.size === 0) return 0;
  const keyword = index.keyword;
  const stems = index.paragraphStemIds(paragraph);
  const title = titleTerms(article);
  const ownWordsOnly = article.translation !== null;
  const seldomSaid = (term: string) => paragraphsHolding(index, article, term) < TUNING.answer.topicShare * article.paragraphs.length;
  const own = groupPresence(index, terms, (term) => stems.has(keyword.termId(term)), ownWordsOnly);
  const headline = groupPresence(index, keptTerms(terms, names, (term) => names.has(term.group)), (term) => title.has(term) && seldomSaid(term), ownWordsOnly);
  return carriedShare({ own, before: headline });
}
