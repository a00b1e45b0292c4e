import type { DestinationStream } from 'pino';
import { createLogger, type Logger } from '../../src/logging.js';

export type LogLine = Record<string, unknown> & { level: string; msg?: string };

/**
 * A destination for the app's logger that keeps every line in memory: tests stay quiet and can
 * look at what was logged (pino writes one JSON object per `write`, ending in a newline).
 */
export class LogCapture implements DestinationStream {
  /** Exactly as written. */
  readonly raw: string[] = [];

  write(line: string): void {
    this.raw.push(line);
  }

  /** The lines written so far, parsed. */
  get lines(): LogLine[] {
    return this.raw.map((line) => JSON.parse(line) as LogLine);
  }

  /** Lines written from now on: `const mark = logs.mark(); ...; logs.since(mark)`. */
  mark(): number {
    return this.raw.length;
  }

  since(mark: number): LogLine[] {
    return this.lines.slice(mark);
  }

  clear(): void {
    this.raw.length = 0;
  }
}

/** The app's logger writing into a capture (LOG_LEVEL info unless given). */
export function captureLogger(level: Parameters<typeof createLogger>[0] = 'info'): {
  logger: Logger;
  logs: LogCapture;
} {
  const logs = new LogCapture();
  return { logger: createLogger(level, logs), logs };
}
