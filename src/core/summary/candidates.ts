/**
 * Candidate points: windows of one to four consecutive sentences of a
 * paragraph that read on their own, each scored by the TextRank centrality of
 * its sentences. Every candidate is a contiguous span of the paragraph, so its
 * citation quote is the exact text from its first to its last sentence.
 */
import type { Article, Paragraph } from '../types.js';
import { addVectors, inverseDocumentFrequency, termCounts, textRank, weigh, type TermVector } from './centrality.js';
import { spanDisplay, joinSentences } from './display-text.js';
import { isStandaloneRange, sentenceRoles } from './sentence-roles.js';

export interface ScopeParagraph {
  article: Article;
  paragraph: Paragraph;
}

export interface Candidate {
  key: string;
  article: Article;
  paragraph: Paragraph;
  /** Sentence indexes, inclusive. */
  first: number;
  last: number;
  /** Offsets of the exact span in paragraph.text. */
  start: number;
  end: number;
  /** The span as displayed, in the article's own language. */
  original: string;
  /** Aligned rendering in the article's other language, or null when the translation is not sentence-aligned. */
  rendering: string | null;
  vector: TermVector;
  centrality: number;
  /** Article order across articles: (article position, paragraph, sentence). */
  order: number;
  /** Coverage group: one per section of each article (the lead is one too). */
  group: string;
}

const MAX_SENTENCES = 4;
// Paragraph openings are written to be read first; a small nudge toward them reads better.
const OPENING_BONUS = 1.1;

export function groupOf(paragraph: Paragraph): string {
  return `${paragraph.articleId}#${paragraph.section ?? ''}`;
}

export interface CandidateSet {
  candidates: Candidate[];
  /** TextRank centrality of one sentence (mean 1 over the scope), 0 for sentences outside it. */
  sentenceRank(paragraph: Paragraph, index: number): number;
  /** tf-idf vector of any text, with the scope's weights (for comparing quotes with points). */
  vectorOf(texts: (string | null | undefined)[]): TermVector;
}

export function buildCandidates(scope: ScopeParagraph[]): CandidateSet {
  const articles = [...new Set(scope.map((entry) => entry.article))];
  const sentenceCounts = (paragraph: Paragraph) =>
    paragraph.sentences.map((sentence, index) => termCounts([sentence.text, paragraph.sentenceTranslations?.[index]]));
  // idf over every sentence of the articles involved, so a section's words are weighed against the whole article.
  const idf = inverseDocumentFrequency(articles.flatMap((article) => article.paragraphs.flatMap(sentenceCounts)));

  const perParagraph = scope.map((entry) => {
    const counts = sentenceCounts(entry.paragraph);
    return { entry, counts, vectors: counts.map((count) => weigh(count, idf)), roles: sentenceRoles(entry.paragraph) };
  });
  const nodes = perParagraph.flatMap((item, paragraphIndex) =>
    item.vectors.flatMap((vector, sentence) => (item.roles[sentence] === 'both' ? [] : [{ paragraphIndex, sentence, vector }])),
  );
  const ranks = textRank(nodes.map((node) => node.vector));
  const centrality = new Map(nodes.map((node, index) => [`${node.paragraphIndex}:${node.sentence}`, ranks[index]!]));
  const paragraphIndexOf = new Map(scope.map((entry, index) => [entry.paragraph, index]));

  const candidates: Candidate[] = [];
  perParagraph.forEach(({ entry, counts, roles }, paragraphIndex) => {
    const { article, paragraph } = entry;
    const articlePosition = articles.indexOf(article);
    for (let first = 0; first < paragraph.sentences.length; first += 1) {
      for (let last = first; last < Math.min(paragraph.sentences.length, first + MAX_SENTENCES); last += 1) {
        if (!isStandaloneRange(roles, first, last)) continue;
        let weighted = 0;
        let length = 0;
        for (let sentence = first; sentence <= last; sentence += 1) {
          const rank = centrality.get(`${paragraphIndex}:${sentence}`);
          if (rank === undefined) continue;
          const size = paragraph.sentences[sentence]!.text.length;
          weighted += rank * size;
          length += size;
        }
        const start = paragraph.sentences[first]!.start;
        const end = paragraph.sentences[last]!.end;
        const wholeParagraph = first === 0 && last === paragraph.sentences.length - 1;
        const aligned = paragraph.sentenceTranslations?.slice(first, last + 1);
        candidates.push({
          key: `${article.meta.id}#${paragraph.number}:${first}-${last}`,
          article,
          paragraph,
          first,
          last,
          start,
          end,
          original: spanDisplay(paragraph.text.slice(start, end)),
          rendering: aligned ? joinSentences(aligned) : wholeParagraph && paragraph.translation ? joinSentences([paragraph.translation]) : null,
          vector: weigh(addVectors(counts.slice(first, last + 1)), idf),
          centrality: (length > 0 ? weighted / length : 0) * (first === 0 ? OPENING_BONUS : 1),
          order: articlePosition * 1e6 + paragraph.number * 100 + first,
          group: groupOf(paragraph),
        });
      }
    }
  });
  return {
    candidates,
    sentenceRank: (paragraph, index) => centrality.get(`${paragraphIndexOf.get(paragraph)}:${index}`) ?? 0,
    vectorOf: (texts) => weigh(termCounts(texts), idf),
  };
}

/** The text a candidate shows in a language: its own words in the article's language, else its aligned rendering (the other language), or null. */
export function displayIn(candidate: Candidate, lang: 'ar' | 'en'): string | null {
  return lang === candidate.article.meta.language ? candidate.original : candidate.rendering;
}
