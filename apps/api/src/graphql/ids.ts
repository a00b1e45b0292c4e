import { notFound } from '@portal/domain';
import { isUUID } from 'class-validator';

/**
 * The one check of id arguments: a value that is no UUID cannot name a record, so it is answered
 * like a foreign record (NOT_FOUND with `was` in the message), before any SQL runs.
 */
export function gueltigeId(value: string, was = 'Der Eintrag'): string {
  if (!isUUID(value)) throw notFound(`${was} wurde nicht gefunden.`);
  return value;
}

export const istUuid = (value: string) => isUUID(value);
