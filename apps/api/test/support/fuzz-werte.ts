import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/**
 * The bad values of the schema-driven fuzz test (fuzz.int.test.ts) and how they are put into the
 * arguments of an operation: every argument and every field of an input object, one at a time,
 * with every bad value that fits its type.
 */

/** A JSON number written as it is: `1e400` parses to Infinity on the server (JSON.stringify cannot). */
export class RohZahl {
  constructor(readonly text: string) {}
}

/**
 * What must happen to a bad value besides the checks every answer gets (no 5xx, no
 * INTERNAL_SERVER_ERROR, German messages, BAD_USER_INPUT with its field):
 * - `eingabe`: every operation refuses it with BAD_USER_INPUT (the input boundary, graphql/eingabe.ts);
 * - `eingabe-mutation`: a mutation refuses it with BAD_USER_INPUT (over-long text, over-long lists);
 * - `mutation`: a mutation does not succeed with it (impossible dates, out-of-range numbers, markup as
 *   e-mail).
 */
export type Ablehnung = 'eingabe' | 'eingabe-mutation' | 'mutation';

export interface BoeserWert {
  /** Short name in the report. */
  art: string;
  wert: unknown;
  ablehnung?: Ablehnung;
}

export interface Variante {
  /** Argument path as in the report and in `extensions.field`, e.g. `input.tage.0.stunden`. */
  feld: string;
  art: string;
  ablehnung?: Ablehnung;
  /** The operation's variables with this one value changed. */
  variablen: Record<string, unknown>;
}

export const LANG = 100_000;
export const SEHR_LANG = 300_000;
/** More entries than any list of the API may hold (the largest ArrayMaxSize is 200). */
export const LISTE_ZU_LANG = 1_000;

/** Names and descriptions of String fields that hold a calendar day (where no date scalar is used). */
const DATUMSFELD = /^(von|bis|datum|anmeldeschluss|beginn|ende)$/i;
const DATUMSBESCHREIBUNG = /YYYY-MM-DD/;
const EMAILFELD = /e-?mail/i;

/** The character in the middle of an otherwise valid value, so that nothing else about it is wrong. */
function einfuegen(basis: string, zeichen: string): string {
  const text = basis || 'Wert';
  const mitte = Math.floor(text.length / 2);
  return `${text.slice(0, mitte)}${zeichen}${text.slice(mitte)}`;
}

/** A valid value made `laenge` characters long (a huge local part for an e-mail address). */
const verlaengern = (basis: string, laenge: number) => 'x'.repeat(Math.max(0, laenge - basis.length)) + basis;

function textWerte(basis: string, name: string, beschreibung: string | null | undefined): BoeserWert[] {
  const werte: BoeserWert[] = [
    { art: 'NUL', wert: einfuegen(basis, '\u0000'), ablehnung: 'eingabe' },
    { art: 'einzelnes Surrogat \\uD800', wert: einfuegen(basis, '\uD800'), ablehnung: 'eingabe' },
    { art: 'BEL \\u0007', wert: einfuegen(basis, '\u0007'), ablehnung: 'eingabe' },
    { art: 'ESC \\u001B', wert: einfuegen(basis, '\u001b'), ablehnung: 'eingabe' },
    { art: 'DEL \\u007F', wert: einfuegen(basis, '\u007f'), ablehnung: 'eingabe' },
    { art: '100.000 Zeichen', wert: verlaengern(basis, LANG), ablehnung: 'eingabe-mutation' },
    { art: '300.000 Zeichen', wert: verlaengern(basis, SEHR_LANG), ablehnung: 'eingabe-mutation' },
    { art: 'leer', wert: '' },
    { art: 'nur Leerzeichen', wert: '   ' },
    { art: 'Rechts-nach-links \\u202E', wert: `\u202e${basis || 'Wert'}`, ablehnung: 'eingabe' },
  ];
  if (EMAILFELD.test(name))
    werte.push({ art: 'Markup als E-Mail', wert: '<b>x</b>@example.org', ablehnung: 'mutation' });
  if (DATUMSFELD.test(name) || DATUMSBESCHREIBUNG.test(beschreibung ?? '')) werte.push(...datumsWerte());
  werte.push({ art: 'Typfehler (Zahl)', wert: 42 });
  return werte;
}

const datumsWerte = (): BoeserWert[] => [
  { art: 'Datum 1900-01-01', wert: '1900-01-01' },
  { art: 'Datum 2099-12-31', wert: '2099-12-31' },
  { art: 'Datum 2026-02-30', wert: '2026-02-30', ablehnung: 'mutation' },
  { art: 'Datum abc', wert: 'abc', ablehnung: 'mutation' },
];

