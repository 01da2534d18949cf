/**
 * `npm run eval -- sweep`: the figures a change is first judged by, on one line,
 * from the shared evaluation data: the interview over the configured knowledge
 * folder, ARCD-dev by halves of its articles (half 0 is where readings are
 * fitted, half 1 is held out) and XQuAD-dev with the Arabic paragraphs indexed,
 * alone and with their English view. Every set is still run by its own command
 * (`eval interview`, `eval squad --half`, `eval xquad`) for the misses.
 */
import path from 'node:path';
import { openEngine, type CliContext } from '../../src/cli/bootstrap.js';
import { evaluateInterview } from './interview.js';
import { evaluateSquad } from './squad.js';
import { evaluateXquad } from './xquad.js';

const quiet = () => {};

interface RetrievalFigures {
  'r@1': number;
  'r@5': number;
}

export async function sweep(context: CliContext, evalDir: string) {
  const engine = await openEngine(context, { generative: null });
  const interview = await evaluateInterview(engine, path.join(evalDir, 'interview', 'questions.jsonl'), quiet);
  const arcdFile = path.join(evalDir, 'arcd-dev', 'arcd-train.json');
  const half0 = await evaluateSquad(arcdFile, quiet, 0);
  const half1 = await evaluateSquad(arcdFile, quiet, 1);
  const xquadDir = path.join(evalDir, 'xquad-dev');
  const arabic = await evaluateXquad(xquadDir, 'ar', quiet, { retrievalOnly: true });
  const withView = await evaluateXquad(xquadDir, 'ar+en', quiet);
  const r1 = (result: Record<string, unknown>, lang: 'ar' | 'en') => (result[lang] as RetrievalFigures)['r@1'];
  const kinds = interview.by_kind as Record<string, { answered: number }>;
  const figures = {
    interview: {
      'hit@1': interview['hit@1'],
      'hit@5': interview['hit@5'],
      answer_contains: interview.answer_contains,
      refusal_accuracy: interview.refusal_accuracy,
      answered: kinds.answerable?.answered,
      traps_answered: kinds.trap?.answered,
      off_topic_answered: kinds.off_topic?.answered,
    },
    arcd_half0: { 'r@1': half0['r@1'], 'r@5': half0['r@5'], answer_contains: half0.answer_contains },
    arcd_half1: { 'r@1': half1['r@1'], 'r@5': half1['r@5'], answer_contains: half1.answer_contains },
    xquad: { ar: r1(arabic, 'ar'), en_to_ar: r1(arabic, 'en'), with_view_en: r1(withView, 'en'), with_view_ar: r1(withView, 'ar') },
  };
  const { interview: i, arcd_half0: h0, arcd_half1: h1, xquad: x } = figures;
  const line = [
    `INT ${i['hit@1']} ${i['hit@5']} ${i.answer_contains} ${i.refusal_accuracy} ans ${i.answered} trap ${i.traps_answered} off ${i.off_topic_answered}`,
    `H0 ${h0['r@1']} ${h0['r@5']} ${h0.answer_contains}`,
    `H1 ${h1['r@1']} ${h1['r@5']} ${h1.answer_contains}`,
    `XQ ${x.ar} ${x.en_to_ar} ${x.with_view_en} ${x.with_view_ar}`,
  ].join(' | ');
  return { figures, line };
}
