import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

const base = { APP_SECRET: 'x'.repeat(32), DATA_DIR: '/tmp/portal-config-test' };

describe('loadConfig', () => {
  it('development only without NODE_ENV or with NODE_ENV=development', () => {
    expect(loadConfig({ ...base }).development).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).development).toBe(true);
    for (const NODE_ENV of ['production', 'test', 'staging']) {
      expect(loadConfig({ ...base, NODE_ENV }).development, NODE_ENV).toBe(false);
    }
  });

  it('HEALTH_TOKEN: unset, or at least 32 characters that fit in an Authorization header', () => {
    expect(loadConfig({ ...base }).healthToken).toBeUndefined();
    expect(loadConfig({ ...base, HEALTH_TOKEN: '' }).healthToken).toBeUndefined();
    const token = 'f'.repeat(64);
    expect(loadConfig({ ...base, HEALTH_TOKEN: token }).healthToken).toBe(token);
    for (const bad of ['kurz', 'a'.repeat(31), `${'a'.repeat(32)} b`, `${'a'.repeat(32)}\n`]) {
      expect(() => loadConfig({ ...base, HEALTH_TOKEN: bad }), bad).toThrow(ConfigError);
    }
  });

  it('database timeouts: 5 s each by default, whole milliseconds from the environment', () => {
    expect(loadConfig({ ...base }).databaseTimeouts).toEqual({ connectMs: 5000, statementMs: 5000 });
    expect(
      loadConfig({ ...base, DB_CONNECT_TIMEOUT_MS: '1500', DB_STATEMENT_TIMEOUT_MS: '30000' })
        .databaseTimeouts,
    ).toEqual({ connectMs: 1500, statementMs: 30000 });
    for (const bad of ['0', '-1', '1.5', 'fünf', '99', '600001']) {
      expect(() => loadConfig({ ...base, DB_STATEMENT_TIMEOUT_MS: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ ...base, DB_CONNECT_TIMEOUT_MS: bad }), bad).toThrow(ConfigError);
    }
  });
});
