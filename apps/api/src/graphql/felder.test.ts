import { TEXTLAENGE } from '@portal/domain';
import { type GraphQLSchema, getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { FELDER } from './felder.js';
import { createSchema } from './schema.js';

/** Every input position of the schema with the name of its type: "Type.field" and "Type.field(arg)". */
function eingaben(schema: GraphQLSchema): Map<string, string> {
  const result = new Map<string, string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args)
          result.set(`${type.name}.${field.name}(${arg.name})`, getNamedType(arg.type).name);
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        result.set(`${type.name}.${field.name}`, getNamedType(field.type).name);
    }
  }
  return result;
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe('the text fields of the schema', () => {
  it('each String input has its kind (and so its maximum length) declared in graphql/felder.ts', () => {
    const ohne = [...eingaben(schema)]
      .filter(([koordinate, typ]) => typ === 'String' && !(koordinate in FELDER))
      .map(([koordinate]) => koordinate);
    expect(ohne, 'String inputs without an entry in FELDER').toEqual([]);
  });

  it('names no coordinate that is gone or not text', () => {
    const alle = eingaben(schema);
    const falsch = Object.keys(FELDER).filter((k) => !['String', 'ID'].includes(alle.get(k) ?? ''));
    expect(falsch).toEqual([]);
  });

  it('dates are the Datum scalar, never free text', () => {
    const texte = [...eingaben(schema)].filter(
      ([koordinate, typ]) => typ === 'String' && /datum|von$|bis$|schluss/i.test(koordinate),
    );
    expect(texte).toEqual([]);
  });

  it('every kind has a positive length', () => {
    for (const max of Object.values(TEXTLAENGE)) expect(max).toBeGreaterThan(0);
  });
});
