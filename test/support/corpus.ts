/**
 * Larger corpora for the index tests and the benches: the interview plus
 * recombined XQuAD distractors (the benchmark's own generator), and a keyword
 * table read back by words for comparing two indexes.
 */
import path from 'node:path';
import { copyInterview, readSentencePools, writeDistractors } from '../../scripts/bench/corpus.js';
import type { KeywordTables } from '../../src/core/index/keyword/keyword-tables.js';
import { forEachPair } from '../../src/core/index/format/varint.js';
import { KNOWLEDGE_DIR, XQUAD_DIR } from './paths.js';
import { temporaryDirectory } from './temporary.js';

/** The interview plus `distractors` recombined paragraphs (20 per article, Arabic and English alternately). */
export function benchKnowledge(label: string, distractors: number, seed = 6): string {
  const directory = path.join(temporaryDirectory(label), 'knowledge');
  copyInterview(KNOWLEDGE_DIR, directory);
  writeDistractors(readSentencePools(XQUAD_DIR), directory, distractors, seed);
  return directory;
}

/** A keyword table by words rather than ids: stem → postings, word form → frequency (forms in the corpus only). */
export function keywordsByWord(tables: KeywordTables) {
  const postings = new Map<string, [number, number][]>();
  for (let term = 0; term < tables.terms.size; term += 1) {
    const list: [number, number][] = [];
    const bytes = tables.postings.range(tables.postingStarts[term]!, tables.postingStarts[term + 1]!);
    forEachPair(bytes, 0, bytes.length, (entry, count) => list.push([entry, count]));
    if (list.length > 0) postings.set(tables.terms.at(term), list);
  }
  const forms = new Map<string, number>();
  for (let token = 0; token < tables.tokens.size; token += 1) if (tables.tokenFrequency[token]! > 0) forms.set(tables.tokens.at(token), tables.tokenFrequency[token]!);
  const rows = Array.from({ length: tables.lengths.length }, (_, entry) => {
    const row: [string, number][] = [];
    const bytes = tables.rows.range(tables.rowStarts[entry]!, tables.rowStarts[entry + 1]!);
    forEachPair(bytes, 0, bytes.length, (token, count) => row.push([tables.tokens.at(token), count]));
    return row.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  });
  return { postings, forms, rows, lengths: [...tables.lengths], totalLength: tables.totalLength };
}
