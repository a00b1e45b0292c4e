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
import { kostenVon, LIMITS, limitRules } from './limits.js';
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
    for (const { name, document } of anonym)
      expect(kostenVon(schema, document, beispielVariablen(schema, document)), name).toBeLessThanOrEqual(
        LIMITS.KOSTEN_ANONYM,
      );
  });
});
