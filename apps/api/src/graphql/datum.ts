import { isIsoDate } from '@portal/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Days outside these are typing mistakes in every use; each use narrows further in the domain. */
export const FRUEHESTES_DATUM = '1940-01-01';
export const SPAETESTES_DATUM = '2100-12-31';

/**
 * A calendar day, "YYYY-MM-DD": every date a client sends. The message starts with "Datum: "
 * so graphql/meldungen.ts turns graphql-js's wrapping ("Variable … got invalid value …") into a
 * German sentence naming the field.
 */
export function parseDatum(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Datum: Bitte geben Sie einen Kalendertag im Format JJJJ-MM-TT an.');
  }
  if (value < FRUEHESTES_DATUM || value > SPAETESTES_DATUM) {
    throw new GraphQLError('Datum: Der Tag liegt nicht zwischen 1940 und 2100.');
  }
  return value;
}

export const DatumScalar = new GraphQLScalarType({
  name: 'Datum',
  description: 'Ein Kalendertag im Format JJJJ-MM-TT (ISO 8601), zwischen 1940-01-01 und 2100-12-31.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDatum(value);
  },
  parseValue: parseDatum,
  parseLiteral: (ast) => parseDatum(ast.kind === Kind.STRING ? ast.value : undefined),
});
