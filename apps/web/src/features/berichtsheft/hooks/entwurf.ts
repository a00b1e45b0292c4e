import type {
  Anwesenheit,
  Lernort,
  NachweisFieldsFragment,
  NachweisSpeichernInput,
} from '../../../gql/graphql';

export type Nachweis = NachweisFieldsFragment;

/** One day as the form holds it: hours as typed, so "7," or "" survive while typing. */
export interface TagInhalt {
  datum: string;
  lernort: Lernort;
  anwesenheit: Anwesenheit;
  stunden: string;
  taetigkeiten: string;
}

/** Everything the Azubi edits in a Nachweis (what nachweisSpeichern sends). */
export interface Inhalt {
  abschnitt: string;
  /** Betriebliche Tätigkeiten of the week (weekly form). */
  taetigkeiten: string;
  unterweisungen: string;
  berufsschule: string;
  genehmigerEmail: string;
  rahmenplanIds: string[];
  tage: TagInhalt[];
}

export function inhaltVon(nachweis: Nachweis): Inhalt {
  return {
    abschnitt: nachweis.abschnitt,
    taetigkeiten: nachweis.taetigkeiten,
    unterweisungen: nachweis.unterweisungen,
    berufsschule: nachweis.berufsschule,
    genehmigerEmail: nachweis.genehmigerEmail ?? '',
    rahmenplanIds: [...nachweis.rahmenplanIds].sort(),
    tage: nachweis.tage.map((t) => ({
      datum: t.datum,
      lernort: t.lernort,
      anwesenheit: t.anwesenheit,
      stunden: t.stunden === null ? '' : String(t.stunden),
      taetigkeiten: t.taetigkeiten,
    })),
  };
}

export function gleicherInhalt(a: Inhalt, b: Inhalt): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function stundenZahl(wert: string): number | null {
  const text = wert.trim().replace(',', '.');
  if (!text) return null;
  const zahl = Number(text);
  return Number.isFinite(zahl) ? zahl : null;
}

export function speichernInput(id: string, version: number, inhalt: Inhalt): NachweisSpeichernInput {
  return {
    id,
    version,
    abschnitt: inhalt.abschnitt,
    // Drafts kept in the browser before this field existed have none: leave the server's text alone.
    taetigkeiten: inhalt.taetigkeiten ?? null,
    unterweisungen: inhalt.unterweisungen,
    berufsschule: inhalt.berufsschule,
    genehmigerEmail: inhalt.genehmigerEmail.trim() || null,
    rahmenplanIds: inhalt.rahmenplanIds,
    tage: inhalt.tage.map((t) => ({
      datum: t.datum,
      lernort: t.lernort,
      anwesenheit: t.anwesenheit,
      stunden: stundenZahl(t.stunden),
      taetigkeiten: t.taetigkeiten,
    })),
  };
}

/**
 * The server's Nachweis after it saved `inhalt`: an autosave answers only with the new version and
 * time (the content is what was sent), so the rest is carried over. Written as the server stores it
 * (hours as numbers, the approver's address trimmed and in lower case).
 */
export function mitGespeichertemInhalt(
  nachweis: Nachweis,
  inhalt: Inhalt,
  stand: { version: number; updatedAt: string },
): Nachweis {
  const eingabe = speichernInput(nachweis.id, stand.version, inhalt);
  const bisher = new Map(nachweis.tage.map((t) => [t.datum, t]));
  return {
    ...nachweis,
    version: stand.version,
    updatedAt: stand.updatedAt,
    abschnitt: eingabe.abschnitt,
    taetigkeiten: eingabe.taetigkeiten ?? nachweis.taetigkeiten,
    unterweisungen: eingabe.unterweisungen,
    berufsschule: eingabe.berufsschule,
    genehmigerEmail: eingabe.genehmigerEmail?.toLowerCase() ?? null,
    rahmenplanIds: inhalt.rahmenplanIds,
    tage: eingabe.tage.map((t) => ({
      datum: t.datum,
      lernort: t.lernort,
      anwesenheit: t.anwesenheit,
      stunden: t.stunden ?? null,
      taetigkeiten: t.taetigkeiten,
      feiertag: bisher.get(t.datum)?.feiertag ?? null,
    })),
  };
}

/** A pending edit kept in the browser, so a reload or a lost connection loses nothing. */
export interface GespeicherterEntwurf {
  inhalt: Inhalt;
  /** The server version the edit was based on. */
  version: number;
  /** When the edit was made (ISO), compared with the server's updatedAt. */
  bearbeitetAm: string;
}

const schluessel = (id: string) => `ausbildungsportal.nachweis-entwurf.${id}`;

function istInhalt(value: unknown): value is Inhalt {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.abschnitt === 'string' &&
    typeof v.unterweisungen === 'string' &&
    typeof v.berufsschule === 'string' &&
    typeof v.genehmigerEmail === 'string' &&
    Array.isArray(v.rahmenplanIds) &&
    Array.isArray(v.tage)
  );
}

export function entwurfLesen(id: string): GespeicherterEntwurf | null {
  try {
    const text = window.localStorage.getItem(schluessel(id));
    if (!text) return null;
    const wert: unknown = JSON.parse(text);
    if (typeof wert !== 'object' || wert === null) return null;
    const { inhalt, version, bearbeitetAm } = wert as Record<string, unknown>;
    if (!istInhalt(inhalt) || typeof version !== 'number' || typeof bearbeitetAm !== 'string') return null;
    return { inhalt, version, bearbeitetAm };
  } catch {
    return null;
  }
}

export function entwurfSchreiben(id: string, entwurf: GespeicherterEntwurf) {
  try {
    window.localStorage.setItem(schluessel(id), JSON.stringify(entwurf));
  } catch {
    // Storage full or disabled: the edit stays in memory and is retried from there.
  }
}

export function entwurfLoeschen(id: string) {
  try {
    window.localStorage.removeItem(schluessel(id));
  } catch {
    // Nothing to do.
  }
}
