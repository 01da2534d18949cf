/**
 * The samples the answerability model is fitted on, each the features of the
 * best candidate ask() would answer from (engine.explain):
 * - interview: every question of the interview set over the real knowledge
 *   folder, labelled by the set (answerable or not);
 * - XQuAD-dev (Arabic and English questions over the Arabic paragraphs) and
 *   ARCD-dev: a question over its own corpus is a positive when its paragraph
 *   comes first; the same question with that paragraph left out is a negative
 *   that still shares the article's names (a trap, built honestly); the same
 *   question with its whole article left out of the search is a negative too
 *   (article-out: a subject the other articles do not cover; measured, not
 *   fitted on, see scripts/fit-answerability.ts);
 * - cross-set negatives: each set's questions asked of another set's corpus;
 * - cross-lingual (interview-untranslated): the interview's English questions
 *   over the knowledge folder without its translations (scripts/eval/without-translations.ts),
 *   labelled by the set, as the articles an analyst drops in are read;
 * - cross-lingual (xquad-en): the Arabic questions of XQuAD-dev's first half
 *   (alternate articles: the second is held out, `npm run eval -- xquad … --index en
 *   --half 1`) over its English paragraphs only, labelled as above, so that the
 *   model learns what evidence found through the offline translation means.
 */
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { FEATURES, type AnswerabilityFeatures } from '../../src/core/answer/answerability-model.js';
import { createEngine, type Engine } from '../../src/core/engine.js';
import type { Language } from '../../src/core/text/language.js';
import { questionKind, readJsonLines, type InterviewQuestion } from '../eval/interview.js';
import { openSquadEngine } from '../eval/squad.js';
import { withoutTranslations } from '../eval/without-translations.js';
import { openXquadEngine } from '../eval/xquad.js';

export interface LabelledSample {
  source: string;
  group: string;
  label: 0 | 1;
  features: number[];
  /** Interview questions: id and kind (answerable / trap / off_topic), for the held-out figures. */
  id?: string;
  kind?: string;
  /** A rule refuses the answer whatever the model says (explain's `ruledOut`): the model's weights do not decide it. */
  ruledOut?: boolean;
  /** XQuAD and ARCD questions: the half of their set their article belongs to (alternate articles; half 1 is held out). */
  half?: 0 | 1;
}

export interface SampleSets {
  interview: string;
  xquad: string;
  arcd: string;
  knowledgeDir: string;
}

interface AskedQuestion {
  text: string;
  lang: Language;
  group: string;
  /** "articleId#paragraph" of the paragraph that answers it, in its own corpus. */
  location?: string;
  half?: 0 | 1;
}

/** Each article's half in a set's order (alternate articles, as the evals' `--half` keeps them): the order of its first paragraph. */
function halves(articleIds: Iterable<string>): Map<string, 0 | 1> {
  const half = new Map<string, 0 | 1>();
  for (const id of articleIds) if (!half.has(id)) half.set(id, (half.size % 2) as 0 | 1);
  return half;
}

/** XQuAD-dev's articles whose Arabic questions are asked of the English paragraphs (the other half is held out). */
const CROSS_LINGUAL_HALF = 0;

const vector = (features: AnswerabilityFeatures) => FEATURES.map((name) => features[name]);

async function ask(engine: Engine, question: AskedQuestion, skipGold: boolean) {
  return engine.explain(question.text, {
    lang: question.lang,
    skip: skipGold ? (hit) => `${hit.article.meta.id}#${hit.paragraph.number}` === question.location : undefined,
  });
}

/** Positives (own paragraph first), left-out and article-out negatives of a set over its own corpus; cross negatives over `others`. */
async function ownAndCross(source: string, engine: Engine, questions: AskedQuestion[], others: Engine[], out: LabelledSample[], every: number): Promise<void> {
  for (const question of questions) {
    const own = await ask(engine, question, false);
    const half = question.half;
    if (own.features && own.top === question.location) out.push({ source: `${source}:own`, group: question.group, label: 1, features: vector(own.features), ruledOut: own.ruledOut, half });
    const left = await ask(engine, question, true);
    if (left.features) out.push({ source: `${source}:left-out`, group: question.group, label: 0, features: vector(left.features), ruledOut: left.ruledOut, half });
    const article = question.location!.split('#')[0];
    const away = await engine.explain(question.text, { lang: question.lang, keepArticle: (head) => head.meta.id !== article });
    if (away.features) out.push({ source: `${source}:article-out`, group: question.group, label: 0, features: vector(away.features), ruledOut: away.ruledOut, half });
  }
  for (const other of others) {
    for (const question of questions.filter((_, position) => position % every === 0)) {
      const cross = await ask(other, question, false);
      if (cross.features) out.push({ source: `${source}:other-corpus`, group: question.group, label: 0, features: vector(cross.features), ruledOut: cross.ruledOut, half: question.half });
    }
  }
}