const ID_WERTE: BoeserWert[] = [
  { art: 'keine UUID', wert: 'keine-uuid' },
  { art: 'UUID mit Zusatz', wert: "00000000-0000-4000-8000-000000000000' OR '1'='1" },
  { art: 'leer', wert: '' },
  { art: 'NUL', wert: '00000000-0000-4000-8000-\u0000', ablehnung: 'eingabe' },
  { art: 'einzelnes Surrogat \\uD800', wert: '\uD800', ablehnung: 'eingabe' },
  { art: '100.000 Zeichen', wert: 'x'.repeat(LANG) },
  { art: 'Typfehler (Wahrheitswert)', wert: true },
];

const INT_WERTE: BoeserWert[] = [
  { art: 'Zahl -1', wert: -1, ablehnung: 'mutation' },
  { art: 'Zahl 2147483647', wert: 2_147_483_647, ablehnung: 'mutation' },
  { art: 'Zahl 7.123456789', wert: 7.123456789 },
  { art: 'Zahl 1e-300', wert: 1e-300 },
  { art: 'Zahl 1e308', wert: 1e308 },
  { art: 'Zahl 1e400 (unendlich)', wert: new RohZahl('1e400') },
  { art: 'Text "NaN"', wert: 'NaN' },
];

const FLOAT_WERTE: BoeserWert[] = [
  { art: 'Zahl -1', wert: -1, ablehnung: 'mutation' },
  { art: 'Zahl 7.123456789', wert: 7.123456789 },
  { art: 'Zahl 1e-300', wert: 1e-300 },
  { art: 'Zahl 1e308', wert: 1e308, ablehnung: 'mutation' },
  { art: 'Zahl 1e400 (unendlich)', wert: new RohZahl('1e400') },
  { art: 'Text "NaN"', wert: 'NaN' },
];

/** The bad values for a leaf of this type; `basis` is the valid value they are made from. */
export function werteFuer(
  typ: GraphQLNamedInputType,
  name: string,
  beschreibung: string | null | undefined,
  basis: unknown,
): BoeserWert[] {
  if (isEnumType(typ)) return [{ art: 'unbekannter Enum-Wert', wert: 'UNBEKANNT' }];
  if (isInputObjectType(typ)) return [];
  switch (typ.name) {
    case 'ID':
      return ID_WERTE;
    case 'Int':
      return INT_WERTE;
    case 'Float':
      return FLOAT_WERTE;
    case 'Boolean':
      return [{ art: 'Typfehler (Text)', wert: 'ja' }];
    case 'String':
      return textWerte(typeof basis === 'string' ? basis : '', name, beschreibung);
    default:
      // A scalar of its own (a date, a time stamp): text and calendar values alike.
      return [
        ...textWerte(typeof basis === 'string' ? basis : '', name, beschreibung).filter(
          (w) => !w.art.startsWith('Datum'),
        ),
        ...datumsWerte(),
      ];
  }
}

/** A plausible value for a type, used where the fixture gives none (optional arguments and fields). */
export function beispielWert(typ: GraphQLInputType, name = ''): unknown {
  if (isNonNullType(typ)) return beispielWert(typ.ofType, name);
  if (isListType(typ)) return [beispielWert(typ.ofType, name)];
  if (isEnumType(typ)) return typ.getValues()[0].value;
  if (isInputObjectType(typ)) {
    return Object.fromEntries(
      Object.values(typ.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, beispielWert(f.type, f.name)]),
    );
  }
  if (!isScalarType(typ)) throw new Error(`kein Beispielwert für ${String(typ)}`);
  switch (typ.name) {
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    default:
      if (DATUMSFELD.test(name)) return '2026-11-23';
      if (EMAILFELD.test(name)) return 'beispiel@example.org';
      return 'Beispiel';
  }
}

interface Teilvariante {
  /** Path below the argument, e.g. ['tage', '0', 'stunden']. */
  pfad: string[];
  art: string;
  ablehnung?: Ablehnung;
  wert: unknown;
}

/** Every variant of one value of type `typ`: the value as a whole with one bad part. */
function varianten(
  typ: GraphQLInputType,
  basis: unknown,
  name: string,
  beschreibung: string | null | undefined,
): Teilvariante[] {
  if (isNonNullType(typ)) return varianten(typ.ofType, basis, name, beschreibung);
  if (isListType(typ)) {
    const item = typ.ofType as GraphQLInputType;
    const liste = Array.isArray(basis) && basis.length > 0 ? basis : [beispielWert(item, name)];
    const ergebnis: Teilvariante[] = [
      {
        pfad: [],
        art: `Liste mit ${LISTE_ZU_LANG.toLocaleString('de-DE')} Einträgen`,
        ablehnung: 'eingabe-mutation',
        wert: Array.from({ length: LISTE_ZU_LANG }, () => liste[0]),
      },
    ];
    const benannt = getNamedType(item);
    if (isInputObjectType(benannt)) {
      // One bad field in the first entry; the others stay as they were.
      for (const v of varianten(item, liste[0], name, beschreibung)) {
        ergebnis.push({ ...v, pfad: ['0', ...v.pfad], wert: [v.wert, ...liste.slice(1)] });
      }
    } else {
      // One bad entry after the valid ones.
      for (const w of werteFuer(benannt, name, beschreibung, liste[0])) {
        ergebnis.push({
          pfad: [String(liste.length)],
          art: w.art,
          ablehnung: w.ablehnung,
          wert: [...liste, w.wert],
        });
      }
    }
    return ergebnis;
  }
  if (isInputObjectType(typ)) {
    const objekt = (basis && typeof basis === 'object' ? basis : beispielWert(typ, name)) as Record<
      string,
      unknown
    >;
    return Object.values(typ.getFields()).flatMap((f) =>
      varianten(f.type, objekt[f.name], f.name, f.description).map((v) => ({
        ...v,
        pfad: [f.name, ...v.pfad],
        wert: { ...objekt, [f.name]: v.wert },
      })),
    );
  }
  return werteFuer(typ as GraphQLNamedInputType, name, beschreibung, basis).map((w) => ({
    pfad: [],
    art: w.art,
    ablehnung: w.ablehnung,
    wert: w.wert,
  }));
}

