import { expect } from 'vitest';
import type { GqlResult } from './harness.js';

export type GqlError = NonNullable<GqlResult['errors']>[number];

/** The single error of a refused operation; fails the test when there is none. */
export function errorOf(result: GqlResult<unknown>): GqlError {
  expect(result.errors, `expected an error, got ${JSON.stringify(result.data)}`).toBeDefined();
  expect(result.errors).toHaveLength(1);
  return result.errors![0];
}

export function codeOf(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Refused with this code, a German message, and no data. */
export function expectRefused(result: GqlResult<unknown>, code: string): GqlError {
  const error = errorOf(result);
  expect(error.extensions?.code).toBe(code);
  expectGerman(error.message);
  expect(JSON.stringify(result.data ?? null)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  return error;
}

/** A heuristic, but it catches English framework messages leaking through: German words, no English ones. */
export function expectGerman(message: string) {
  expect(message).toMatch(
    /[äöüß]|\b(sie|ihr|ihre|ihnen|nicht|ist|bitte|die|der|das|und|kein|keine|wurde|werden|fehlt)\b/i,
  );
  expect(message).not.toMatch(/\b(Access denied|Unauthorized|Cannot|Unexpected|must|not found|failed)\b/i);
}

/** Every id and e-mail that occurs in a value, for "contains nothing of A" checks. */
export function textOf(value: unknown): string {
  return JSON.stringify(value ?? null).toLowerCase();
}
