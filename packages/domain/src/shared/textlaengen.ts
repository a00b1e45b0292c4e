/**
 * How long a text a person types may be, by what it is used for. The API's input boundary
 * (apps/api/src/graphql/felder.ts) gives every text field of the schema one of these kinds and
 * refuses longer input before the domain runs; the domain's own checks use the same numbers.
 */
export const TEXTLAENGE = {
  /** Vorname, Nachname. */
  NAME: 100,
  /** RFC 5321: a forward path holds at most 256 octets, minus the angle brackets. */
  EMAIL: 254,
  /** E-mail, Benutzername or Identnummer ("Passwort vergessen"). */
  KENNUNG: 254,
  /** Hashing stays cheap; the password rule itself allows at most 128 characters. */
  PASSWORT: 1024,
  PIN: 32,
  /** A link token or a page cursor: our own, far shorter, values. */
  TOKEN: 512,
  CURSOR: 200,
  SUCHE: 200,
  /** Firmenname, Straße, Ort, Prüfungsort. */
  KURZTEXT: 200,
  /** Name of a Prüfungsbereich or a Prüfungstermin. */
  BEZEICHNUNG: 120,
  NOTE: 20,
  PLZ: 10,
  BUNDESLAND: 10,
  /** "08:30" */
  UHRZEIT: 10,
  /** Key of an additional question ("frage1"). */
  SCHLUESSEL: 50,
  /** Arbeitsbereich key ("staette:<uuid>", "kammer:<uuid>", …). */
  ARBEITSBEREICH: 100,
  FRAGE: 300,
  ANTWORT: 2000,
  /** Reason of a refusal or a return (copied into mails). */
  BEGRUENDUNG: 2000,
  /** What changed, reported to the IHK (Änderungsmail). */
  AENDERUNGSTEXT: 4000,
  /** The Betreuer's remark on a Nachweis. */
  BEMERKUNG: 5000,
  /** A section of a Nachweis or the activities of a day. */
  NACHWEISTEXT: 10_000,
} as const;

export type Textart = keyof typeof TEXTLAENGE;
