import { isUUID } from 'class-validator';

/**
 * Ids in GraphQL arguments are checked once, by the input boundary (graphql/eingabe.ts); this is
 * for ids that arrive another way (the document route's path).
 */
export const istUuid = (value: string) => isUUID(value);
