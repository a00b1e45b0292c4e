import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

const base = { APP_SECRET: 'x'.repeat(32), DATA_DIR: '/tmp/portal-config-test' };
const production = { ...base, NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example.de' };

/** The problems loadConfig reports for `env` (fails the test when it accepts it). */
function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`accepted: ${JSON.stringify(env)}`);
}

/** Refused with exactly one problem, naming the variable. */
function refused(env: NodeJS.ProcessEnv, variable: string): string {
  const found = problems(env);
  expect(found, JSON.stringify(env)).toHaveLength(1);
  expect(found[0]).toContain(variable);
  expect(found[0]).toMatch(/ungültig|muss .*gesetzt|zu kurz|kein gültiger/);
  return found[0];
}

describe('loadConfig', () => {
  it('development only without NODE_ENV or with NODE_ENV=development', () => {
    expect(loadConfig({ ...base }).development).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: '' }).development).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).development).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).development).toBe(false);
    expect(loadConfig({ ...production }).development).toBe(false);
    expect(loadConfig({ ...production }).production).toBe(true);
  });

  it('NODE_ENV: an unknown value (a typo of production) stops the start instead of running as development', () => {
    for (const NODE_ENV of ['staging', 'Production', 'prod', 'production ']) {
      expect(refused({ ...base, NODE_ENV }, 'NODE_ENV')).toContain('development, production oder test');
    }
  });

  it('defaults outside production', () => {
    const config = loadConfig({ ...base });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/tmp/portal-config-test',
      smtpUrl: undefined,
      mailFrom: 'Ausbildungsportal <noreply@ausbildungsportal.example>',
      publicUrl: 'http://localhost:3000',
      outboxIntervalMs: 5000,
      trustProxy: undefined,
      healthToken: undefined,
      logLevel: 'info',
      demoData: true,
    });
    expect(loadConfig({ ...base, PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  it('empty variables count as unset', () => {
    const empty = Object.fromEntries(
      [
        'PORT',
        'DATABASE_URL',
        'SMTP_URL',
        'MAIL_FROM',
        'PUBLIC_URL',
        'OUTBOX_INTERVAL_MS',
        'TRUST_PROXY',
        'HEALTH_TOKEN',
        'DB_CONNECT_TIMEOUT_MS',
        'DB_STATEMENT_TIMEOUT_MS',
        'LOG_LEVEL',
        'DEMO_DATA',
      ].map((name) => [name, '']),
    );
    expect(loadConfig({ ...base, ...empty })).toEqual(loadConfig({ ...base }));
  });

  it('PORT: a whole number from 1 to 65535', () => {
    expect(loadConfig({ ...base, PORT: '65535' }).port).toBe(65535);
    for (const bad of ['0', '65536', 'abc', '80.5', '1e3', ' 80', '-1']) {
      expect(refused({ ...base, PORT: bad }, 'PORT'), bad).toContain('1 bis 65535');
    }
  });

  it('OUTBOX_INTERVAL_MS: 500 ms to 1 hour; "abc" or "0" no longer make the outbox loop every millisecond', () => {
    expect(loadConfig({ ...base, OUTBOX_INTERVAL_MS: '500' }).outboxIntervalMs).toBe(500);
    expect(loadConfig({ ...base, OUTBOX_INTERVAL_MS: '3600000' }).outboxIntervalMs).toBe(3_600_000);
    for (const bad of ['abc', '0', '1', '499', '3600001', '5s', '5000.5', '-5000']) {
      const message = refused({ ...base, OUTBOX_INTERVAL_MS: bad }, 'OUTBOX_INTERVAL_MS');
      expect(message, bad).toContain('500 bis 3600000');
      expect(message).toContain(JSON.stringify(bad));
    }
  });

  describe('PUBLIC_URL', () => {
    it('is required in production (mail links pointed to localhost without it)', () => {
      const { PUBLIC_URL: _, ...ohne } = production;
      expect(refused(ohne, 'PUBLIC_URL')).toContain('muss in Produktion gesetzt sein');
      expect(refused({ ...ohne, PUBLIC_URL: '' }, 'PUBLIC_URL')).toContain('muss in Produktion gesetzt sein');
    });

    it('is the origin: a trailing slash is dropped, links append their path to it', () => {
      expect(loadConfig({ ...production, PUBLIC_URL: 'https://portal.example.de/' }).publicUrl).toBe(
        'https://portal.example.de',
      );
      expect(loadConfig({ ...production, PUBLIC_URL: 'https://Portal.Example.de:8443' }).publicUrl).toBe(
        'https://portal.example.de:8443',
      );
    });

    it('production wants https; plain http only for localhost (e2e)', () => {
      expect(loadConfig({ ...production, PUBLIC_URL: 'http://localhost:4173' }).publicUrl).toBe(
        'http://localhost:4173',
      );
      expect(loadConfig({ ...production, PUBLIC_URL: 'http://127.0.0.1:3000' }).publicUrl).toBe(
        'http://127.0.0.1:3000',
      );
      expect(refused({ ...production, PUBLIC_URL: 'http://portal.example.de' }, 'PUBLIC_URL')).toContain(
        'https',
      );
      // Outside production http is fine.
      expect(loadConfig({ ...base, PUBLIC_URL: 'http://portal.test:3000' }).publicUrl).toBe(
        'http://portal.test:3000',
      );
    });

    it('no path, query, fragment or credentials; only http(s)', () => {
      for (const bad of [
        'portal.example.de',
        '/portal',
        'https://portal.example.de/portal',
        'https://portal.example.de/?x=1',
        'https://portal.example.de?',
        'https://portal.example.de/#top',
        'https://user:pw@portal.example.de',
        'ftp://portal.example.de',
        'javascript:alert(1)',
        'https:portal.example.de',
      ]) {
        refused({ ...production, PUBLIC_URL: bad }, 'PUBLIC_URL');
        refused({ ...base, PUBLIC_URL: bad }, 'PUBLIC_URL');
      }
    });
  });

  it('DATABASE_URL: a postgres:// or postgresql:// URL, never echoed (it carries the password)', () => {
    for (const url of [
      'postgresql://app:geheim@db.internal:5432/portal',
      'postgres://app@127.0.0.1/portal?sslmode=require',
      'postgresql:///portal?host=/var/run/postgresql',
    ]) {
      expect(loadConfig({ ...base, DATABASE_URL: url }).databaseUrl).toBe(url);
    }
    for (const bad of ['mysql://app:geheim@db/portal', 'db.internal:5432', 'geheim', 'http://db/portal']) {
      const message = refused({ ...base, DATABASE_URL: bad }, 'DATABASE_URL');
      expect(message).not.toContain('geheim');
      expect(message).toContain('postgresql://');
    }
  });

  it('SMTP_URL: smtp:// or smtps:// with a host name, never echoed', () => {
    for (const url of [
      'smtp://mail.example.de:587',
      'smtps://user:geheim@mail.example.de',
      'smtp://127.0.0.1:2525',
    ]) {
      expect(loadConfig({ ...base, SMTP_URL: url }).smtpUrl).toBe(url);
    }
    for (const bad of ['mail.example.de:587', 'http://geheim.example.de', 'smtp://', 'smtp:geheim']) {
      expect(refused({ ...base, SMTP_URL: bad }, 'SMTP_URL')).not.toContain('geheim');
    }
  });

  it('MAIL_FROM: an address, optionally with a name; no line breaks (it becomes a header)', () => {
    for (const from of [
      'noreply@ihk.example.de',
      'IHK Portal <noreply@ihk.example.de>',
      '"IHK, Portal" <a@b.de>',
    ]) {
      expect(loadConfig({ ...base, MAIL_FROM: from }).mailFrom).toBe(from);
    }
    for (const bad of ['noreply', 'IHK <noreply>', 'a@b.de\nBcc: x@y.de', 'IHK <a@b.de', 'a b@c.de']) {
      refused({ ...base, MAIL_FROM: bad }, 'MAIL_FROM');
    }
  });

  it('APP_SECRET: required in production, at least 32 characters, never echoed', () => {
    const { APP_SECRET: _, ...ohne } = production;
    expect(refused(ohne, 'APP_SECRET')).toContain('muss in Produktion gesetzt sein');
    expect(refused({ ...ohne, APP_SECRET: '' }, 'APP_SECRET')).toContain('muss in Produktion gesetzt sein');
    const message = refused({ ...production, APP_SECRET: 'geheim-aber-kurz' }, 'APP_SECRET');
    expect(message).toContain('zu kurz');
    expect(message).not.toContain('geheim');
    expect(refused({ ...base, APP_SECRET: 'kurz' }, 'APP_SECRET')).toContain('zu kurz');
  });

  describe('APP_SECRET outside production', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-config-secret-'));
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('is generated once into DATA_DIR and read again', () => {
      const first = loadConfig({ DATA_DIR: dataDir }).appSecret;
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(path.join(dataDir, 'app-secret'), 'utf8')).toBe(first);
      expect(loadConfig({ DATA_DIR: dataDir }).appSecret).toBe(first);
    });

    it('nothing is written when the configuration is wrong', () => {
      const leer = path.join(dataDir, 'nicht-angelegt');
      expect(problems({ DATA_DIR: leer, PORT: 'x' })).toHaveLength(1);
      expect(() => readFileSync(path.join(leer, 'app-secret'))).toThrow();
    });
  });

  it('HEALTH_TOKEN: unset, or at least 32 characters that fit in an Authorization header', () => {
    expect(loadConfig({ ...base }).healthToken).toBeUndefined();
    expect(loadConfig({ ...base, HEALTH_TOKEN: '' }).healthToken).toBeUndefined();
    const token = 'f'.repeat(64);
    expect(loadConfig({ ...base, HEALTH_TOKEN: token }).healthToken).toBe(token);
    for (const bad of ['kurz', 'a'.repeat(31), `${'a'.repeat(32)} b`, `${'a'.repeat(32)}\n`]) {
      expect(refused({ ...base, HEALTH_TOKEN: bad }, 'HEALTH_TOKEN')).not.toContain(bad);
    }
  });

  it('TRUST_PROXY: loopback, a hop count, or addresses/CIDRs; never "true"', () => {
    for (const ok of [
      'loopback',
      '1',
      '0',
      '10.0.0.0/8, 192.168.1.5',
      'loopback,fd00::/8',
      '10.0.0.0/255.0.0.0',
    ]) {
      expect(loadConfig({ ...base, TRUST_PROXY: ok }).trustProxy).toBe(ok);
    }
    for (const bad of ['true', 'yes', '10.0.0.0/33', '10.0.0', 'loopback,', '1,2', '300', 'fd00::/129']) {
      expect(refused({ ...base, TRUST_PROXY: bad }, 'TRUST_PROXY'), bad).toContain('loopback');
    }
  });

  it('database timeouts: 5 s each by default, whole milliseconds from the environment', () => {
    expect(loadConfig({ ...base }).databaseTimeouts).toEqual({ connectMs: 5000, statementMs: 5000 });
    expect(
      loadConfig({ ...base, DB_CONNECT_TIMEOUT_MS: '1500', DB_STATEMENT_TIMEOUT_MS: '30000' })
        .databaseTimeouts,
    ).toEqual({ connectMs: 1500, statementMs: 30000 });
    for (const bad of ['0', '-1', '1.5', 'fünf', '99', '600001']) {
      expect(refused({ ...base, DB_STATEMENT_TIMEOUT_MS: bad }, 'DB_STATEMENT_TIMEOUT_MS')).toContain(
        '100 bis 600000',
      );
      refused({ ...base, DB_CONNECT_TIMEOUT_MS: bad }, 'DB_CONNECT_TIMEOUT_MS');
    }
  });

  it('LOG_LEVEL: one of pino levels, default info', () => {
    expect(loadConfig({ ...base, LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({ ...base, LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    for (const bad of ['INFO', 'verbose', 'warning']) {
      expect(refused({ ...base, LOG_LEVEL: bad }, 'LOG_LEVEL')).toContain('fatal, error, warn, info');
    }
  });

  it('DEMO_DATA: into an empty database in development; in production only with 1; 0 never', () => {
    expect(loadConfig({ ...base }).demoData).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).demoData).toBe(true);
    expect(loadConfig({ ...base, DEMO_DATA: '0' }).demoData).toBe(false);
    expect(loadConfig({ ...production }).demoData).toBe(false);
    expect(loadConfig({ ...production, DEMO_DATA: '1' }).demoData).toBe(true);
    expect(loadConfig({ ...production, DEMO_DATA: '0' }).demoData).toBe(false);
    for (const bad of ['true', 'ja', '2']) refused({ ...base, DEMO_DATA: bad }, 'DEMO_DATA');
  });

  it('WORKERS: one per core in production with PostgreSQL, else 1; more than one only with PostgreSQL', () => {
    const pg = { DATABASE_URL: 'postgresql://portal@127.0.0.1:5432/portal' };
    expect(loadConfig({ ...base }).workers).toBe(1);
    expect(loadConfig({ ...production }).workers).toBe(1);
    expect(loadConfig({ ...production, ...pg }).workers).toBe(availableParallelism());
    expect(loadConfig({ ...production, ...pg, WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ ...base, WORKERS: '1' }).workers).toBe(1);
    for (const bad of ['0', '65', 'zwei', '1.5']) refused({ ...base, ...pg, WORKERS: bad }, 'WORKERS');
    expect(refused({ ...base, WORKERS: '2' }, 'WORKERS')).toContain('braucht PostgreSQL');
  });

  it('reports every wrong variable at once, one line each', () => {
    const found = problems({
      NODE_ENV: 'production',
      PORT: 'abc',
      OUTBOX_INTERVAL_MS: '0',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'laut',
    });
    expect(found.map((line) => line.split(' ')[0])).toEqual([
      'PORT',
      'DATABASE_URL',
      'APP_SECRET',
      'PUBLIC_URL',
      'OUTBOX_INTERVAL_MS',
      'LOG_LEVEL',
    ]);
    for (const line of found) expect(line).not.toContain('\n');
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'laut', DATA_DIR: '/tmp/portal-config-test' })).toThrow(
      /^PORT ist ungültig: "abc" [^\n]*\nLOG_LEVEL ist ungültig: "laut" [^\n]*$/,
    );
  });
});
