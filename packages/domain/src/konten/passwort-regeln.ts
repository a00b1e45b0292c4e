import { dictionary } from '@zxcvbn-ts/language-common';
import { ValidationError } from '../shared/errors.js';

/**
 * Password rules after current guidance (NIST SP 800-63B, BSI IT-Grundschutz ORP.4): length over
 * complexity. No composition rules (no "one digit, one special character"), no forced expiry;
 * instead a minimum length and a check against a list of passwords attackers try first.
 *
 * The list is the ~49,000 most common passwords from breach corpora shipped by
 * `@zxcvbn-ts/language-common` (MIT, kept up to date by the zxcvbn-ts project), plus a few
 * German and portal-specific words below.
 */
export const PASSWORT_MIN_LAENGE = 10;
/** An upper bound only against abuse (argon2 on megabytes); long passphrases stay welcome. */
export const PASSWORT_MAX_LAENGE = 128;

/** The rules as the forms show them up front. */
export const PASSWORT_REGELN: readonly string[] = [
  `Mindestens ${PASSWORT_MIN_LAENGE} Zeichen, höchstens ${PASSWORT_MAX_LAENGE}. Länge schützt besser als Sonderzeichen: Ein Satz aus mehreren Wörtern ist ein gutes Passwort.`,
  'Keine häufig verwendeten Passwörter (z. B. „passwort123“) und keine bloßen Wiederholungen oder Zahlenreihen.',
  'Nicht Ihre E-Mail-Adresse oder Ihr Benutzername.',
];

/** Context words: often chosen, and the first guesses against this portal. */
const EIGENE_LISTE = [
  'passwort',
  'kennwort',
  'geheim',
  'hallo',
  'hallo123',
  'ausbildung',
  'ausbildungsportal',
  'auszubildende',
  'auszubildender',
  'azubi',
  'berichtsheft',
  'ausbildungsnachweis',
  'ihk',
  'ihkportal',
  'nordwestfalen',
  'muenster',
  'münster',
  'schalke04',
  'bvb09',
  'borussia',
  'deutschland',
  'sommer',
  'winter',
  'fruehling',
  'frühling',
  'herbst',
  'willkommen',
  'schatz',
  'qwertz',
  'qwertzuiop',
  'asdfghjkl',
  'ichliebedich',
];

let haeufige: Set<string> | undefined;
function haeufigePasswoerter(): Set<string> {
  haeufige ??= new Set([...dictionary['passwords-common'], ...EIGENE_LISTE].map((p) => p.toLowerCase()));
  return haeufige;
}

export type PasswortMangel = 'FEHLT' | 'ZU_KURZ' | 'ZU_LANG' | 'HAEUFIG' | 'EINTOENIG' | 'WIE_KONTO';

export const PASSWORT_MANGEL_TEXT: Record<PasswortMangel, string> = {
  FEHLT: 'Bitte geben Sie ein Passwort ein.',
  ZU_KURZ: `Das Passwort muss mindestens ${PASSWORT_MIN_LAENGE} Zeichen lang sein.`,
  ZU_LANG: `Das Passwort darf höchstens ${PASSWORT_MAX_LAENGE} Zeichen lang sein.`,
  HAEUFIG:
    'Dieses Passwort ist zu häufig und wird von Angreifern zuerst ausprobiert. Bitte wählen Sie ein anderes, z. B. einen Satz aus mehreren Wörtern.',
  EINTOENIG:
    'Das Passwort besteht nur aus Wiederholungen oder einer Zeichenfolge wie „1234567890“. Bitte wählen Sie ein anderes.',
  WIE_KONTO: 'Das Passwort darf nicht Ihre E-Mail-Adresse oder Ihr Benutzername sein.',
};

export interface PasswortKontext {
  email?: string | null;
  benutzername?: string | null;
}

/** Length in characters as a person counts them (an umlaut is one, not two UTF-16 units). */
const laenge = (s: string) => [...s].length;

/** Only repetitions ("aaaaaaaaaa", "abababab") or a run like "1234567890", "abcdefghij", "9876543210". */
function istEintoenig(passwort: string): boolean {
  const zeichen = [...passwort.toLowerCase()];
  if (new Set(zeichen).size <= 2) return true;
  // Digits count round the clock, so "2345678901" and "0987654321" are runs too.
  const ziffern = zeichen.every((c) => c >= '0' && c <= '9');
  const codes = zeichen.map((c) => c.codePointAt(0)!);
  const schritt = (a: number, b: number) => (ziffern ? (((b - a) % 10) + 10) % 10 : b - a);
  const schritte = new Set(codes.slice(1).map((c, i) => schritt(codes[i], c)));
  const lauf = ziffern ? [1, 9] : [1, -1];
  return schritte.size === 1 && lauf.includes([...schritte][0]);
}

/** A common password, also with digits or symbols around it ("Passwort2026!", "!!dragon123"). */
function istHaeufig(passwort: string): boolean {
  const liste = haeufigePasswoerter();
  const klein = passwort.toLowerCase();
  if (liste.has(klein)) return true;
  const kern = klein.replace(/^[\d\W_]+/u, '').replace(/[\d\W_]+$/u, '');
  return kern.length >= 4 && kern !== klein && liste.has(kern);
}

function istWieKonto(passwort: string, kontext: PasswortKontext): boolean {
  const klein = passwort.trim().toLowerCase();
  const email = kontext.email?.trim().toLowerCase();
  const kandidaten = [email, email?.split('@')[0], kontext.benutzername?.trim().toLowerCase()];
  return kandidaten.some((k) => !!k && k === klein);
}

/** Everything wrong with a password (empty when it is fine). Pure, for tests and the services. */
export function passwortMaengel(
  passwort: string | null | undefined,
  kontext: PasswortKontext = {},
): PasswortMangel[] {
  if (!passwort) return ['FEHLT'];
  const maengel: PasswortMangel[] = [];
  const n = laenge(passwort);
  if (n < PASSWORT_MIN_LAENGE) maengel.push('ZU_KURZ');
  if (n > PASSWORT_MAX_LAENGE) maengel.push('ZU_LANG');
  if (istWieKonto(passwort, kontext)) maengel.push('WIE_KONTO');
  else if (istHaeufig(passwort)) maengel.push('HAEUFIG');
  else if (istEintoenig(passwort)) maengel.push('EINTOENIG');
  return maengel;
}

/** Throws a German ValidationError on the field `passwort` (or the one given) when a rule is broken. */
export function pruefePasswort(
  passwort: string | null | undefined,
  kontext: PasswortKontext = {},
  field = 'passwort',
): asserts passwort is string {
  const [erster] = passwortMaengel(passwort, kontext);
  if (erster) throw new ValidationError(field, PASSWORT_MANGEL_TEXT[erster]);
}
