import { describe, expect, it } from 'vitest';
import { drosselAdresse } from './drosselung.js';

describe('drosselAdresse (client address as rate-limit key)', () => {
  it('keeps IPv4 addresses', () => {
    expect(drosselAdresse('203.0.113.7')).toBe('203.0.113.7');
  });

  it('maps IPv4-mapped IPv6 addresses to their IPv4 address', () => {
    expect(drosselAdresse('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(drosselAdresse('::FFFF:cb00:7107')).toBe('203.0.113.7');
  });

  it('reduces IPv6 addresses to their /64 prefix, whatever the notation', () => {
    const a = drosselAdresse('2001:db8:1234:5678:aaaa:bbbb:cccc:dddd');
    expect(a).toBe('2001:db8:1234:5678::/64');
    expect(drosselAdresse('2001:0DB8:1234:5678::1')).toBe(a);
    expect(drosselAdresse('2001:db8:1234:5678:1:2:3:4%eth0')).toBe(a);
    expect(drosselAdresse('2001:db8:1234:5679::1')).not.toBe(a);
    expect(drosselAdresse('::1')).toBe('0:0:0:0::/64');
  });

  it('leaves anything else (e.g. an e-mail address or "unbekannt") as it is', () => {
    expect(drosselAdresse('Person@Example.test')).toBe('Person@Example.test');
    expect(drosselAdresse('unbekannt')).toBe('unbekannt');
  });
});
