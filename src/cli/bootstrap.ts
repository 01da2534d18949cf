/**
 * Shared start-up for the command-line tools: one config parse, a logger on
 * stderr (stdout stays clean for --json), the engine, and one place that turns
 * expected failures into a plain message and an exit code.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type MarsadConfig } from '../config.js';
import { createEngine, type Engine, type EngineOptions, type Language } from '../core/public.js';
import { isMarsadError } from '../errors.js';
import { createLogger, environmentSecrets, maskSecrets, type Logger } from '../logger.js';

export interface CliContext {
  config: MarsadConfig;
  logger: Logger;
}

export function createCliContext(): CliContext {
  const config = loadConfig();
  // Tools print their own results; the log keeps to warnings unless LOG_LEVEL asks for more.
  const level = process.env.LOG_LEVEL ? config.logLevel : 'warn';
  const logger = createLogger({ level, secrets: [config.openai?.apiKey, config.discord.token] });
  return { config, logger };
}

export async function openEngine(context: CliContext, options: EngineOptions = {}): Promise<Engine> {
  if (!existsSync(path.join(context.config.dataDir, 'index', 'CURRENT'))) {
    process.stderr.write(`No index yet: building it from ${path.relative(process.cwd(), context.config.knowledgeDir) || '.'} (first use only)…\n`);
  }
  return createEngine(context.config, { logger: context.logger, ...options });
}

/**
 * Runs a CLI main function: expected failures print their message (exit 1), bugs their stack (exit 2).
 * `language` says whom the message is for: an Arabic question is refused in Arabic (default English).
 */
export function runCli(main: () => Promise<void>, language: () => Language = () => 'en'): void {
  main().catch((error: unknown) => {
    if (isMarsadError(error)) {
      process.stderr.write(maskSecrets(`marsad: ${error.localizedMessage(language())}\n`, environmentSecrets()));
      process.exitCode = 1;
      return;
    }
    process.stderr.write(maskSecrets(`marsad: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`, environmentSecrets()));
    process.exitCode = 2;
  });
}
