/**
 * XQuAD retrieval evaluation: the corpus is written as knowledge articles in a
 * temporary folder and indexed with the production pipeline (Arabic paragraphs;
 * with ar+en the English original as the translation view; with mixed, the view
 * for every other article only, the corpus a reader of Arabic and English press
 * has), then every question is asked in Arabic and in English.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createEngine, type Engine } from '../../src/core/engine.js';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { vocabularyOf } from '../../src/core/retrieval/crosslingual-terms.js';
import { readJsonLines } from './interview.js';

interface CorpusParagraph { id: string; article: string; ar: string; en: string }
interface XquadQuestion { id: string; paragraph: string; question_ar: string; question_en: string }

export type XquadIndexMode = 'ar' | 'ar+en' | 'mixed';

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article';
}

/** Writes the corpus as articles; returns corpus id → "articleId#paragraph". */
export function writeXquadKnowledge(corpus: CorpusParagraph[], knowledgeDir: string, mode: XquadIndexMode): Map<string, string> {
  const byArticle = new Map<string, CorpusParagraph[]>();
  for (const paragraph of corpus) byArticle.set(paragraph.article, [...(byArticle.get(paragraph.article) ?? []), paragraph]);
  const location = new Map<string, string>();
  mkdirSync(knowledgeDir, { recursive: true });
  [...byArticle].forEach(([article, paragraphs], position) => {
    const id = slug(article);
    const body = (text: string) => paragraphs.map((paragraph) => text === 'ar' ? paragraph.ar : paragraph.en).map((text) => text.replace(/\s+/g, ' ').replace(/^#/, '\\#')).join('\n\n');
    writeFileSync(path.join(knowledgeDir, `${id}.md`), `---\nid: ${id}\ntitle: ${JSON.stringify(article.replace(/_/g, ' '))}\noutlet: XQuAD\ndate: 2019-10-25\nlanguage: ar\n---\n\n${body('ar')}\n`);
    if (mode === 'ar+en' || (mode === 'mixed' && position % 2 === 0)) {
      writeFileSync(path.join(knowledgeDir, `${id}.en.md`), `---\ntranslation_of: ${id}\nlanguage: en\ntitle: ${JSON.stringify(article.replace(/_/g, ' '))}\n---\n\n${body('en')}\n`);
    }
    paragraphs.forEach((paragraph, index) => location.set(paragraph.id, `${id}#${index + 1}`));
  });
  return location;
}

export async function openXquadEngine(corpusPath: string, mode: XquadIndexMode): Promise<{ engine: Engine; location: Map<string, string>; cleanup: () => void }> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-xquad-'));
  const location = writeXquadKnowledge(readJsonLines<CorpusParagraph>(corpusPath), path.join(workDir, 'knowledge'), mode);
  const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: path.join(workDir, 'knowledge'), MARSAD_DATA_DIR: path.join(workDir, 'data') });
  const engine = await createEngine(config, { generative: null });
  return { engine, location, cleanup: () => rmSync(workDir, { recursive: true, force: true }) };
}

/** `typed`: how each question is typed before it is asked (typed-casually.ts); as written by default. */
export async function evaluateXquad(dir: string, mode: XquadIndexMode, report: (line: string) => void, typed: (question: string, lang: 'ar' | 'en') => string = (question) => question) {
  const { engine, location, cleanup } = await openXquadEngine(path.join(dir, 'corpus.jsonl'), mode);
  try {
    const questions = readJsonLines<XquadQuestion>(path.join(dir, 'questions.jsonl'));
    const result: Record<string, unknown> = { set: 'xquad', index: mode, n: questions.length };
    // Mixed: the figures also per part, for the articles read in English through their view and for the others.
    const withView = new Set(engine.articles().filter((article) => article.translation).map((article) => article.meta.id));
    const partOf = (question: XquadQuestion) => (withView.has(location.get(question.paragraph)!.split('#')[0]!) ? 'translated' : 'untranslated');
    for (const lang of ['ar', 'en'] as const) {
      let r1 = 0, r5 = 0, r10 = 0, mrr = 0, sourceTokens = 0, coveredTokens = 0;
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
      }
      const share = (value: number) => Math.round((value / questions.length) * 1000) / 1000;
      // translated: share of the questions' content words the offline lexicon translated or transliterated.
      const translated = Math.round((coveredTokens / Math.max(1, sourceTokens)) * 1000) / 1000;
      result[lang] = { 'r@1': share(r1), 'r@5': share(r5), 'r@10': share(r10), 'mrr@10': share(mrr), translated };
      if (mode === 'mixed') {
        const figure = (count: number, n: number) => Math.round((count / Math.max(1, n)) * 1000) / 1000;
        result[`${lang}_by_part`] = Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, { n: part.n, 'r@1': figure(part.r1, part.n), 'r@5': figure(part.r5, part.n) }]));
      }
    }
    return result;
  } finally {
    cleanup();
  }
}
