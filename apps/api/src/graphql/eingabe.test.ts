import { GraphQLError, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { pruefeAnfrage, unzulaessig } from './eingabe.js';
import { createSchema } from './schema.js';

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
    ['\u202Eevil', 'Steuerzeichen für die Schreibrichtung'],
    ['a\u2066b', 'Steuerzeichen für die Schreibrichtung'],
  ])('refuses %j', (text, grund) => {
    expect(unzulaessig(text)).toBe(grund);
  });

  it.each([['Zeile 1\nZeile 2\r\n\tEingerückt'], ['Ayşe Yıldız, Łukasz, Petrović'], ['😀 Emoji'], ['']])(
    'lets %j pass',
    (text) => {
      expect(unzulaessig(text)).toBeNull();
    },
  );
});

describe('the input boundary along the schema', () => {
  let schema: Awaited<ReturnType<typeof createSchema>>;
  beforeAll(async () => {
    schema = await createSchema();
  });
  const SPEICHERN = parse(
    'mutation($input: NachweisSpeichernInput!) { nachweisSpeichern(input: $input) { __typename } }',
  );
  const eingabe = (tage: unknown[], mehr: Record<string, unknown> = {}) => ({
    input: {
      id: '0b8f7e4e-5d7c-4e7e-9a51-0c3a4f3e2b10',
      version: 1,
      abschnitt: 'A',
      unterweisungen: '',
      berufsschule: '',
      tage,
      rahmenplanIds: [],
      ...mehr,
    },
  });
  const fehler = (f: () => void) => {
    try {
      f();
    } catch (e) {
      return e as GraphQLError;
    }
    throw new Error('not refused');
  };

  it('normalises to NFC in nested input', () => {
    const variablen = eingabe([{ taetigkeiten: 'Mu\u0308ller' }]);
    pruefeAnfrage(schema, SPEICHERN, variablen);
    expect((variablen.input.tage[0] as { taetigkeiten: string }).taetigkeiten).toBe('Müller');
  });

  it('names the field inside `input` as the domain does', () => {
    const e = fehler(() =>
      pruefeAnfrage(schema, SPEICHERN, eingabe([{ taetigkeiten: 'ok' }, { taetigkeiten: 'a\u0000' }])),
    );
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tage.1.taetigkeiten' });
    expect(e.message).toContain('„tage.1.taetigkeiten“ enthält Steuerzeichen');
  });

  it('refuses a text longer than its kind allows, counted in characters', () => {
    const erlaubt = '😀'.repeat(10_000);
    pruefeAnfrage(schema, SPEICHERN, eingabe([], { abschnitt: erlaubt }));
    const e = fehler(() => pruefeAnfrage(schema, SPEICHERN, eingabe([], { abschnitt: `${erlaubt}x` })));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'abschnitt' });
    expect(e.message).toBe('Der Text in „abschnitt“ ist zu lang (höchstens 10000 Zeichen).');
  });

  it('refuses markup in an e-mail address even in a draft, but lets a half-typed one and outer spaces pass', () => {
    pruefeAnfrage(schema, SPEICHERN, eingabe([], { genehmigerEmail: ' max@ ' }));
    const e = fehler(() =>
      pruefeAnfrage(schema, SPEICHERN, eingabe([], { genehmigerEmail: '<b>x</b>@example.org' })),
    );
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'genehmigerEmail' });
  });

  it('refuses an id that is no UUID, in lists too', () => {
    const e = fehler(() => pruefeAnfrage(schema, SPEICHERN, eingabe([], { rahmenplanIds: ['x'] })));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rahmenplanIds.0' });
  });

  it('checks plain arguments and inline literals by their argument', () => {
    const ablehnen = parse(
      'mutation($b: String!) { anmeldungAblehnen(id: "0b8f7e4e-5d7c-4e7e-9a51-0c3a4f3e2b10", begruendung: $b) { __typename } }',
    );
    const e = fehler(() => pruefeAnfrage(schema, ablehnen, { b: 'x'.repeat(2001) }));
    expect(e.extensions).toMatchObject({ field: 'begruendung' });
    expect(e.message).toBe('Die Begründung in „begruendung“ ist zu lang (höchstens 2000 Zeichen).');
    const literal = parse('mutation { anmeldungAblehnen(id: "keine", begruendung: "x") { __typename } }');
    expect(fehler(() => pruefeAnfrage(schema, literal, {})).extensions).toMatchObject({ field: 'id' });
  });
});
