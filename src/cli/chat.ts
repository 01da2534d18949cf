/**
 * `npm run chat`: an interactive terminal conversation on the same engine as
 * the bot. Follow-up questions ("and China?") are read against the previous turn.
 */
import { createInterface } from 'node:readline/promises';
import { isMarsadError } from '../errors.js';
import type { ConversationTurn } from '../core/public.js';
import { createCliContext, openEngine, runCli } from './bootstrap.js';
import { renderAnswer } from './render-answer.js';

const HISTORY_TURNS = 4;

runCli(async () => {
  const engine = await openEngine(createCliContext());
  const articles = engine.listArticles();
  process.stdout.write(`Marsad — ${articles.length} article(s) indexed. Ask in Arabic or English; an empty line or Ctrl-D quits.\n`);
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const history: ConversationTurn[] = [];
  try {
    terminal.setPrompt('\n? ');
    terminal.prompt();
    // Line iteration (not question()) so piped input is read in full, line by line.
    for await (const line of terminal) {
      const question = line.trim();
      if (!question) break;
      try {
        const answer = await engine.ask(question, { history });
        process.stdout.write(`\n${renderAnswer(answer)}\n`);
        history.push({ question, answer: answer.answer });
        history.splice(0, Math.max(0, history.length - HISTORY_TURNS));
      } catch (error) {
        if (!isMarsadError(error)) throw error;
        process.stdout.write(`${error.localizedMessage(/[\u0600-\u06FF]/.test(question) ? 'ar' : 'en')}\n`);
      }
      terminal.prompt();
    }
  } finally {
    terminal.close();
  }
});
