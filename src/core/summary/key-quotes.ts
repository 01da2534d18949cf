/**
 * Key quotes: for each speech in scope, the most central run of up to three of
 * its sentences (clipped to the spoken words), then the best two to four,
 * preferring words the points do not already carry. The quote is the exact
 * Arabic span; in English, its aligned rendering without the narration around it.
 */
import type { Language } from '../types.js';
import type { Candidate, CandidateSet, ScopeParagraph } from './candidates.js';
import { cosine } from './centrality.js';
import { spanDisplay, joinSentences } from './display-text.js';
import { isStandaloneRange, sentenceRoles } from './sentence-roles.js';
import { findSpeeches, type Speech } from './speech.js';

export interface QuoteChoice {
  speech: Speech;
  scope: ScopeParagraph;
  start: number;
  end: number;
  text: string;
  quoteTranslation: string | null;
  score: number;
}

const LIMITS = { ar: { min: 40, max: 220, budget: 700 }, en: { min: 40, max: 240, budget: 800 } } as const;
const MAX_QUOTES = 4;
const MAX_SENTENCES = 3;
/** A quote that says what a point says (in other words) is worth this much of its centrality. */
const REPEAT_FACTOR = 0.5;

function renderingOf(speech: Speech, first: number, last: number, clippedStart: boolean, clippedEnd: boolean): string | null {
  const sentences = speech.paragraph.sentenceTranslations?.slice(first, last + 1);
  if (!sentences) return null;
  let text = sentences.join(' ');
  // The first sentence carries the narration ("Tokayev said: "…): keep what follows the opening mark.
  if (clippedStart && text.includes('"')) text = text.slice(text.indexOf('"') + 1);
  if (clippedEnd) text = text.replace(/"\s*$/, '');
  return joinSentences([text.trim()]);
}

function quotesOfSpeech(speech: Speech, scope: ScopeParagraph, set: CandidateSet, lang: Language): QuoteChoice[] {
  const { paragraph } = speech;
  const roles = sentenceRoles(paragraph);
  const inside = paragraph.sentences.flatMap((sentence, index) => (sentence.end > speech.start && sentence.start < speech.end ? [index] : []));
  const choices: QuoteChoice[] = [];
  for (const first of inside) {
    for (let last = first; last <= Math.min(inside.at(-1)!, first + MAX_SENTENCES - 1); last += 1) {
      // The speech's first sentence may be a continuation of the narration («وقال …: “…»): cut at the opening mark, it starts cleanly.
      const startsSpeech = first === inside[0];
      if (!isStandaloneRange(roles, startsSpeech ? 0 : first, last)) continue;
      const start = Math.max(paragraph.sentences[first]!.start, speech.start);
      const end = Math.min(paragraph.sentences[last]!.end, speech.end);
      const quoteTranslation = renderingOf(speech, first, last, start > paragraph.sentences[first]!.start, end < paragraph.sentences[last]!.end);
      const text = lang === scope.article.meta.language ? spanDisplay(paragraph.text.slice(start, end)) : quoteTranslation;
      if (!text || text.length < LIMITS[lang].min || text.length > LIMITS[lang].max) continue;
      let rank = 0;
      for (let index = first; index <= last; index += 1) rank += set.sentenceRank(paragraph, index) / (last - first + 1);
      choices.push({ speech, scope, start, end, text, quoteTranslation, score: rank });
    }
  }
  return choices;
}

export function chooseQuotes(
  scope: ScopeParagraph[],
  set: CandidateSet,
  points: Candidate[],
  lang: Language,
  relevance?: (paragraphTexts: (string | null)[]) => number,
): QuoteChoice[] {
  const inScope = new Map(scope.map((entry) => [entry.paragraph, entry]));
  const articles = [...new Set(scope.map((entry) => entry.article))];
  const best: QuoteChoice[] = [];
  for (const speech of articles.flatMap(findSpeeches)) {
    const entry = inScope.get(speech.paragraph);
    if (!entry) continue;
    const options = quotesOfSpeech(speech, entry, set, lang).map((choice) => {
      const vector = set.vectorOf([choice.speech.paragraph.text.slice(choice.start, choice.end), choice.quoteTranslation]);
      const sameWords = points.some((point) => point.paragraph === choice.speech.paragraph && point.start < choice.end && choice.start < point.end);
      const repeats = points.some((point) => cosine(point.vector, vector) >= 0.45);
      const topical = relevance ? relevance([choice.speech.paragraph.text.slice(choice.start, choice.end), choice.quoteTranslation]) : 1;
      // A quote sharing a sentence with a point would show that sentence twice: never chosen.
      return { ...choice, score: sameWords ? 0 : choice.score * (repeats ? REPEAT_FACTOR : 1) * topical };
    });
    const top = options.filter((choice) => choice.score > 0).sort((left, right) => right.score - left.score)[0];
    if (top) best.push(top);
  }
  const chosen: QuoteChoice[] = [];
  let used = 0;
  for (const choice of best.sort((left, right) => right.score - left.score)) {
    if (chosen.length === MAX_QUOTES) break;
    if (chosen.length >= 2 && used + choice.text.length > LIMITS[lang].budget) continue;
    chosen.push(choice);
    used += choice.text.length;
  }
  return chosen.sort((left, right) => articles.indexOf(left.scope.article) - articles.indexOf(right.scope.article) || left.speech.paragraph.number - right.speech.paragraph.number);
}
