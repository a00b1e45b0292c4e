import { describe, expect, it } from 'vitest';
import { isLocked, LOCK_DURATION_MS, MAX_FAILED_LOGINS } from './login-rules.js';
import { generatePin, isPinFormat, PIN_LENGTH } from './pin.js';

describe('PIN rules', () => {
  it('generates PINs of 8 digits from a strong random source', () => {
    const pins = Array.from({ length: 200 }, generatePin);
    for (const pin of pins) expect(pin).toMatch(/^\d{8}$/);
    // 200 draws from 10^8 values: a repeat would mean a broken generator.
    expect(new Set(pins).size).toBe(200);
    expect(PIN_LENGTH).toBe(8);
  });

  it.each([
    ['12345678', true],
    ['00000000', true],
    ['1234567', false],
    ['123456789', false],
    ['1234 5678', false],
    ['abcdefgh', false],
    ['', false],
  ])('accepts %j as PIN format: %s', (pin, ok) => {
    expect(isPinFormat(pin)).toBe(ok);
  });

  it('locks like passwords: 5 failures, 24 hours', () => {
    expect(MAX_FAILED_LOGINS).toBe(5);
    const now = new Date('2026-11-24T10:00:00Z');
    const until = new Date(now.getTime() + LOCK_DURATION_MS);
    expect(until.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(isLocked({ lockedUntil: until }, now)).toBe(true);
    expect(isLocked({ lockedUntil: until }, until)).toBe(false);
  });
});
