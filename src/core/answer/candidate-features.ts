/**
 * The features the answerability model reads from the best candidate (answerability.ts): whether it holds the
 * question's names and multi-word phrases, in a language the reader reads, with a value of the kind asked. Apart
 * from answer-confidence.ts, which weighs them and holds the rules that refuse before the model.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { QueryTerm } from '../retrieval/query.js';
import type { RetrievedParagraph } from '../retrieval/retriever.js';
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import { isNumberToken } from '../text/number-words.js';
import { countryCodes } from '../text/country-forms.js';
import { stemToken } from '../text/tokenize.js';
import { isDictionaryWord } from '../crosslingual/lexicon.js';
import type { AnswerType } from '../types.js';
import { answerabilityFeatures } from './answerability.js';
import type { AnswerabilityFeatures } from './answerability-model.js';
import { checkedStems } from './checked-words.js';
import { viewsOf } from './normalized-paragraph.js';
import type { Candidate } from './sentence-choice.js';

/** Whether the paragraph can be read in `lang`: its own language, or its translation (always the other one). */
export function readableIn(hit: Pick<RetrievedParagraph, 'article' | 'paragraph'>, lang: Language): boolean {
  return hit.article.meta.language === lang || hit.paragraph.translation !== null;
}


/** The features of the best candidate, for the answerability model and its fitting. */
export interface Focus {
  names: ReadonlySet<string>;
  absentNames: ReadonlySet<string>;
  /** A value question about something no article mentions: the terms of the rest of its focus (question/uncovered-focus.ts), or null. */
  uncoveredFocus: readonly string[] | null;
  /** The words of a question's topic no article mentions, when they are no fewer than those they hold (question/uncovered-topic.ts), or null. */
  uncoveredTopic: readonly string[] | null;
  /** A yes/no question's focus words no article uses (question/uncovered-focus.ts). */
  yesNoUncovered: readonly string[];
  pairs: readonly string[];
  /** The question's normalised tokens. */
  questionWords: ReadonlySet<string>;
  /** The term group of the question's predicate (question/question-predicate.ts), or null. */
  predicate: string | null;
  /** A name-like word right after the predicate that the corpus never uses (question/analyse-question.ts), or null. */
  unknownSubject: string | null;
  /** The question asks for the asker's own how-to or a recommendation (question/advice-question.ts). */
  asksAdvice: boolean;
  /** The question asks the bot itself (question/outside-reports.ts). */
  asksBot: boolean;
  /** The common word whose meaning the question asks (question/outside-reports.ts), else null. */
  meaningAsked: readonly string[] | null;
  /** The question's words of a judgement of taste (question/outside-reports.ts). */
  tasteWords: readonly string[];
  /** The question asks the weather now or the time of day (question/live-question.ts). */
  asksLiveFact: boolean;
  /** The question's words named with a rank ("the third line": question/ranked-nouns.ts), by stem. */
  rankedNouns: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * The question's word pairs that the retrieved paragraphs write as a phrase
 * (a multi-word name: «البنك الدولي», "World Bank"): each must be in the
 * paragraph that answers, unless the article's title holds it.
 */
export function phrasesOf(focus: Focus, retrieved: RetrievedParagraph[]): string[] {
  return focus.pairs.filter((pair) => retrieved.some((hit) => viewsOf(hit.paragraph).includes(` ${pair} `)));
}

function lacksPhrase(phrases: string[], hit: RetrievedParagraph): boolean {
  const title = ` ${normalizeText(hit.article.meta.title)} ${hit.article.translation ? normalizeText(hit.article.translation.title) : ''} `;
  return phrases.some((phrase) => !viewsOf(hit.paragraph).includes(` ${phrase} `) && !title.includes(` ${phrase} `));
}

function withoutChecked(terms: QueryTerm[], questionWords: ReadonlySet<string>): QueryTerm[] {
  const checked = checkedStems(questionWords);
  return terms.filter((term) => !isNumberToken(term.group) && !checked.has(term.group));
}

export function candidateFeatures(index: ParagraphIndex, terms: QueryTerm[], focus: Focus, type: AnswerType, lang: Language, candidate: Candidate, phrases: string[]): AnswerabilityFeatures {
  const features = answerabilityFeatures({
    phraseMissing: lacksPhrase(phrases, candidate.hit),
    index,
    // A yes/no question's number, share or frequency is not evidence a passage must hold: another one answers it "no"
    // (verdict.ts, verdict-shares.ts, verdict-frequency.ts).
    terms: type === 'yes_no' ? withoutChecked(terms, focus.questionWords) : terms,
    names: focus.names,
    absentNames: focus.absentNames,
    paragraph: candidate.hit.paragraph,
    article: candidate.hit.article,
    readable: readableIn(candidate.hit, lang),
    similarity: candidate.hit.similarity,
    unitCoverage: candidate.unit.coverage,
    typeMissing: !candidate.unit.typed && !UNMARKED_TYPES.has(type),
    countedMissing: !candidate.unit.countedFound,
    absentPlace: [...focus.questionWords].some((word) => focus.absentNames.has(stemToken(word)) && (isDictionaryWord(word) || countryCodes(word).size > 0)),
  });
  // A plainly stated cause answers only a question whose words the corpus uses: "why did the authority raise its port
  // fees?" over articles that never speak of fees is not answered with why it shut a quay.
  return type === 'reason' && !candidate.unit.typed && features.absentKnown > 0 ? { ...features, typeMissing: 1 } : features;
}

/**
 * Types whose answer a unit gives without a word that marks it: what something is, yes or no, and why — a report
 * often states a cause plainly ("divers had found cracks in its piles"), with no "because" or «بسبب».
 */
const UNMARKED_TYPES: ReadonlySet<AnswerType> = new Set(['other', 'yes_no', 'definition', 'reason']);
