import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { createSchema } from '../../src/graphql/schema.js';

export type RootKind = 'query' | 'mutation';

export interface RootField {
  kind: RootKind;
  name: string;
  /** "Query.me", "Mutation.login": unique across both root types. */
  id: string;
  field: GraphQLField<unknown, unknown>;
}

let schema: Promise<GraphQLSchema> | undefined;
/** The schema the resolvers define, built the same way the app builds it. */
export const loadSchema = () => (schema ??= createSchema());

/** Every root Query and Mutation field of the schema, in a stable order. */
export async function rootFields(): Promise<RootField[]> {
  const s = await loadSchema();
  const fields: RootField[] = [];
  for (const [kind, type] of [
    ['query', s.getQueryType()],
    ['mutation', s.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      fields.push({
        kind,
        name: field.name,
        id: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
        field,
      });
    }
  }
  return fields.sort((a, b) => a.id.localeCompare(b.id));
}

export const SAMPLE_UUID = '00000000-0000-4000-8000-000000000000';

/** Plausible values by argument or input field name, so generated calls get past input checks. */
const HINTS: [RegExp, string][] = [
  [/^(von|bis|datum)$/, '"2025-08-04"'],
  [/email/i, '"beispiel@test.example"'],
  [/^pin$/, '"12345678"'],
];

/** A literal that passes GraphQL validation for this type: required fields only, simple values. */
export function sampleLiteral(type: GraphQLInputType, name = ''): string {
  if (isNonNullType(type)) return sampleLiteral(type.ofType, name);
  if (isListType(type)) return `[${sampleLiteral(type.ofType, name)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${sampleLiteral(f.type, f.name)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return JSON.stringify(SAMPLE_UUID);
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'DateTimeISO':
        return JSON.stringify('2026-01-01T00:00:00.000Z');
      default:
        return HINTS.find(([pattern]) => pattern.test(name))?.[1] ?? JSON.stringify('Beispiel');
    }
  }
  throw new Error(`no sample value for input type ${String(type)}`);
}

/**
 * A minimal valid operation for a root field: required arguments get sample literals (or the
 * given overrides), composite results select only __typename.
 */
export function operationFor(root: RootField, overrides: Record<string, string> = {}): string {
  const args = root.field.args
    .filter((a: GraphQLArgument) => isNonNullType(a.type) || a.name in overrides)
    .map((a) => `${a.name}: ${overrides[a.name] ?? sampleLiteral(a.type, a.name)}`);
  const argText = args.length > 0 ? `(${args.join(', ')})` : '';
  const selection = isCompositeType(getNamedType(root.field.type)) ? ' { __typename }' : '';
  return `${root.kind} { ${root.name}${argText}${selection} }`;
}

/**
 * A selection of every field reachable without arguments, `depth` levels deep: whatever a
 * resolver returns, the response shows it, so a leak cannot hide behind a narrow query.
 */
export function fullSelection(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  if (depth === 0) return '{ __typename }';
  const parts = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => {
      const inner = getNamedType(f.type);
      if (!isObjectType(inner)) return f.name;
      return `${f.name} ${fullSelection(f.type, depth - 1)}`;
    });
  return `{ __typename ${parts.join(' ')} }`;
}

/** Names of the ID arguments of a root field, including ID fields of required input objects. */
export function idSlots(root: RootField): { arg: string; field?: string }[] {
  const slots: { arg: string; field?: string }[] = [];
  for (const arg of root.field.args) {
    const named = getNamedType(arg.type);
    if (isScalarType(named) && named.name === 'ID') slots.push({ arg: arg.name });
    if (isInputObjectType(named)) {
      for (const f of Object.values(named.getFields())) {
        const inner = getNamedType(f.type);
        if (isScalarType(inner) && inner.name === 'ID') slots.push({ arg: arg.name, field: f.name });
      }
    }
  }
  return slots;
}

/** An operation for a root field with every ID argument set to `id` and a full selection. */
export function operationWithIds(root: RootField, id: string): string {
  const overrides: Record<string, string> = {};
  for (const arg of root.field.args) {
    const named = getNamedType(arg.type);
    if (isScalarType(named) && named.name === 'ID') overrides[arg.name] = JSON.stringify(id);
    if (isInputObjectType(named)) {
      const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type));
      overrides[arg.name] = `{ ${fields
        .map((f) => {
          const inner = getNamedType(f.type);
          const value =
            isScalarType(inner) && inner.name === 'ID' ? JSON.stringify(id) : sampleLiteral(f.type, f.name);
          return `${f.name}: ${value}`;
        })
        .join(', ')} }`;
    }
  }
  const base = operationFor(root, overrides);
  const selection = fullSelection(root.field.type);
  return selection ? base.replace(/\{ __typename \} \}$/, `${selection} }`) : base;
}
