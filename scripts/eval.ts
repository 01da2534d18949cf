/**
 * `npm run eval -- interview <questions.jsonl> [--without-translations] [--knowledge <dir,dir,…>] [--json]`
 * `npm run eval -- xquad <dir> [--index ar|ar+en|mixed|en] [--half 0|1] [--typed <seed>] [--json]`
 * `npm run eval -- squad <file.json> [--half 0|1] [--typed <seed>] [--json]`
 * `npm run eval -- gloss <dir> [--half 0|1] [--json]`: the English gloss of Arabic paragraphs against their parallel English
 * `npm run eval -- sweep [--json]`: the main figures of every set on one line
 * Misses go to stderr; with --json the last stdout line is one object.
 */
import { Command, Option } from 'commander';
import path from 'node:path';
import { createCliContext, openEngine, runCli } from '../src/cli/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/core/engine.js';
import { evaluateInterview } from './eval/interview.js';
import { withoutTranslations } from './eval/without-translations.js';
import { gatherKnowledge, parseFolderList } from './eval/knowledge-folders.js';
import { evaluateGloss } from './eval/gloss.js';
import { evaluateSquad, type SquadHalf } from './eval/squad.js';
import { sweep } from './eval/sweep.js';
import { evaluateXquad, type XquadIndexMode } from './eval/xquad.js';
import { casualTyping } from './eval/typed-casually.js';

const report = (line: string) => process.stderr.write(`${line}\n`);
const print = (result: object, json: boolean | undefined) =>
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);

const program = new Command('eval').description('Measure retrieval and answers on question sets.');

program
  .command('interview')
  .argument('<questions>', 'questions.jsonl (see ../shared/eval/README.md)')
  .option('--without-translations', 'index the articles without their translation files (English questions then go through the lexicon)')
  .option('--knowledge <dirs>', 'comma-separated folders whose articles are indexed together instead of the configured knowledge folder', parseFolderList)
  .option('--json', 'last line: one JSON object')
  .action((questions: string, options: { json?: boolean; withoutTranslations?: boolean; knowledge?: string[] }) =>
    runCli(async () => {
      const context = createCliContext();
      if (!options.withoutTranslations && !options.knowledge) {
        const engine = await openEngine(context, { generative: null });
        print(await evaluateInterview(engine, path.resolve(questions), report), options.json);
        return;
      }
      // The gathered folders, else the configured one, then without their translations if asked.
      const gathered = options.knowledge ? gatherKnowledge(options.knowledge) : null;
      let copy: ReturnType<typeof withoutTranslations> | null = null;
      try {
        copy = options.withoutTranslations ? withoutTranslations(gathered?.knowledgeDir ?? context.config.knowledgeDir) : null;
        const folders = (copy ?? gathered)!;
        const engine = await createEngine(loadConfig({ ...process.env, MARSAD_KNOWLEDGE_DIR: folders.knowledgeDir, MARSAD_DATA_DIR: folders.dataDir }), { generative: null });
        const result = await evaluateInterview(engine, path.resolve(questions), report);
        print({ ...result, ...(copy ? { translations: false } : {}), ...(options.knowledge ? { knowledge: options.knowledge } : {}) }, options.json);
      } finally {
        copy?.cleanup();
        gathered?.cleanup();
      }
    }),
  );

program
  .command('xquad')
  .argument('<dir>', 'folder with corpus.jsonl and questions.jsonl')
  .addOption(new Option('--index <mode>', 'what is indexed: Arabic only, Arabic with the English view, the view for every other article (mixed), or English only (en)').choices(['ar', 'ar+en', 'mixed', 'en']).default('ar'))
  .addOption(new Option('--half <half>', 'only every other article: 0 the first, third…; 1 the second, fourth…').choices(['0', '1']))
  .option('--typed <seed>', 'ask each question as typed in a chat: one slip of the keyboard, English lower case, no question mark (seeded)')
  .option('--json', 'last line: one JSON object')
  .action((dir: string, options: { index: XquadIndexMode; half?: '0' | '1'; typed?: string; json?: boolean }) =>
    runCli(async () => {
      const typed = options.typed === undefined ? undefined : casualTyping(Number(options.typed));
      const half = options.half === undefined ? undefined : (Number(options.half) as 0 | 1);
      print({ ...(await evaluateXquad(path.resolve(dir), options.index, report, { typed, half })), ...(typed ? { typed: Number(options.typed) } : {}) }, options.json);
    }),
  );

program
  .command('squad')
  .argument('<file>', 'a SQuAD v1.1 JSON file (e.g. ../shared/eval/arcd-dev/arcd-train.json)')
  .addOption(new Option('--half <half>', "only alternate articles of the file: 0 the first, third…; 1 the second, fourth… (fit on one, measure on the other)").choices(['0', '1']))
  .option('--typed <seed>', 'ask each question as typed in a chat: one slip of the keyboard, no question mark (seeded)')
  .option('--json', 'last line: one JSON object {set, n, r@1, r@5, r@10, answer_contains, first_holds_answer, median_answer_chars}')
  .action((file: string, options: { half?: string; typed?: string; json?: boolean }) =>
    runCli(async () => {
      const half = options.half === undefined ? undefined : (Number(options.half) as SquadHalf);
      const typed = options.typed === undefined ? undefined : casualTyping(Number(options.typed));
      print({ ...(await evaluateSquad(path.resolve(file), report, half, typed)), ...(typed ? { typed: Number(options.typed) } : {}) }, options.json);
    }),
  );

program
  .command('gloss')
  .argument('<dir>', 'a parallel set: corpus.jsonl with {id, article, ar, en} (e.g. ../shared/eval/xquad-dev)')
  .addOption(new Option('--half <half>', 'only every other article: 0 the first, third…; 1 the second, fourth…').choices(['0', '1']))
  .option('--json', 'last line: one JSON object {set, paragraphs, words, precision, first_sense, reachable, recall}')
  .action((dir: string, options: { half?: '0' | '1'; json?: boolean }) =>
    runCli(async () => {
      const half = options.half === undefined ? undefined : (Number(options.half) as 0 | 1);
      print(evaluateGloss(path.resolve(dir), report, half), options.json);
    }),
  );

program
  .command('sweep')
  .description('interview, ARCD-dev by halves and XQuAD-dev (ar, ar+en) with the shared evaluation data, one line')
  .option('--eval-dir <dir>', 'the shared evaluation folder', '../shared/eval')
  .option('--json', 'last line: one JSON object of every figure')
  .action((options: { evalDir: string; json?: boolean }) =>
    runCli(async () => {
      const result = await sweep(createCliContext(), path.resolve(options.evalDir));
      process.stdout.write(options.json ? `${JSON.stringify(result.figures)}\n` : `${result.line}\n`);
    }),
  );

program.parse();
