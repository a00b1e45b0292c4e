import { writeFileSync } from 'node:fs';
import { type GraphQLSchema, getNamedType, isCompositeType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kostenVon, LIMITS } from '../src/graphql/limits.js';
import { FIXTURES, type FuzzFixture, type FuzzKontext, fuzzKontext, JETZT } from './support/fuzz-fixtures.js';
import { istDeutsch, koerper, type Variante, variantenFuer } from './support/fuzz-werte.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import { fullSelection, loadSchema, type RootField, rootFields } from './support/schema.js';

/**
 * Schema-driven fuzz test of the input boundary: every root field with arguments, every argument
 * and every field of its input objects, one at a time, with every bad value fitting its type
 * (support/fuzz-werte.ts), sent like the SPA sends it, by a caller allowed to call the operation
 * (support/fuzz-fixtures.ts). Every answer: HTTP status below 500, no INTERNAL_SERVER_ERROR, every
 * message German, every BAD_USER_INPUT with its field; control characters, NUL, lone surrogates,
 * over-long text and lists refused with BAD_USER_INPUT. All findings are listed at the end, as
 * `operation(argument path) [value kinds] -> what came back`.
 *
 * FUZZ_BERICHT=<file> writes every finding as JSON, FUZZ_PROTOKOLL=<file> every answer; FUZZ_BASIS=1
 * also runs each mutation's valid base call (to check the fixtures).
 */

/** Requests in flight at once (operations run side by side; one operation's requests in turn). */
const NEBENLAEUFIG = 8;
const MAX_ZEILEN = 400;

interface GqlFehler {
  message?: unknown;
  extensions?: { code?: string; field?: unknown };
}
interface Antwort {
  status: number;
  text: string;
  json?: { data?: Record<string, unknown> | null; errors?: GqlFehler[] };
}
interface Befund {
  operation: string;
  feld: string;
  art: string;
  befund: string;
  detail: string;
}

let t: TestApp;
let k: FuzzKontext;
let schema: GraphQLSchema;
let operationen: RootField[];

