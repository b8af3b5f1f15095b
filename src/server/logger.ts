import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs; request bodies and secrets are never logged. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'lotse' }, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}
