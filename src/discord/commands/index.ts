/**
 * The slash commands, shared by the bot (routing) and `npm run register`
 * (registration), so the two can never disagree. To add a command, export a
 * SlashCommand from its own file and list it here.
 */
import { askCommand } from './ask.js';
import type { SlashCommand } from './command.js';
import { helpCommand } from './help.js';
import { ingestCommand } from './ingest.js';
import { reindexCommand } from './reindex.js';
import { sourcesCommand } from './sources.js';
import { summaryCommand } from './summary.js';
import { watchCommand } from './watch.js';

export type { SlashCommand } from './command.js';

export const commands: readonly SlashCommand[] = [askCommand, sourcesCommand, helpCommand, reindexCommand, summaryCommand, ingestCommand, watchCommand];
