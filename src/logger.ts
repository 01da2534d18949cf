/**
 * JSON-lines logging (pino). Secrets are redacted by key, and any string that
 * contains a configured secret is masked, so a token pasted into an error
 * message still never reaches the log.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

const SECRET_KEYS = ['token', 'apiKey', 'authorization', 'OPENAI_API_KEY', 'DISCORD_TOKEN', 'headers.authorization'];

/** Replaces every secret (of 8+ characters) in free text: for what bypasses the logger, too. */
export function maskSecrets(text: string, secrets: (string | undefined)[]): string {
  return secrets
    .filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8)
    .reduce((masked, secret) => masked.split(secret).join('[redacted]'), text);
}

/** The secrets of this process's environment (before or without a parsed config). */
export function environmentSecrets(): (string | undefined)[] {
  return [process.env.OPENAI_API_KEY, process.env.DISCORD_TOKEN];
}

export function createLogger(options: { level?: string; secrets?: (string | undefined)[]; destination?: pino.DestinationStream } = {}): Logger {
  const mask = (text: string) => maskSecrets(text, options.secrets ?? []);
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'marsad' },
      redact: { paths: SECRET_KEYS.flatMap((key) => [key, `*.${key}`]), censor: '[redacted]' },
      hooks: {
        // Masks secrets inside free text (messages, error stacks) after redaction by key.
        streamWrite: (line) => mask(line),
      },
    },
    // Written synchronously: a line is on stderr before the next statement runs, so the lines logged just before an
    // exit ("stopped") are not lost with an asynchronous write still in flight (the stream's flush() does not wait
    // for one, and process.exit does not either).
    options.destination ?? pino.destination({ dest: 2, sync: true }),
  );
}

/** A logger that writes nothing: for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