export async function collectSamples(sets: SampleSets, report: (line: string) => void): Promise<LabelledSample[]> {
  const samples: LabelledSample[] = [];
  const interview = await createEngine(loadConfig({ ...process.env, MARSAD_KNOWLEDGE_DIR: sets.knowledgeDir }), { generative: null });
  const xquad = await openXquadEngine(path.join(sets.xquad, 'corpus.jsonl'), 'ar');
  const arcd = await openSquadEngine(sets.arcd);
  try {
    const interviewQuestions = readJsonLines<InterviewQuestion>(sets.interview);
    for (const question of interviewQuestions) {
      const kind = questionKind(interview, question);
      const own = await interview.explain(question.question, { lang: question.lang });
      if (own.features) samples.push({ source: 'interview', group: question.id, label: question.answerable ? 1 : 0, features: vector(own.features), ruledOut: own.ruledOut, id: question.id, kind });
      for (const [name, other] of [['xquad', xquad.engine], ['arcd', arcd.engine]] as const) {
        const cross = await other.explain(question.question, { lang: question.lang });
        if (cross.features) samples.push({ source: `interview:${name}-corpus`, group: question.id, label: 0, features: vector(cross.features), ruledOut: cross.ruledOut });
      }
    }
    report(`interview: ${samples.length} samples`);
    const untranslated = withoutTranslations(sets.knowledgeDir);
    try {
      const engine = await createEngine(loadConfig({ ...process.env, MARSAD_KNOWLEDGE_DIR: untranslated.knowledgeDir, MARSAD_DATA_DIR: untranslated.dataDir }), { generative: null });
      for (const question of interviewQuestions.filter((item) => item.lang === 'en')) {
        const read = await engine.explain(question.question, { lang: question.lang });
        if (read.features) samples.push({ source: 'interview-untranslated', group: question.id, label: question.answerable ? 1 : 0, features: vector(read.features), ruledOut: read.ruledOut, id: question.id, kind: questionKind(engine, question) });
      }
    } finally {
      untranslated.cleanup();
    }
    report(`+ interview-untranslated: ${samples.length} samples`);
    const xquadQuestions = readJsonLines<{ id: string; paragraph: string; question_ar: string; question_en: string }>(path.join(sets.xquad, 'questions.jsonl'));
    const xquadHalf = halves([...xquad.location.values()].map((location) => location.split('#')[0]!));
    const asked: AskedQuestion[] = xquadQuestions.flatMap((question) => {
      const location = xquad.location.get(question.paragraph)!;
      const article = location.split('#')[0]!;
      const group = `xquad:${article}`;
      const half = xquadHalf.get(article);
      return [
        { text: question.question_ar, lang: 'ar' as const, group, location, half },
        { text: question.question_en, lang: 'en' as const, group, location, half },
      ];
    });
    await ownAndCross('xquad', xquad.engine, asked, [interview], samples, 4);
    report(`+ xquad: ${samples.length} samples`);
    const english = await openXquadEngine(path.join(sets.xquad, 'corpus.jsonl'), 'en', CROSS_LINGUAL_HALF);
    try {
      const arabicAsked: AskedQuestion[] = xquadQuestions
        .filter((question) => english.location.has(question.paragraph))
        .map((question) => {
          const location = english.location.get(question.paragraph)!;
          return { text: question.question_ar, lang: 'ar', group: `xquad:${location.split('#')[0]}`, location, half: CROSS_LINGUAL_HALF };
        });
      await ownAndCross('xquad-en', english.engine, arabicAsked, [], samples, 1);
    } finally {
      english.cleanup();
    }
    report(`+ xquad-en: ${samples.length} samples`);
    // squad-0001 is the file's first article (writeSquadKnowledge numbers every data[] entry): half 0.
    const arcdHalf = (article: string) => ((Number(article.replace(/\D/g, '')) - 1) % 2) as 0 | 1;
    const arcdAsked: AskedQuestion[] = arcd.questions.map((question) => ({ text: question.question, lang: 'ar', group: `arcd:${question.article}`, location: question.location, half: arcdHalf(question.article) }));
    await ownAndCross('arcd', arcd.engine, arcdAsked, [interview], samples, 2);
    report(`+ arcd: ${samples.length} samples`);
    return samples;
  } finally {
    xquad.cleanup();
    arcd.cleanup();
  }
}
