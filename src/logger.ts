/**
 * JSON-lines logging (pino). Secrets are redacted by key, and any string that
 * contains a configured secret is masked, so a token pasted into an error
 * message still never reaches the log.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

const SECRET_KEYS = ['token', 'apiKey', 'authorization', 'OPENAI_API_KEY', 'DISCORD_TOKEN', 'headers.authorization'];

export function createLogger(options: { level?: string; secrets?: (string | undefined)[]; destination?: pino.DestinationStream } = {}): Logger {
  const secrets = (options.secrets ?? []).filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const mask = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join('[redacted]'), text);
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
    options.destination ?? pino.destination(2),
  );
}

/** A logger that writes nothing: for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
