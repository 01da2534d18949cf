/**
 * How well the word-by-word gloss of an Arabic paragraph (src/core/crosslingual/gloss.ts) renders it, on a
 * parallel set (XQuAD: the same paragraph in Arabic and in English): every content word of each Arabic
 * paragraph is glossed with the production gloss, and the English words of the senses shown are looked for in
 * the English paragraph, after lower-casing and a light stem.
 *
 *  - precision: share of the glossed English content words found in the reference paragraph;
 *  - first_sense: share of glossed words whose first sense has a content word in the reference (the sense a
 *    reader reads first);
 *  - reachable: share of glossed words that have such a sense anywhere in the lexicon (the most sense choice
 *    can reach);
 *  - recall: share of the reference paragraph's content words (stems) some glossed word gives.
 */
import path from 'node:path';
import { glossOf } from '../../src/core/crosslingual/gloss.js';
import { lookupArabic } from '../../src/core/crosslingual/lexicon-lookup.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { isStopWord, rawTokens, stemEnglish } from '../../src/core/text/tokenize.js';
import { round } from './figures.js';
import { readJsonLines } from './interview.js';
import { xquadArticles, type CorpusParagraph } from './xquad-knowledge.js';

const EVERY_WORD = { words: Number.POSITIVE_INFINITY, otherWords: Number.POSITIVE_INFINITY };

/** Light stems of the English content words of a text (letters only: numbers are not glossed). */
function contentStems(text: string): string[] {
  return rawTokens(normalizeText(text))
    .filter((token) => /^[a-z]+$/.test(token) && token.length > 1 && !isStopWord(token))
    .map(stemEnglish);
}

export interface GlossFigures {
  set: 'gloss';
  half?: 0 | 1;
  paragraphs: number;
  words: number;
  precision: number;
  first_sense: number;
  reachable: number;
  recall: number;
}

/** Scores the gloss over the corpus (`<dir>/corpus.jsonl`), one half of its articles when `half` is given. */
export function evaluateGloss(dir: string, report: (line: string) => void, half?: 0 | 1): GlossFigures {
  const articles = xquadArticles(readJsonLines<CorpusParagraph>(path.join(dir, 'corpus.jsonl')), half);
  let paragraphs = 0, words = 0, glossed = 0, found = 0, firstHits = 0, reachable = 0, referenceWords = 0, recalled = 0;
  for (const [, corpus] of articles) {
    for (const paragraph of corpus) {
      paragraphs += 1;
      const reference = new Set(contentStems(paragraph.en));
      const given = new Set<string>();
      for (const entry of glossOf(paragraph.ar, new Set(), new Map(), EVERY_WORD)) {
        if (entry.name) continue;
        words += 1;
        const senses = entry.meaning.split('; ');
        const stems = senses.flatMap(contentStems);
        glossed += stems.length;
        found += stems.filter((stem) => reference.has(stem)).length;
        stems.forEach((stem) => given.add(stem));
        const hits = (sense: string) => contentStems(sense).some((stem) => reference.has(stem));
        if (hits(senses[0] ?? '')) firstHits += 1;
        const all = lookupArabic([normalizeText(entry.word)])[0]?.senses ?? [];
        if (all.some(hits)) {
          reachable += 1;
          if (!hits(senses[0] ?? '')) report(`WRONG ${paragraph.id} «${entry.word}» ${entry.meaning} | want ${all.filter(hits).slice(0, 3).join('; ')}`);
        }
      }
      referenceWords += reference.size;
      recalled += [...reference].filter((stem) => given.has(stem)).length;
    }
  }
  return {
    set: 'gloss',
    ...(half === undefined ? {} : { half }),
    paragraphs,
    words,
    precision: round(found / Math.max(1, glossed)),
    first_sense: round(firstHits / Math.max(1, words)),
    reachable: round(reachable / Math.max(1, words)),
    recall: round(recalled / Math.max(1, referenceWords)),
  };
}
