import { describe, expect, it } from 'vitest';
import { trustProxySetting } from './trust-proxy.js';

describe('trustProxySetting (TRUST_PROXY)', () => {
  it('defaults to loopback and reads hop counts and address lists', () => {
    expect(trustProxySetting(undefined)).toBe('loopback');
    expect(trustProxySetting('  ')).toBe('loopback');
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('10.0.0.0/8, 192.168.1.5')).toEqual(['10.0.0.0/8', '192.168.1.5']);
  });
});
