/**
 * Where things are, for every test: the repository, its knowledge folder, and the
 * evaluation data beside it (read in place by relative path, never copied in).
 */
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const KNOWLEDGE_DIR = path.join(REPO_ROOT, 'knowledge');
export const INTERVIEW_ID = 'tokayev-foreign-policy-2025-01-03';
export const INTERVIEW_FILE = path.join(KNOWLEDGE_DIR, `${INTERVIEW_ID}.md`);
export const INTERVIEW_TRANSLATION_FILE = path.join(KNOWLEDGE_DIR, `${INTERVIEW_ID}.en.md`);

const EVAL_DIR = path.resolve(REPO_ROOT, '../shared/eval');
export const INTERVIEW_QUESTIONS = path.join(EVAL_DIR, 'interview/questions.jsonl');
export const XQUAD_DIR = path.join(EVAL_DIR, 'xquad-dev');
export const XQUAD_CORPUS = path.join(XQUAD_DIR, 'corpus.jsonl');
