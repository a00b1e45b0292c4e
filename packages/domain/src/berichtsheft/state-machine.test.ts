import { describe, expect, it } from 'vitest';
import {
  BEARBEITBAR,
  erlaubteTransition,
  type NachweisAkteur,
  type NachweisEreignis,
  type NachweisStatus,
} from './state-machine.js';

const STATES: NachweisStatus[] = ['ENTWURF', 'EINGEREICHT', 'GENEHMIGT', 'ABGELEHNT'];
const EVENTS: NachweisEreignis[] = ['EINREICHEN', 'GENEHMIGEN', 'ABLEHNEN', 'NACHTRAEGLICH_ABLEHNEN'];
const ACTORS: NachweisAkteur[] = ['AZUBI', 'GENEHMIGER', 'VERTRAGSAUSBILDER'];

/** Expected result of every (state, event, actor): the next state, or null for "refused". */
const EXPECTED: Record<string, NachweisStatus | null> = {
  'ENTWURF EINREICHEN AZUBI': 'EINGEREICHT',
  'ABGELEHNT EINREICHEN AZUBI': 'EINGEREICHT',
  'EINGEREICHT GENEHMIGEN GENEHMIGER': 'GENEHMIGT',
  'EINGEREICHT GENEHMIGEN VERTRAGSAUSBILDER': 'GENEHMIGT',
  'EINGEREICHT ABLEHNEN GENEHMIGER': 'ABGELEHNT',
  'EINGEREICHT ABLEHNEN VERTRAGSAUSBILDER': 'ABGELEHNT',
  'GENEHMIGT NACHTRAEGLICH_ABLEHNEN VERTRAGSAUSBILDER': 'ABGELEHNT',
};

describe('the Nachweis state machine', () => {
  const cases = STATES.flatMap((state) =>
    EVENTS.flatMap((event) => ACTORS.map((actor) => [state, event, actor] as const)),
  );
  it.each(cases)('%s + %s by %s', (state, event, actor) => {
    const expected = EXPECTED[`${state} ${event} ${actor}`] ?? null;
    expect(erlaubteTransition(state, event, [actor])?.to ?? null).toBe(expected);
  });

  it('requires a reason for every rejection and none for approval', () => {
    expect(erlaubteTransition('EINGEREICHT', 'ABLEHNEN', ['GENEHMIGER'])?.begruendungPflicht).toBe(true);
    expect(
      erlaubteTransition('GENEHMIGT', 'NACHTRAEGLICH_ABLEHNEN', ['VERTRAGSAUSBILDER'])?.begruendungPflicht,
    ).toBe(true);
    expect(erlaubteTransition('EINGEREICHT', 'GENEHMIGEN', ['GENEHMIGER'])?.begruendungPflicht).toBe(false);
  });

  it('lets the Azubi edit drafts and rejected weeks only', () => {
    expect(STATES.filter((s) => BEARBEITBAR.includes(s))).toEqual(['ENTWURF', 'ABGELEHNT']);
  });
});
