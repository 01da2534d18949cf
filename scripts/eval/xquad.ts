/**
 * XQuAD retrieval evaluation: the corpus is written as knowledge articles in a
 * temporary folder (xquad-knowledge.ts: which language is indexed, with which
 * view) and indexed with the production pipeline, then every question is asked
 * in Arabic and in English. With one language indexed (`ar`, `en`) the answer is
 * asked too: answer_contains says whether the answer shown holds a gold span, for
 * the questions in the other language (through the offline translation) and for
 * those in the indexed one (the monolingual control).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createEngine, type Engine } from '../../src/core/engine.js';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { vocabularyOf } from '../../src/core/retrieval/crosslingual-terms.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { round } from './figures.js';
import { readJsonLines } from './interview.js';
import { shownAnswerText } from './squad.js';
import { writeXquadKnowledge, xquadArticles, type CorpusParagraph, type XquadIndexMode, type XquadQuestion } from './xquad-knowledge.js';

export type { XquadIndexMode } from './xquad-knowledge.js';

export async function openXquadEngine(corpusPath: string, mode: XquadIndexMode, half?: 0 | 1): Promise<{ engine: Engine; location: Map<string, string>; cleanup: () => void }> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-xquad-'));
  const articles = xquadArticles(readJsonLines<CorpusParagraph>(corpusPath), half);
  const location = writeXquadKnowledge(articles, path.join(workDir, 'knowledge'), mode);
  const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: path.join(workDir, 'knowledge'), MARSAD_DATA_DIR: path.join(workDir, 'data') });
  const engine = await createEngine(config, { generative: null });
  return { engine, location, cleanup: () => rmSync(workDir, { recursive: true, force: true }) };
}

export interface XquadOptions {
  /** How each question is typed before it is asked (typed-casually.ts); as written by default. */
  typed?: (question: string, lang: 'ar' | 'en') => string;
  /** Only every other article (xquad-knowledge.ts). */
  half?: 0 | 1;
  /** Retrieval only: no answer asked, so no answer_contains (the sweep's figures are retrieval's). */
  retrievalOnly?: boolean;
}

export async function evaluateXquad(dir: string, mode: XquadIndexMode, report: (line: string) => void, options: XquadOptions = {}) {
  const typed = options.typed ?? ((question: string) => question);
  const { engine, location, cleanup } = await openXquadEngine(path.join(dir, 'corpus.jsonl'), mode, options.half);
  // One language indexed: the answers show what a reader of the other language is given.
  const answers = (mode === 'en' || mode === 'ar') && !options.retrievalOnly;
  try {
    const questions = readJsonLines<XquadQuestion>(path.join(dir, 'questions.jsonl')).filter((question) => location.has(question.paragraph));
    const result: Record<string, unknown> = { set: 'xquad', index: mode, ...(options.half === undefined ? {} : { half: options.half }), n: questions.length };
    // Mixed: the figures also per part, for the articles read in English through their view and for the others.
    const withView = new Set(engine.articles().filter((article) => article.translation).map((article) => article.meta.id));
    const partOf = (question: XquadQuestion) => (withView.has(location.get(question.paragraph)!.split('#')[0]!) ? 'translated' : 'untranslated');
    for (const lang of ['ar', 'en'] as const) {
      let r1 = 0, r5 = 0, r10 = 0, mrr = 0, sourceTokens = 0, coveredTokens = 0, contains = 0;
      const parts: Record<string, { n: number; r1: number; r5: number }> = {};
      for (const question of questions) {
        const text = typed(lang === 'ar' ? question.question_ar : question.question_en, lang);
        // What the offline lexicon makes of the question, whether or not this index needs it.
        const translation = translateQuery(text, lang, vocabularyOf(engine.index));
        sourceTokens += translation.sourceTokens;
        coveredTokens += translation.coveredTokens;
        const ranked = (await engine.retrieveParagraphs(text, 10)).map((hit) => `${hit.article.meta.id}#${hit.paragraph.number}`);
        const rank = ranked.indexOf(location.get(question.paragraph)!) + 1;
        if (rank === 1) r1 += 1;
        if (rank >= 1 && rank <= 5) r5 += 1;
        const part = (parts[partOf(question)] ??= { n: 0, r1: 0, r5: 0 });
        part.n += 1;
        if (rank === 1) part.r1 += 1;
        if (rank >= 1 && rank <= 5) part.r5 += 1;
        if (rank >= 1) { r10 += 1; mrr += 1 / rank; } else report(`MISS ${lang} ${question.id}: ${text}`);
        if (!answers) continue;
        const shown = normalizeText(shownAnswerText(await engine.ask(text, { k: 10 })));
        const gold = [...(question.answers_en ?? []), ...(question.answers_ar ?? [])].map(normalizeText).filter(Boolean);
        if (shown && gold.some((answer) => shown.includes(answer))) contains += 1;
        else report(`MISS answer_contains ${lang} ${question.id} (rank ${rank || '-'}): ${text} → "${shown.slice(0, 120)}"`);
      }
      const share = (value: number) => round(value / Math.max(1, questions.length));
      // translated: share of the questions' content words the offline lexicon translated or transliterated.
      const translated = round(coveredTokens / Math.max(1, sourceTokens));
      result[lang] = { 'r@1': share(r1), 'r@5': share(r5), 'r@10': share(r10), 'mrr@10': share(mrr), translated, ...(answers ? { answer_contains: share(contains) } : {}) };
      if (mode === 'mixed') {
        const figure = (count: number, n: number) => round(count / Math.max(1, n));
        result[`${lang}_by_part`] = Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, { n: part.n, 'r@1': figure(part.r1, part.n), 'r@5': figure(part.r5, part.n) }]));
      }
    }
    return result;
  } finally {
    cleanup();
  }
}
