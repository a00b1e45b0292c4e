import { formatDe, type IsoDate } from '../berichtsheft/dates.js';
import type { ErrorCode } from '../shared/errors.js';

/**
 * The states of a Pruefungsanmeldung (DOMAIN.md: Betrieb fills in -> Azubi confirms or sends back
 * -> IHK admits or rejects). `null` is "not registered yet".
 */
export type AnmeldungStatus =
  | 'ENTWURF'
  | 'AZUBI_PRUEFT'
  | 'ZURUECK_AN_BETRIEB'
  | 'BEI_IHK'
  | 'ZUGELASSEN'
  | 'ABGELEHNT';

export const ANMELDUNG_STATUS: readonly AnmeldungStatus[] = [
  'ENTWURF',
  'AZUBI_PRUEFT',
  'ZURUECK_AN_BETRIEB',
  'BEI_IHK',
  'ZUGELASSEN',
  'ABGELEHNT',
];

export type AnmeldungAktion = 'EINREICHEN' | 'BESTAETIGEN' | 'ZURUECKGEBEN' | 'ZULASSEN' | 'ABLEHNEN';

/** BETRIEB = an Ausbildungsadministrator reaching the contract's Betriebsstaette; IHK = a Sachbearbeiter of the session's Kammer. */
export type AnmeldungAkteur = 'BETRIEB' | 'AZUBI' | 'IHK';

export interface AnmeldungTransition {
  from: AnmeldungStatus | null;
  aktion: AnmeldungAktion;
  to: AnmeldungStatus;
  who: AnmeldungAkteur;
  /** A remark is required (Azubi sending back, IHK rejecting). */
  bemerkungPflicht: boolean;
  /** Only up to and including the Anmeldeschluss. */
  fristgebunden: boolean;
}

/** The one table read by the service, the policy (`aktionen`) and the tests. */
export const ANMELDUNG_TRANSITIONS: readonly AnmeldungTransition[] = [
  {
    from: null,
    aktion: 'EINREICHEN',
    to: 'AZUBI_PRUEFT',
    who: 'BETRIEB',
    bemerkungPflicht: false,
    fristgebunden: true,
  },
  {
    from: 'ENTWURF',
    aktion: 'EINREICHEN',
    to: 'AZUBI_PRUEFT',
    who: 'BETRIEB',
    bemerkungPflicht: false,
    fristgebunden: true,
  },
  {
    from: 'ZURUECK_AN_BETRIEB',
    aktion: 'EINREICHEN',
    to: 'AZUBI_PRUEFT',
    who: 'BETRIEB',
    bemerkungPflicht: false,
    fristgebunden: true,
  },
  {
    from: 'AZUBI_PRUEFT',
    aktion: 'BESTAETIGEN',
    to: 'BEI_IHK',
    who: 'AZUBI',
    bemerkungPflicht: false,
    fristgebunden: true,
  },
  {
    from: 'AZUBI_PRUEFT',
    aktion: 'ZURUECKGEBEN',
    to: 'ZURUECK_AN_BETRIEB',
    who: 'AZUBI',
    bemerkungPflicht: true,
    fristgebunden: true,
  },
  {
    from: 'BEI_IHK',
    aktion: 'ZULASSEN',
    to: 'ZUGELASSEN',
    who: 'IHK',
    bemerkungPflicht: false,
    fristgebunden: false,
  },
  {
    from: 'BEI_IHK',
    aktion: 'ABLEHNEN',
    to: 'ABGELEHNT',
    who: 'IHK',
    bemerkungPflicht: true,
    fristgebunden: false,
  },
];

/** The Anmeldeschluss day itself still counts; from the next day on the deadline has passed. */
export const anmeldeschlussVorbei = (anmeldeschluss: IsoDate, heute: IsoDate) => heute > anmeldeschluss;

export const anmeldeschlussMeldung = (anmeldeschluss: IsoDate) =>
  `Der Anmeldeschluss (${formatDe(anmeldeschluss)}) ist vorbei. Eine Anmeldung ist nicht mehr möglich.`;

export type UebergangErgebnis =
  | { ok: true; transition: AnmeldungTransition }
  | { ok: false; code: ErrorCode; message?: string; field?: string };

