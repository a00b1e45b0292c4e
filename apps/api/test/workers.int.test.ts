import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The production start with WORKERS=2 (apps/api/src/cluster.ts): two processes serve the one port
 * against one PostgreSQL, a worker that dies is replaced while the other keeps answering, and
 * SIGTERM ends them all. PGlite serves one process, so PostgreSQL only.
 */
const API = path.resolve(import.meta.dirname, '..');

async function freierPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The pids whose parent is `pid` (Linux /proc). */
function kinder(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function bis<T>(
  was: string,
  pruefe: () => Promise<T | undefined> | T | undefined,
  ms = 120_000,
): Promise<T> {
  const ende = Date.now() + ms;
  for (;;) {
    const wert = await pruefe();
    if (wert !== undefined) return wert;
    if (Date.now() > ende) throw new Error(`Zeit abgelaufen: ${was}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('WORKERS=2', () => {
  let db: TestDatabase;
  let primary: ChildProcess;
  let url: string;
  let ausgabe = '';
  beforeAll(async () => {
    db = await createTestDatabase();
    const port = await freierPort();
    url = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      cwd: API,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        PORT: String(port),
        APP_SECRET: 'workers-test-secret-workers-test-secret-0123',
        PUBLIC_URL: `http://localhost:${port}`,
        WORKERS: '2',
        DEMO_DATA: '0',
        LOG_LEVEL: 'info',
        WEB_DIST: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout?.on('data', (chunk) => (ausgabe += chunk));
    primary.stderr?.on('data', (chunk) => (ausgabe += chunk));
  }, 60_000);
  afterAll(async () => {
    if (primary && primary.exitCode === null) primary.kill('SIGKILL');
    for (const pid of primary?.pid ? kinder(primary.pid) : []) process.kill(pid, 'SIGKILL');
    await db?.close();
  });

  const gesund = async () => {
    try {
      const antwort = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(3000) });
      return antwort.status === 200 ? true : undefined;
    } catch {
      return undefined;
    }
  };

  it('two workers serve the port; a dead one is replaced while the other answers; SIGTERM ends all', async () => {
    const pid = primary.pid!;
    await bis(`zwei Worker und /healthz (${ausgabe})`, async () =>
      kinder(pid).length === 2 && (await gesund()) ? true : undefined,
    );
    const [erster, zweiter] = kinder(pid);
    process.kill(erster, 'SIGKILL');
    // The other worker answers meanwhile.
    expect(await bis('der andere Worker antwortet', gesund, 10_000)).toBe(true);
    const neu = await bis('Ersatz-Worker', () => {
      const jetzt = kinder(pid);
      return jetzt.length === 2 && !jetzt.includes(erster) ? jetzt : undefined;
    });
    expect(neu).toContain(zweiter);
    await bis('Ersatz hört zu', gesund);
    expect(ausgabe).toContain('"event":"worker_beendet"');

    const beendet = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    primary.kill('SIGTERM');
    expect(await beendet).toBe(0);
    expect(kinder(pid)).toEqual([]);
  }, 240_000);
});
