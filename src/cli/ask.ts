/** `npm run ask -- "<question>" [--lang ar|en] [--since YYYY-MM-DD] [--k N] [--json]` */
import { Command, InvalidArgumentError, Option } from 'commander';
import { createCliContext, openEngine, runCli } from './bootstrap.js';
import { detectLanguage, sinceDayOf } from '../core/public.js';
import { renderAnswer } from './render-answer.js';

function sinceDay(value: string): string {
  const day = sinceDayOf(value, new Date());
  if (!day) throw new InvalidArgumentError('a day written YYYY-MM-DD, not after today');
  return day;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 20) throw new InvalidArgumentError('a whole number from 1 to 20');
  return parsed;
}

const program = new Command('ask')
  .description('Ask the indexed articles a question, in Arabic or English; prints a cited answer.')
  .argument('<question...>', 'the question')
  .addOption(new Option('--lang <lang>', 'answer language (default: the question\'s)').choices(['ar', 'en']))
  .option('--since <day>', 'only articles published on or after this day', sinceDay)
  .option('--k <n>', 'excerpts to retrieve', positiveInteger, 5)
  .option('--json', 'print one JSON object')
  .action((words: string[], options: { lang?: 'ar' | 'en'; since?: string; k: number; json?: boolean }) =>
    runCli(
      async () => {
        const engine = await openEngine(createCliContext());
        const { moreCitations: _more, ...answer } = await engine.ask(words.join(' '), { lang: options.lang, since: options.since, k: options.k });
        process.stdout.write(options.json ? `${JSON.stringify(answer)}\n` : `${renderAnswer({ ...answer })}\n`);
      },
      // A refusal (too long, no words…) is said in the asker's language, as the bot does.
      () => options.lang ?? detectLanguage(words.join(' ')).language,
    ),
  );

program.parse();