export interface UebergangFrage {
  status: AnmeldungStatus | null;
  aktion: AnmeldungAktion;
  /** The parts the viewer plays for this registration (from the records, see anmeldung.policy). */
  akteure: readonly AnmeldungAkteur[];
  anmeldeschluss: IsoDate;
  heute: IsoDate;
  bemerkung?: string | null;
}

/**
 * Decides one step. Order: is the step possible from this state at all, may this viewer take it,
 * is the deadline still open, is the required remark there.
 */
export function pruefeUebergang(frage: UebergangFrage): UebergangErgebnis {
  const transition = ANMELDUNG_TRANSITIONS.find((t) => t.from === frage.status && t.aktion === frage.aktion);
  if (!transition) return { ok: false, code: 'ANMELDUNG_UEBERGANG_UNZULAESSIG' };
  if (!frage.akteure.includes(transition.who)) return { ok: false, code: 'FORBIDDEN' };
  if (transition.fristgebunden && anmeldeschlussVorbei(frage.anmeldeschluss, frage.heute)) {
    return {
      ok: false,
      code: 'ANMELDESCHLUSS_VORBEI',
      message: anmeldeschlussMeldung(frage.anmeldeschluss),
    };
  }
  if (transition.bemerkungPflicht && !frage.bemerkung?.trim()) {
    return {
      ok: false,
      code: 'BAD_USER_INPUT',
      field: transition.aktion === 'ABLEHNEN' ? 'begruendung' : 'bemerkung',
      message:
        transition.aktion === 'ABLEHNEN'
          ? 'Bitte geben Sie eine Begründung für die Ablehnung an.'
          : 'Bitte schreiben Sie dem Betrieb, was geändert werden soll.',
    };
  }
  return { ok: true, transition };
}

/** What the viewer may do now (for the `aktionen` field): every step `pruefeUebergang` would allow, remarks aside. */
export function moeglicheAktionen(
  status: AnmeldungStatus | null,
  akteure: readonly AnmeldungAkteur[],
  anmeldeschluss: IsoDate,
  heute: IsoDate,
): AnmeldungAktion[] {
  return ANMELDUNG_TRANSITIONS.filter(
    (t) =>
      t.from === status &&
      akteure.includes(t.who) &&
      !(t.fristgebunden && anmeldeschlussVorbei(anmeldeschluss, heute)),
  ).map((t) => t.aktion);
}

export const ANMELDUNG_STATUS_TEXT: Record<AnmeldungStatus, string> = {
  ENTWURF: 'Entwurf',
  AZUBI_PRUEFT: 'Beim Azubi zur Bestätigung',
  ZURUECK_AN_BETRIEB: 'Zurück an den Betrieb',
  BEI_IHK: 'Bei der IHK',
  ZUGELASSEN: 'Zugelassen',
  ABGELEHNT: 'Abgelehnt',
};

/** History line text per step. */
export const AKTION_TEXT: Record<AnmeldungAktion, string> = {
  EINREICHEN: 'Anmeldung eingereicht',
  BESTAETIGEN: 'Anmeldung bestätigt',
  ZURUECKGEBEN: 'An den Betrieb zurückgegeben',
  ZULASSEN: 'Zur Prüfung zugelassen',
  ABLEHNEN: 'Anmeldung abgelehnt',
};

/**
 * German history text for every event code stored in a registration's history: the steps of the
 * flow plus the IHK's later events (results, dates). Unknown codes never reach the user raw.
 */
export const EREIGNIS_TEXT: Record<string, string> = {
  ...AKTION_TEXT,
  ERGEBNISSE_EINGETRAGEN: 'Ergebnisse eingetragen',
  ERGEBNISSE_FREIGEGEBEN: 'Ergebnisse freigegeben',
  PRUEFUNGSTERMINE_GESPEICHERT: 'Prüfungstermine gespeichert',
  PRUEFUNGSTERMINE_FREIGEGEBEN: 'Prüfungstermine freigegeben',
  ZEUGNIS_AUSGESTELLT: 'Zeugnis ausgestellt',
};

export const ereignisText = (code: string): string => EREIGNIS_TEXT[code] ?? 'Änderung an der Anmeldung';
