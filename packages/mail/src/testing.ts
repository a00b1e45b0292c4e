import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** The Message-ID header, e.g. `<id@ausbildungsportal>` (null without one). */
  messageId: string | null;
}

export interface TestSmtpServerOptions {
  port?: number;
  /**
   * Holds the final answer to each message (the reply after the data) this long, like a server
   * that is slow to commit. A function is asked once per message, so a test can make the server
   * slow and let it recover. Default 0.
   */
  holdAnswerMs?: number | (() => number);
}

export interface TestSmtpServer {
  port: number;
  url: string;
  /** Messages the server acknowledged (answered 250 on a connection that was still open). */
  received: ReceivedMail[];
  /**
   * Messages received in full whose answer the client never got: it closed the connection while
   * the server held its answer. This server drops them, like one that commits only with its answer.
   */
  unacknowledged: ReceivedMail[];
  /** Resolves once no answer is held any more (every held message is in one of the two lists). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const messageIdOf = (raw: string) => /^Message-ID:\s*(<[^>\r\n]*>)/im.exec(raw)?.[1] ?? null;

/** A real SMTP server on 127.0.0.1 for tests; it keeps every message it accepts. */
export async function startTestSmtpServer(
  portOrOptions: number | TestSmtpServerOptions = 0,
): Promise<TestSmtpServer> {
  const options = typeof portOrOptions === 'number' ? { port: portOrOptions } : portOrOptions;
  const received: ReceivedMail[] = [];
  const unacknowledged: ReceivedMail[] = [];
  const closedSessions = new Set<string>();
  const holds = new Map<NodeJS.Timeout, ReceivedMail>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Connections still open at close() are cut after 1 s (default 30 s).
    closeTimeout: 1000,
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          messageId: messageIdOf(raw),
        };
        const hold =
          typeof options.holdAnswerMs === 'function' ? options.holdAnswerMs() : options.holdAnswerMs;
        if (!hold) {
          received.push(mail);
          callback();
          return;
        }
        const timer = setTimeout(() => {
          holds.delete(timer);
          (closedSessions.has(session.id) ? unacknowledged : received).push(mail);
          callback();
        }, hold);
        holds.set(timer, mail);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    received,
    unacknowledged,
    async idle() {
      while (holds.size > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Answers still held are never given: those messages count as unacknowledged.
        for (const [timer, mail] of holds) {
          clearTimeout(timer);
          unacknowledged.push(mail);
        }
        holds.clear();
        server.close(() => resolve());
      }),
  };
}
