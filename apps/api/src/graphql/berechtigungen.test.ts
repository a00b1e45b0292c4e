import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BERECHTIGUNGEN, renderBerechtigungen } from './berechtigungen.js';
import { createSchema } from './schema.js';

const DOC = new URL('../../../../docs/permissions.md', import.meta.url);
const START = '<!-- berechtigungen:start (erzeugt von pnpm docs:permissions) -->';
const ENDE = '<!-- berechtigungen:ende -->';

/** Markdown tables compare without their alignment (the formatter pads the cells). */
const ohneAusrichtung = (text: string) =>
  text
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/ *\| */g, '|').replace(/-{3,}/g, '---') : line))
    .join('\n');

describe('the permission matrix', () => {
  it('has an entry for every operation of the schema, and none for operations that are gone', async () => {
    const schema = await createSchema();
    const operationen = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ].sort();
    expect(
      operationen.filter((id) => !(id in BERECHTIGUNGEN)),
      'operations without an entry',
    ).toEqual([]);
    expect(
      Object.keys(BERECHTIGUNGEN).filter((id) => !operationen.includes(id)),
      'entries without an operation',
    ).toEqual([]);
  });

  it('docs/permissions.md shows the matrix generated from the code', async () => {
    const text = readFileSync(DOC, 'utf8');
    const erzeugt = `${START}\n\n${renderBerechtigungen(await createSchema())}\n\n${ENDE}`;
    const [vorher, rest] = text.split(START);
    const nachher = rest?.split(ENDE)[1] ?? '';
    if (process.env.UPDATE_DOCS === '1') {
      writeFileSync(DOC, `${vorher.trimEnd()}\n\n${erzeugt}${rest ? nachher : '\n'}`);
      return;
    }
    expect(ohneAusrichtung(text), 'run `pnpm docs:permissions` to regenerate docs/permissions.md').toContain(
      ohneAusrichtung(erzeugt),
    );
  });
});
