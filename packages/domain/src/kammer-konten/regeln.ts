import { isPlausibleEmail, normalizeEmail } from '../auth/login-rules.js';
import type { Limit } from '../konten/drosselung.js';
import { ValidationError } from '../shared/errors.js';

/** The 16 Laender as ISO 3166-2 codes without the "DE-" prefix (as Betriebsstaette.bundesland). */
export const BUNDESLAENDER: Readonly<Record<string, string>> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

export interface FeldFehler {
  field: string;
  message: string;
}

const text = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ');

function pflicht(fehler: FeldFehler[], field: string, value: string, message: string, max = 200) {
  if (!value) fehler.push({ field, message });
  else if (value.length > max) fehler.push({ field, message: `Bitte höchstens ${max} Zeichen eingeben.` });
}

function email(fehler: FeldFehler[], field: string, value: string, message: string) {
  if (!isPlausibleEmail(value)) fehler.push({ field, message });
}

/** Throws the first field error (the form shows all of them on its own before sending). */
function throwFirst(fehler: FeldFehler[]) {
  if (fehler.length > 0) throw new ValidationError(fehler[0].field, fehler[0].message);
}

export interface PersonEingabe {
  vorname: string;
  nachname: string;
  email: string;
}

export interface UnternehmensantragEingabe extends PersonEingabe {
  kammerId: string;
  firmenname: string;
  strasse: string;
  plz: string;
  ort: string;
  bundesland: string;
  unternehmensEmail: string;
}

function personFehler(fehler: FeldFehler[], p: PersonEingabe, prefix = '') {
  const e = { vorname: text(p.vorname), nachname: text(p.nachname), email: normalizeEmail(p.email ?? '') };
  pflicht(fehler, 'vorname', e.vorname, `Bitte geben Sie ${prefix}den Vornamen an.`, 100);
  pflicht(fehler, 'nachname', e.nachname, `Bitte geben Sie ${prefix}den Nachnamen an.`, 100);
  email(fehler, 'email', e.email, 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.');
  return e;
}

/** Every field error of an online company application, in form order; pure. */
export function pruefeUnternehmensantrag(input: UnternehmensantragEingabe): {
  fehler: FeldFehler[];
  werte: UnternehmensantragEingabe;
} {
  const fehler: FeldFehler[] = [];
  if (!text(input.kammerId)) fehler.push({ field: 'kammerId', message: 'Bitte wählen Sie Ihre IHK aus.' });
  const firmenname = text(input.firmenname);
  pflicht(fehler, 'firmenname', firmenname, 'Bitte geben Sie den Namen des Unternehmens an.');
  const strasse = text(input.strasse);
  pflicht(fehler, 'strasse', strasse, 'Bitte geben Sie Straße und Hausnummer an.');
  const plz = text(input.plz);
  if (!/^\d{5}$/.test(plz))
    fehler.push({ field: 'plz', message: 'Bitte geben Sie eine fünfstellige Postleitzahl an.' });
  const ort = text(input.ort);
  pflicht(fehler, 'ort', ort, 'Bitte geben Sie den Ort an.', 100);
  const bundesland = text(input.bundesland).toUpperCase();
  if (!(bundesland in BUNDESLAENDER)) {
    fehler.push({ field: 'bundesland', message: 'Bitte wählen Sie das Bundesland aus.' });
  }
  const unternehmensEmail = normalizeEmail(input.unternehmensEmail ?? '');
  email(
    fehler,
    'unternehmensEmail',
    unternehmensEmail,
    'Bitte geben Sie eine gültige E-Mail-Adresse des Unternehmens an, z. B. ausbildung@firma.de.',
  );
  const person = personFehler(fehler, input, 'für die antragstellende Person ');
  return {
    fehler,
    werte: {
      kammerId: text(input.kammerId),
      firmenname,
      strasse,
      plz,
      ort,
      bundesland,
      unternehmensEmail,
      ...person,
    },
  };
}

export function validiereUnternehmensantrag(input: UnternehmensantragEingabe): UnternehmensantragEingabe {
  const { fehler, werte } = pruefeUnternehmensantrag(input);
  throwFirst(fehler);
  return werte;
}

/** Vorname, Nachname and e-mail of a new person (Pruefer/-in, Pruefungsteilnehmer/-in). */
export function validierePerson(input: PersonEingabe): PersonEingabe {
  const fehler: FeldFehler[] = [];
  const werte = personFehler(fehler, input);
  throwFirst(fehler);
  return werte;
}

export const ABLEHNUNGSGRUND_MAX = 2000;
export const AENDERUNGSTEXT_MAX = 4000;

/** A required free text (reason for a refusal, the change reported to the IHK). */
export function validiereText(field: string, value: string, message: string, max: number): string {
  const t = (value ?? '').trim();
  if (!t) throw new ValidationError(field, message);
  if (t.length > max) throw new ValidationError(field, `Bitte höchstens ${max} Zeichen eingeben.`);
  return t;
}

const STUNDE = 60 * 60 * 1000;

/**
 * Rate limits of the public forms (konten/drosselung.ts counts them). Per client address against
 * floods; per e-mail so nobody can bomb one inbox. Both apply alike to known and unknown addresses.
 */
export const DROSSELUNG = {
  antragProAdresse: { max: 5, fensterMs: STUNDE },
  antragProEmail: { max: 3, fensterMs: STUNDE },
  registrierungProAdresse: { max: 10, fensterMs: STUNDE },
  registrierungProEmail: { max: 3, fensterMs: STUNDE },
} as const satisfies Record<string, Limit>;
