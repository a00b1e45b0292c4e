import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bereinigeWert, unzulaessig } from './eingabe.js';

describe('the input boundary for strings', () => {
  it.each([
    ['a\u0000b', 'Steuerzeichen'],
    ['\u0007', 'Steuerzeichen'],
    ['\u001B[31m', 'Steuerzeichen'],
    ['\u007F', 'Steuerzeichen'],
    ['\u0085', 'Steuerzeichen'],
    ['\uD800', 'ungültige Unicode-Zeichen'],
    ['x\uDC00', 'ungültige Unicode-Zeichen'],
    ['\uDC00\uD800', 'ungültige Unicode-Zeichen'],
  ])('refuses %j', (text, grund) => {
    expect(unzulaessig(text)).toBe(grund);
  });

  it.each([['Zeile 1\nZeile 2\r\n\tEingerückt'], ['Ayşe Yıldız, Łukasz, Petrović'], ['😀 Emoji'], ['']])(
    'lets %j pass',
    (text) => {
      expect(unzulaessig(text)).toBeNull();
    },
  );

  it('normalises to NFC and names the field in nested input', () => {
    const input = { input: { name: 'Mu\u0308ller', tage: [{ taetigkeiten: 'ok' }] } };
    expect(bereinigeWert(input, 'v')).toEqual({ input: { name: 'Müller', tage: [{ taetigkeiten: 'ok' }] } });
    const error = (() => {
      try {
        bereinigeWert({ tage: [{ taetigkeiten: 'ok' }, { taetigkeiten: 'a\u0000' }] }, 'input');
      } catch (e) {
        return e as GraphQLError;
      }
    })();
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tage.1.taetigkeiten' });
    expect(error?.message).toContain('„input.tage.1.taetigkeiten“ enthält Steuerzeichen');
  });
});
