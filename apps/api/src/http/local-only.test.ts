import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { bearerTokenMatches } from './health.js';
import { isLocalRequest, isLoopbackAddress } from './local-only.js';

const request = (remoteAddress: string | undefined, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers }) as unknown as Request;

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('%s is loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '10.0.0.5',
    '192.0.2.2',
    '::ffff:10.0.0.5',
    'fd00::2',
    '::',
    '0.0.0.0',
    '1127.0.0.1',
    '127.0.0.1.example',
  ])('%s is not', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe('isLocalRequest', () => {
  it('trusts the socket, not a header a client can set', () => {
    expect(isLocalRequest(request('127.0.0.1'))).toBe(true);
    expect(isLocalRequest(request('10.0.0.5', { 'x-forwarded-for': '127.0.0.1' }))).toBe(false);
  });

  it('a request a proxy on this machine relayed is not local', () => {
    for (const name of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      expect(isLocalRequest(request('127.0.0.1', { [name]: '203.0.113.7' })), name).toBe(false);
    }
  });
});

describe('bearerTokenMatches', () => {
  const token = 'a'.repeat(40);
  it('accepts exactly "Bearer <token>"', () => {
    expect(bearerTokenMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerTokenMatches(`bearer ${token}`, token)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'Bearer',
    'Bearer ',
    token,
    `Bearer ${token.slice(1)}`,
    `Bearer ${token}a`,
    `Bearer  ${token}`,
    `Basic ${token}`,
  ])('refuses %j', (header) => {
    expect(bearerTokenMatches(header, token)).toBe(false);
  });
});