beforeAll(async () => {
  t = await startTestApp({ now: JETZT });
  k = await fuzzKontext(t);
  schema = await loadSchema();
  operationen = (await rootFields()).filter((f) => f.field.args.length > 0);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** The operation with a variable for every argument, as the SPA's documents are written. */
function dokument(f: RootField, auswahl: string): string {
  const definitionen = f.field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const argumente = f.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${f.kind} Fuzz(${definitionen}) { ${f.name}(${argumente}) ${auswahl} }`;
}

/** Every field reachable, as deep as the cost budget allows (an answer shows whatever was stored). */
function auswahlFuer(f: RootField, fixture: FuzzFixture, variablen: Record<string, unknown>): string {
  if (fixture.auswahl !== undefined) return fixture.auswahl;
  if (!isCompositeType(getNamedType(f.field.type))) return '';
  const budget = fixture.als === 'anonym' ? LIMITS.KOSTEN_ANONYM : LIMITS.KOSTEN;
  for (let tiefe = 3; tiefe > 1; tiefe--) {
    const auswahl = fullSelection(f.field.type, tiefe);
    if (kostenVon(schema, parse(dokument(f, auswahl)), variablen) <= budget) return auswahl;
  }
  return fullSelection(f.field.type, 1);
}

async function senden(
  client: TestClient,
  query: string,
  variablen: Record<string, unknown>,
): Promise<Antwort> {
  const response = await client.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: koerper(query, variablen),
  });
  const text = await response.text();
  try {
    return { status: response.status, text, json: JSON.parse(text) };
  } catch {
    return { status: response.status, text };
  }
}

const erfolgreich = (a: Antwort) => a.status === 200 && !a.json?.errors?.length && a.json?.data != null;

const kurz = (text: string) => {
  const ohneFuellung = text.replace(/x{20,}/g, (x) => `x…(${x.length})`).replace(/\s+/g, ' ');
  return ohneFuellung.length > 220 ? `${ohneFuellung.slice(0, 220)}…` : ohneFuellung;
};

const wasKam = (a: Antwort) =>
  erfolgreich(a)
    ? 'angenommen'
    : (a.json?.errors ?? []).map((e) => `${e.extensions?.code}: ${String(e.message)}`).join(' | ') ||
      `HTTP ${a.status} ${a.text}`;

/** The checks every answer gets, and the refusals a variant's value demands. */
function pruefe(f: RootField, v: Variante, a: Antwort): Befund[] {
  const befunde: Befund[] = [];
  const melde = (befund: string, detail: string) =>
    befunde.push({ operation: f.id, feld: v.feld, art: v.art, befund, detail: kurz(detail) });
  if (a.status >= 500) melde(`HTTP ${a.status}`, a.text);
  if (!a.json) {
    melde('keine JSON-Antwort', `HTTP ${a.status} ${a.text}`);
    return befunde;
  }
  const fehler = a.json.errors ?? [];
  for (const e of fehler) {
    const code = e.extensions?.code;
    const text = `${code}: ${String(e.message)}`;
    if (code === 'INTERNAL_SERVER_ERROR') melde('INTERNAL_SERVER_ERROR', text);
    if (!code) melde('Fehler ohne extensions.code', text);
    if (!istDeutsch(e.message)) melde('Meldung nicht deutsch', text);
    const field = e.extensions?.field;
    if (code === 'BAD_USER_INPUT' && !(typeof field === 'string' && field.length > 0)) {
      melde('BAD_USER_INPUT ohne extensions.field', text);
    }
  }
  const mutation = f.kind === 'mutation';
  if (v.ablehnung === 'eingabe' || (v.ablehnung === 'eingabe-mutation' && mutation)) {
    if (!fehler.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
      melde('nicht als BAD_USER_INPUT abgelehnt', wasKam(a));
    }
  } else if (v.ablehnung === 'mutation' && mutation && erfolgreich(a)) {
    melde('angenommen statt abgelehnt', wasKam(a));
  }
  return befunde;
}

async function aufruferVon(fixture: FuzzFixture): Promise<() => TestClient> {
  if (fixture.als === 'anonym') return () => t.client();
  if (typeof fixture.als === 'function') {
    const eigener = await fixture.als(k);
    return () => eigener;
  }
  const client = k.client(fixture.als);
  return () => client;
}

/** FUZZ_PROTOKOLL=<file>: what every request got back, as JSON. */
const protokoll: Record<string, string>[] | null = process.env.FUZZ_PROTOKOLL ? [] : null;

const schluessel = (v: Variante) => `${v.feld}|${v.art}`;

/** One operation: its variants in turn. After a bad value was accepted, valid arguments are made anew. */
async function fuzze(f: RootField, fixture: FuzzFixture, befunde: Befund[]): Promise<number> {
  const aufrufer = await aufruferVon(fixture);
  let basis = await fixture.args(k);
  const query = dokument(f, auswahlFuer(f, fixture, basis));
  const reihe = variantenFuer(f.field.args, basis, fixture.gleich);
  let aktuell: Map<string, Variante> | null = null;
  for (const geplant of reihe) {
    if (!aktuell) {
      aktuell = new Map(variantenFuer(f.field.args, basis, fixture.gleich).map((v) => [schluessel(v), v]));
    }
    const v = aktuell.get(schluessel(geplant)) ?? geplant;
    await fixture.vorher?.(k);
    const gesendet = Date.now();
    const antwort = await senden(aufrufer(), query, v.variablen);
    const ms = String(Date.now() - gesendet);
    befunde.push(...pruefe(f, v, antwort));
    protokoll?.push({
      operation: f.id,
      feld: v.feld,
      art: v.art,
      ms,
      antwort: kurz(wasKam(antwort)),
      fields: (antwort.json?.errors ?? []).map((e) => String(e.extensions?.field)).join(' | '),
    });
    if (f.kind === 'mutation' && erfolgreich(antwort)) {
      basis = await fixture.args(k);
      aktuell = null;
    }
  }
  return reihe.length;
}

async function nebenlaeufig<T>(eintraege: T[], anzahl: number, arbeit: (eintrag: T) => Promise<void>) {
  const warteschlange = [...eintraege];
  await Promise.all(
    Array.from({ length: anzahl }, async () => {
      for (let e = warteschlange.shift(); e !== undefined; e = warteschlange.shift()) await arbeit(e);
    }),
  );
}

/** The findings grouped by kind, one line per operation, argument and answer, with the value kinds. */
function bericht(befunde: Befund[]): string {
  const gruppen = new Map<string, Map<string, string[]>>();
  for (const b of befunde) {
    const gruppe = gruppen.get(b.befund) ?? new Map<string, string[]>();
    gruppen.set(b.befund, gruppe);
    const zeile = `${b.operation}(${b.feld}) {ARTEN} -> ${b.detail}`;
    gruppe.set(zeile, [...(gruppe.get(zeile) ?? []), b.art]);
  }
  const zeilen: string[] = [];
  for (const [befund, gruppe] of [...gruppen].sort((a, b) => a[0].localeCompare(b[0]))) {
    zeilen.push(`== ${befund}: ${[...gruppe.values()].flat().length} Anfragen ==`);
    for (const [zeile, arten] of [...gruppe].sort((a, b) => a[0].localeCompare(b[0]))) {
      zeilen.push(`  ${zeile.replace('{ARTEN}', `[${[...new Set(arten)].join(', ')}]`)}`);
    }
  }
  const rest = zeilen.length - MAX_ZEILEN;
  return [...zeilen.slice(0, MAX_ZEILEN), ...(rest > 0 ? [`… und ${rest} weitere Zeilen`] : [])].join('\n');
}

describe('istDeutsch', () => {
  it.each([
    'berufIds must contain no more than 50 elements',
    'Variable "$x" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
    'Die Anfrage ist ungültig: Variable "$input" got invalid value 7.1 at "input.jahr"; Int cannot represent non-integer value: 7.1',
    'Die Anfrage ist ungültig: Syntax Error: Unexpected <EOF>.',
    'frage must be shorter than or equal to 300 characters',
    'Argument Validation Error',
    'Unexpected error value: "x"',
    '',
  ])('refuses %j', (message) => {
    expect(istDeutsch(message)).toBe(false);
  });

  it.each([
    'Das Feld „input.email“ enthält Steuerzeichen. Bitte entfernen Sie diese Zeichen und versuchen Sie es erneut.',
    'Der Wert für „input.jahr“ ist ungültig: erwartet wird eine ganze Zahl.',
    '„berufIds“ darf höchstens 50 Einträge enthalten.',
    '„UNBEKANNT“ ist für „input.rolle“ kein erlaubter Wert.',
    'Bitte melden Sie sich an.',
    'Der Nachweis wurde nicht gefunden.',
    'Die Anfrage ist zu groß.',
  ])('accepts %j', (message) => {
    expect(istDeutsch(message)).toBe(true);
  });
});

describe('schema-driven fuzz of every operation with arguments', () => {
  it('has a fixture for every operation with arguments, and none for an operation that is gone', () => {
    const ohneFixture = operationen.filter((f) => !(f.id in FIXTURES)).map((f) => f.id);
    const verwaist = Object.keys(FIXTURES).filter((id) => !operationen.some((f) => f.id === id));
    expect(
      ohneFixture,
      `Operationen ohne Fixture in support/fuzz-fixtures.ts: ${ohneFixture.join(', ')}`,
    ).toEqual([]);
    expect(verwaist, `Fixtures ohne Operation mit Argumenten: ${verwaist.join(', ')}`).toEqual([]);
  });

  it('the fixtures are valid: every query answers its base arguments without an error', async () => {
    const fehler: string[] = [];
    for (const f of operationen.filter((o) => o.kind === 'query' && FIXTURES[o.id])) {
      const fixture = FIXTURES[f.id];
      const basis = await fixture.args(k);
      await fixture.vorher?.(k);
      const antwort = await senden(
        (await aufruferVon(fixture))(),
        dokument(f, auswahlFuer(f, fixture, basis)),
        basis,
      );
      if (!erfolgreich(antwort)) fehler.push(`${f.id}: ${kurz(wasKam(antwort))}`);
    }
    expect(fehler, fehler.join('\n')).toEqual([]);
  });

  it('every argument with every bad value: no 5xx or INTERNAL_SERVER_ERROR, German messages, BAD_USER_INPUT with its field, bad text refused', async () => {
    const befunde: Befund[] = [];
    const start = Date.now();
    let anfragen = 0;
    const mitFixture = operationen.filter((f) => FIXTURES[f.id]);
    // The operations with the most variants first, so that the last ones do not run alone.
    const groesse = new Map(mitFixture.map((f) => [f.id, variantenFuer(f.field.args, {}).length]));
    mitFixture.sort((a, b) => groesse.get(b.id)! - groesse.get(a.id)!);
    await nebenlaeufig(mitFixture, NEBENLAEUFIG, async (f) => {
      const anzahl = await fuzze(f, FIXTURES[f.id], befunde);
      anfragen += anzahl;
    });
    const sekunden = ((Date.now() - start) / 1000).toFixed(1);
    console.info(
      `[fuzz] ${mitFixture.length} Operationen, ${anfragen} Anfragen, ${sekunden} s, ${befunde.length} Befunde`,
    );
    if (protokoll) writeFileSync(process.env.FUZZ_PROTOKOLL!, JSON.stringify(protokoll, null, 2));
    if (process.env.FUZZ_BERICHT) writeFileSync(process.env.FUZZ_BERICHT, JSON.stringify(befunde, null, 2));
    if (befunde.length > 0) expect.fail(`${befunde.length} Befunde:\n${bericht(befunde)}`);
  }, 600_000);

  it.runIf(process.env.FUZZ_BASIS === '1')(
    'every mutation succeeds with the base arguments of its fixture',
    async () => {
      const fehler: string[] = [];
      for (const f of operationen.filter((o) => o.kind === 'mutation' && FIXTURES[o.id])) {
        const fixture = FIXTURES[f.id];
        const basis = await fixture.args(k);
        await fixture.vorher?.(k);
        const antwort = await senden(
          (await aufruferVon(fixture))(),
          dokument(f, auswahlFuer(f, fixture, basis)),
          basis,
        );
        if (!erfolgreich(antwort)) fehler.push(`${f.id}: ${kurz(wasKam(antwort))}`);
      }
      expect(fehler, fehler.join('\n')).toEqual([]);
    },
    120_000,
  );

  it('a body over the JSON limit answers 413 with a German message, not 5xx', async () => {
    const antwort = await senden(
      t.client(),
      'mutation($input: LoginInput!) { login(input: $input) { __typename } }',
      {
        input: { email: 'gross@example.org', password: 'x'.repeat(1_100_000) },
      },
    );
    expect(antwort.status).toBe(413);
    expect(antwort.json?.errors?.[0]?.message).toSatisfy(istDeutsch);
  });
});
