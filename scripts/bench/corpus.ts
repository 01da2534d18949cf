/**
 * Benchmark corpora: the interview (the real knowledge/ articles) plus distractor
 * paragraphs recombined, sentence by sentence, from XQuAD's parallel Arabic and
 * English paragraphs. Real text keeps the statistics honest (word frequencies,
 * paragraph lengths, both scripts); recombination makes as many distinct
 * paragraphs as a size needs from 120 originals.
 *
 * Deterministic: a seeded PRNG decides every draw, so a size always yields the
 * same corpus. Articles are written one at a time, so the generator itself adds
 * almost nothing to the measured process's peak memory.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../src/core/text/sentences.js';

export const PARAGRAPHS_PER_ARTICLE = 20;

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same stream everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SentencePools {
  ar: string[];
  en: string[];
}

/** Every sentence of the XQuAD corpus, per language (a sentence too short to stand alone is skipped). */
export function readSentencePools(xquadDir: string): SentencePools {
  const pools: SentencePools = { ar: [], en: [] };
  for (const line of readFileSync(path.join(xquadDir, 'corpus.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const paragraph = JSON.parse(line) as { ar: string; en: string };
    for (const language of ['ar', 'en'] as const) {
      const text = paragraph[language].replace(/\s+/g, ' ');
      for (const sentence of splitSentences(text)) if (sentence.text.length >= 20) pools[language].push(sentence.text);
    }
  }
  return pools;
}

/** Copies the knowledge folder's article files (not its data sub-folders such as the lexicon). */
export function copyInterview(sourceKnowledgeDir: string, knowledgeDir: string): void {
  mkdirSync(knowledgeDir, { recursive: true });
  for (const name of readdirSync(sourceKnowledgeDir)) {
    if (name.endsWith('.md') && !/^readme\.md$/i.test(name)) cpSync(path.join(sourceKnowledgeDir, name), path.join(knowledgeDir, name));
  }
}

function articleFile(id: string, number: number, language: 'ar' | 'en', paragraphs: string[]): string {
  const title = language === 'ar' ? `مقال للمقارنة رقم ${number}` : `Benchmark distractor article ${number}`;
  const body = paragraphs.map((text) => text.replace(/^#/, '\\#')).join('\n\n');
  return `---\nid: ${id}\ntitle: '${title}'\noutlet: XQuAD (recombined)\ndate: 2019-10-25\nlanguage: ${language}\n---\n\n${body}\n`;
}

export const distractorId = (number: number) => `bench-distractor-${String(number).padStart(6, '0')}`;

/**
 * Writes `count` distinct distractor paragraphs as articles of
 * PARAGRAPHS_PER_ARTICLE paragraphs, alternately Arabic and English. Each
 * paragraph is 3–6 sentences drawn from its language's pool; a repeat is redrawn.
 */
export function writeDistractors(pools: SentencePools, knowledgeDir: string, count: number, seed: number): number {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const paragraph = (pool: string[]) => {
    for (;;) {
      const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pool[Math.floor(random() * pool.length)]!);
      const text = sentences.join(' ');
      const digest = createHash('sha1').update(text).digest('base64');
      if (!seen.has(digest)) return seen.add(digest), text;
    }
  };
  let written = 0;
  for (let number = 1; written < count; number += 1) {
    const language = number % 2 === 1 ? 'ar' : 'en';
    const size = Math.min(PARAGRAPHS_PER_ARTICLE, count - written);
    const paragraphs = Array.from({ length: size }, () => paragraph(pools[language]));
    writeFileSync(path.join(knowledgeDir, `${distractorId(number)}.md`), articleFile(distractorId(number), number, language, paragraphs));
    written += size;
  }
  return written;
}

/** A changed version of one distractor article (its first paragraph replaced): the incremental-reindex probe. */
export function changeDistractor(pools: SentencePools, knowledgeDir: string, number: number, seed: number): void {
  const filePath = path.join(knowledgeDir, `${distractorId(number)}.md`);
  const random = seededRandom(seed ^ 0x5bd1e995);
  const [head, body] = readFileSync(filePath, 'utf8').split(/\n---\n\n/);
  const paragraphs = body!.trim().split('\n\n');
  const language = number % 2 === 1 ? 'ar' : 'en';
  paragraphs[0] = Array.from({ length: 4 }, () => pools[language][Math.floor(random() * pools[language].length)]!).join(' ') + ' (revised)';
  writeFileSync(filePath, `${head}\n---\n\n${paragraphs.join('\n\n')}\n`);
}
