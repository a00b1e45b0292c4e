import { MAX_PAGE_SIZE } from '@portal/domain';
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  parseValue,
  print,
  typeFromAST,
  validate,
  valueFromAST,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import * as spa from '../../../web/src/gql/graphql.js';
import { sampleLiteral } from '../../test/support/schema.js';
import { kostenVon, LIMITS, limitRules, pruefeKosten } from './limits.js';
import { createSchema } from './schema.js';

/** Plausible variables for a document, so the cost is estimated as for a real request. */
function beispielVariablen(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const variablen: Record<string, unknown> = {};
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? []) {
      const type = typeFromAST(schema, v.type as never) as GraphQLInputType;
      // Pages as large as the server allows: the estimate for the heaviest page the SPA can ask for.
      const name = v.variable.name.value;
      const literal = name === 'first' ? String(MAX_PAGE_SIZE) : sampleLiteral(type, name);
      variablen[name] = valueFromAST(parseValue(literal), type);
    }
  }
  return variablen;
}

/** Every operation the SPA sends, from the generated client types. */
const SPA_DOKUMENTE = Object.entries(spa)
  .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT)
  .map(([name, value]) => ({ name, document: value as unknown as DocumentNode }));

describe('the request limits never stand in the SPA’s way', () => {
  it('finds the SPA’s documents', () => {
    expect(SPA_DOKUMENTE.length).toBeGreaterThan(50);
  });

  it('every SPA document passes tokens, aliases, depth and directives, and stays within the cost budget even at the largest page', async () => {
    const schema = await createSchema();
    for (const { name, document } of SPA_DOKUMENTE) {
      expect(() => parse(print(document), { maxTokens: LIMITS.TOKENS }), name).not.toThrow();
      expect(
        validate(schema, document, limitRules).map((e) => e.message),
        name,
      ).toEqual([]);
      expect(kostenVon(schema, document, beispielVariablen(schema, document)), name).toBeLessThanOrEqual(
        LIMITS.KOSTEN,
      );
      const variablen = beispielVariablen(schema, document);
      expect(() => pruefeKosten(schema, { document, variablen, angemeldet: true }), name).not.toThrow();
    }
  });

  it('every SPA document that needs no session stays within the budget without one', async () => {
    const schema = await createSchema();
    const oeffentlich = (feld: string, typ: 'query' | 'mutation') =>
      (typ === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[feld]?.extensions
        ?.public === true;
    const anonym = SPA_DOKUMENTE.filter(({ document }) =>
      document.definitions
        .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
        .every((op) =>
          op.selectionSet.selections.every(
            (s) =>
              s.kind === Kind.FIELD &&
              oeffentlich(s.name.value, op.operation === 'query' ? 'query' : 'mutation'),
          ),
        ),
    );
    expect(anonym.map((d) => d.name)).toContain('LoginDocument');
    for (const { name, document } of anonym) {
      const variablen = beispielVariablen(schema, document);
      expect(() => pruefeKosten(schema, { document, variablen, angemeldet: false }), name).not.toThrow();
    }
  });
});

describe('what the limits refuse', () => {
  const code = (f: () => void) => {
    try {
      f();
    } catch (error) {
      return (error as { extensions?: { code?: string } }).extensions?.code;
    }
    return 'OK';
  };
  const LOGIN = 'login(input: { email: "a@example.org", password: "x" }) { benutzer { id } }';

  it('one password check per request, also with a session and behind fragments', async () => {
    const schema = await createSchema();
    const zwei = parse(`mutation { a: ${LOGIN} b: ${LOGIN} }`);
    expect(code(() => pruefeKosten(schema, { document: zwei, angemeldet: false }))).toBe(
      'ANFRAGE_ZU_AUFWENDIG',
    );
    expect(code(() => pruefeKosten(schema, { document: zwei, angemeldet: true }))).toBe(
      'ANFRAGE_ZU_AUFWENDIG',
    );
    const versteckt = parse(`mutation { a: ${LOGIN} ...F } fragment F on Mutation { b: ${LOGIN} }`);
    expect(code(() => pruefeKosten(schema, { document: versteckt, angemeldet: false }))).toBe(
      'ANFRAGE_ZU_AUFWENDIG',
    );
    expect(
      code(() => pruefeKosten(schema, { document: parse(`mutation { ${LOGIN} }`), angemeldet: false })),
    ).toBe('OK');
  });

  it('public fields within the anonymous budget also with a session', async () => {
    const schema = await createSchema();
    const viele = parse(
      `{ ${Array.from({ length: 20 }, (_, i) => `k${i}: oeffentlicheKammern { id name kurzname }`).join(' ')} }`,
    );
    expect(code(() => pruefeKosten(schema, { document: viele, angemeldet: true }))).toBe(
      'ANFRAGE_ZU_AUFWENDIG',
    );
  });

  it('a document past the estimator’s node limit is refused, not let through unpriced', async () => {
    const schema = await createSchema();
    // The estimator gives up past 10,000 nodes; this request then ran unpriced (bench/src/limits.bench.ts).
    const riesig = parse(
      `{ ihreAuszubildenden { vertragId } ${'...P '.repeat(100)}} fragment P on Query { ${'__typename '.repeat(100)}}`,
    );
    expect(code(() => pruefeKosten(schema, { document: riesig, angemeldet: true }))).toBe(
      'ANFRAGE_ZU_AUFWENDIG',
    );
  });
});
