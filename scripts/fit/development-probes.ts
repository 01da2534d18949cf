/**
 * Samples from the development probes: question sets strangers wrote over articles of their own
 * (test/fixtures/probe…probe8, each with its README), the yes/no sets A, B, D and E
 * (test/fixtures/yes-no/README.md) and the off-topic set's development half A (test/fixtures/off-topic/README.md),
 * every question asked as `npm run eval -- interview … --knowledge …`
 * asks it and labelled by its set (answerable or not). These are the articles the model meets in use —
 * chat-typed and dialect questions, across languages, traps built from a report's own names — where the
 * interview alone is one article's habits. The held-out sets (probe9 on, yes/no C, off-topic B) are never read here.
 *
 * Each set is one group for cross-validation (a fold never sees a set's articles); the yes/no sets share
 * their fixture folders and are one group.
 */
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { FEATURES } from '../../src/core/answer/answerability-model.js';
import { createEngine } from '../../src/core/engine.js';
import { questionKind, readJsonLines, type InterviewQuestion } from '../eval/interview.js';
import { gatherKnowledge } from '../eval/knowledge-folders.js';
import type { LabelledSample } from './collect.js';

const DISTRACTORS = ['knowledge', 'test/fixtures/outlets', 'test/fixtures/answering', 'test/fixtures/translations', 'test/fixtures/articles'];
const YES_NO = [...DISTRACTORS, ...['siblings', 'lists', 'plans', 'scene', 'choices', 'continuation'].map((name) => `test/fixtures/${name}`)];
const YES_NO_D = [...YES_NO, ...['readings', 'units', 'views', 'transport-projects', 'copies', 'indirect-speech'].map((name) => `test/fixtures/${name}`)];
const YES_NO_E = [...YES_NO_D, ...['english-over-arabic', 'measures', 'monitoring', 'dialect'].map((name) => `test/fixtures/${name}`)];

interface ProbeSet {
  source: string;
  group: string;
  questions: string;
  folders: string[];
}

const probe = (name: string): ProbeSet => ({ source: name, group: name, questions: `test/fixtures/${name}/questions.jsonl`, folders: ['knowledge', `test/fixtures/${name}/articles`, ...DISTRACTORS.slice(1)] });

/** The folders of each set, as its README's command gives them. */
const DEVELOPMENT_PROBES: ProbeSet[] = [
  ...['probe', 'probe2', 'probe3', 'probe4', 'probe5', 'probe6', 'probe7', 'probe8'].map(probe),
  { source: 'off-topic-a', group: 'off-topic', questions: 'test/fixtures/off-topic/questions-a.jsonl', folders: DISTRACTORS },
  { source: 'yes-no-a', group: 'yes-no', questions: 'test/fixtures/yes-no/questions-a.jsonl', folders: YES_NO },
  { source: 'yes-no-b', group: 'yes-no', questions: 'test/fixtures/yes-no/questions-b.jsonl', folders: YES_NO },
  { source: 'yes-no-d', group: 'yes-no', questions: 'test/fixtures/yes-no/questions-d.jsonl', folders: YES_NO_D },
  { source: 'yes-no-e', group: 'yes-no', questions: 'test/fixtures/yes-no/questions-e.jsonl', folders: YES_NO_E },
];

export async function collectProbeSamples(repository: string, report: (line: string) => void): Promise<LabelledSample[]> {
  const samples: LabelledSample[] = [];
  for (const set of DEVELOPMENT_PROBES) {
    const gathered = gatherKnowledge(set.folders.map((folder) => path.join(repository, folder)));
    try {
      const engine = await createEngine(loadConfig({ ...process.env, MARSAD_KNOWLEDGE_DIR: gathered.knowledgeDir, MARSAD_DATA_DIR: gathered.dataDir }), { generative: null });
      for (const question of readJsonLines<InterviewQuestion>(path.join(repository, set.questions))) {
        const read = await engine.explain(question.question, { lang: question.lang });
        if (!read.features) continue;
        const features = read.features;
        samples.push({ source: set.source, group: set.group, label: question.answerable ? 1 : 0, features: FEATURES.map((name) => features[name]), ruledOut: read.ruledOut, id: question.id, kind: questionKind(engine, question) });
      }
    } finally {
      gathered.cleanup();
    }
    report(`+ ${set.source}: ${samples.length} probe samples`);
  }
  return samples;
}