/** A copy of `knoten` with `pfad` set to `wert`: the objects on the way are copied, none is changed. */
function mitWert(knoten: unknown, pfad: string[], wert: unknown): unknown {
  if (pfad.length === 0) return wert;
  const [kopf, ...rest] = pfad;
  if (Array.isArray(knoten)) {
    return knoten.map((eintrag, i) => (String(i) === kopf ? mitWert(eintrag, rest, wert) : eintrag));
  }
  const objekt = (knoten ?? {}) as Record<string, unknown>;
  return { ...objekt, [kopf]: mitWert(objekt[kopf], rest, wert) };
}

/**
 * The variants of an operation's arguments: for every argument and (recursively) every field of
 * an input object and entry of a list, every bad value that fits its type, one at a time. `gleich`
 * names pairs of fields that get the same value (a new password and its repetition).
 */
export function variantenFuer(
  args: readonly GraphQLArgument[],
  basis: Record<string, unknown>,
  gleich: readonly (readonly [string, string])[] = [],
): Variante[] {
  return args.flatMap((arg) =>
    varianten(arg.type, basis[arg.name], arg.name, arg.description).map((v) => {
      const feld = [arg.name, ...v.pfad].join('.');
      let variablen: Record<string, unknown> = { ...basis, [arg.name]: v.wert };
      for (const [a, b] of gleich) {
        const partner = feld === a ? b : feld === b ? a : null;
        if (partner)
          variablen = mitWert(variablen, partner.split('.'), wertAn(variablen, feld)) as typeof variablen;
      }
      return { feld, art: v.art, ablehnung: v.ablehnung, variablen };
    }),
  );
}

function wertAn(objekt: Record<string, unknown>, pfad: string): unknown {
  return pfad
    .split('.')
    .reduce<unknown>((knoten, teil) => (knoten as Record<string, unknown>)?.[teil], objekt);
}

/** The request body as the SPA sends it, with RohZahl values written as raw JSON numbers. */
export function koerper(query: string, variables: Record<string, unknown>): string {
  const roh: string[] = [];
  const text = JSON.stringify({ query, variables }, (_key, value: unknown) => {
    if (value instanceof RohZahl) {
      roh.push(value.text);
      return `\u0000roh${roh.length - 1}\u0000`;
    }
    return value;
  });
  // A whole JSON string made of the marker: none of the bad values is such a string.
  return text.replace(/"\\u0000roh(\d+)\\u0000"/g, (_m, i: string) => roh[Number(i)]);
}

const ZITATE = /„[^“”"]*[“”"]|"[^"]*"|«[^»]*»|»[^«]*«|‚[^‘’]*[‘’]|`[^`]*`|'[^'\s][^']*'/g;
const ENGLISCH =
  /\b(must|should|expected|expecting|cannot|can't|invalid|got|is not|are not|does not|not found|not provided|required|provided|represent|unexpected|unknown|failed|error|the|with|value|argument|field|type|than|elements|characters|did you mean|please|denied|unauthorized|too (?:long|short|many|large))\b/i;
const DEUTSCH =
  /[äöüßÄÖÜ]|\b(sie|ihr|ihre|ihnen|nicht|ist|sind|bitte|die|der|das|den|dem|und|kein|keine|wurde|werden|fehlt|darf|muss|enthält|für|mit|zu|eine?|ungültig)\b/i;

/**
 * Whether a message reads German: German words, and no English phrasing of graphql-js,
 * class-validator or Apollo outside quotes (a quoted field name or value may be anything).
 */
export function istDeutsch(message: unknown): boolean {
  if (typeof message !== 'string' || message.trim() === '') return false;
  if (/Variable "\$/.test(message)) return false;
  const ohneZitate = message.replace(ZITATE, '""');
  return DEUTSCH.test(ohneZitate) && !ENGLISCH.test(ohneZitate);
}
