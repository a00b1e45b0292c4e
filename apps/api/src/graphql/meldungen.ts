/**
 * German messages for what the libraries say in English: Apollo's request-level refusals,
 * graphql-js's variable coercion and class-validator's default constraint messages. Each entry
 * turns a pattern into a German sentence; the field a message is about goes to `extensions.field`.
 */

type Uebersetzung = [RegExp, (...gruppen: string[]) => string];

const ANFRAGE: Uebersetzung[] = [
  [
    /blocked as a potential Cross-Site Request Forgery/,
    () =>
      'Die Anfrage wurde als möglicher Angriff über eine fremde Seite (CSRF) abgelehnt. Bitte senden Sie sie mit dem Header „Content-Type: application/json“.',
  ],
  [/Operation batching disabled/, () => 'Mehrere Operationen in einer Anfrage werden nicht unterstützt.'],
  [
    /GET requests only support query operations, not (\w+) operations/,
    () => 'Änderungen (Mutationen) sind nur mit POST möglich, nicht mit GET.',
  ],
  [
    /GraphQL operations must contain a non-empty `query`/,
    () => 'Die Anfrage enthält keine Operation („query“ fehlt).',
  ],
  [/POST body missing, invalid Content-Type/, () => 'Die Anfrage hat keinen gültigen JSON-Inhalt.'],
  [/`variables` in a POST body/, () => '„variables“ muss ein JSON-Objekt sein.'],
  [/`extensions` in a POST body/, () => '„extensions“ muss ein JSON-Objekt sein.'],
  [/`operationName` in a POST body must be a string/, () => '„operationName“ muss ein Text sein.'],
  [/GraphQL queries must be strings/, () => '„query“ muss ein Text sein.'],
  [/No operations found in request/, () => 'Die Anfrage enthält keine Operation.'],
  [/supports only GET\/POST requests/, () => 'Nur GET- und POST-Anfragen werden unterstützt.'],
  [/search parameter/, () => 'Ein Parameter der Adresse ist ungültig.'],
  [/'accept' header/, () => 'Der Accept-Header der Anfrage lässt keine JSON-Antwort zu.'],
];

/** Apollo's HTTP-level refusals (BAD_REQUEST) in German; unknown ones get a general sentence. */
export function anfrageMeldung(englisch: string): string {
  for (const [muster, text] of ANFRAGE) {
    const treffer = muster.exec(englisch);
    if (treffer) return text(...treffer.slice(1));
  }
  return 'Die Anfrage ist ungültig.';
}

const ERWARTET: Record<string, string> = {
  Int: 'eine ganze Zahl',
  Float: 'eine Zahl',
  String: 'ein Text',
  Boolean: 'ja oder nein (true/false)',
  ID: 'eine Kennung',
  DateTimeISO: 'ein Zeitpunkt (ISO 8601)',
};

/**
 * graphql-js's messages for variables that do not fit their type, e.g.
 * `Variable "$input" got invalid value "x" at "input.stunden"; Float cannot represent …`.
 * Returns the field and a German message, or null for anything else.
 */
export function variablenMeldung(englisch: string): { field: string; message: string } | null {
  const fehlt =
    /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)/.exec(
      englisch,
    );
  if (fehlt) return { field: fehlt[1], message: `Die Angabe „${fehlt[1]}“ fehlt.` };
  const ungueltig = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(englisch);
  if (!ungueltig) return null;
  const roh = (ungueltig[2] ?? ungueltig[1]).replace(/\[(\d+)\]/g, '.$1');
  // Named like the input boundary and the domain name fields: inside `input` without its name.
  const field = roh.replace(/^input\./, '');
  const grund = ungueltig[3];
  const datum = /^Datum: (.*)$/s.exec(grund);
  if (datum) return { field, message: `Das Datum in „${field}“ ist ungültig: ${datum[1]}` };
  const skalar = /^(\w+) cannot represent/.exec(grund);
  if (skalar) {
    return {
      field,
      message: `Der Wert für „${field}“ ist ungültig: erwartet wird ${ERWARTET[skalar[1]] ?? `ein ${skalar[1]}`}.`,
    };
  }
  const enumWert = /^Value "([^"]*)" does not exist in "(\w+)" enum/.exec(grund);
  if (enumWert) return { field, message: `„${enumWert[1]}“ ist für „${field}“ kein erlaubter Wert.` };
  const pflicht = /^Field "(\w+)" of required type "[^"]+" was not provided/.exec(grund);
  if (pflicht) {
    const pfad = roh === 'input' ? pflicht[1] : `${field}.${pflicht[1]}`;
    return { field: pfad, message: `Die Angabe „${pfad}“ fehlt.` };
  }
  const unbekannt = /^Field "(\w+)" is not defined by type/.exec(grund);
  if (unbekannt) return { field, message: `„${unbekannt[1]}“ ist in „${field}“ kein bekanntes Feld.` };
  if (/^Expected value of non-null type/.test(grund)) {
    return { field, message: `Die Angabe „${field}“ darf nicht leer sein.` };
  }
  return { field, message: `Der Wert für „${field}“ ist ungültig.` };
}

/**
 * graphql-js's validation of inline literals, e.g. `Expected value of type "Datum!", found "abc";
 * Datum: Bitte …` or `Expected value of type "Int!", found "x".` Returns a German sentence or null.
 */
export function literalMeldung(englisch: string): string | null {
  // The Datum scalar's own refusal of a literal reaches validation as it was thrown.
  const datum = /^Datum: (.*)$/s.exec(englisch);
  if (datum) return `Das Datum in der Anfrage ist ungültig: ${datum[1]}`;
  const treffer = /^Expected value of type "([^"]+)", found (.*?)(?:; (.*)|\.)$/s.exec(englisch);
  if (!treffer) return null;
  const typ = treffer[1].replace(/[![\]]/g, '');
  const grund = treffer[3]?.replace(/^Datum: /, '');
  const erwartet = ERWARTET[typ] ?? (typ === 'Datum' ? 'ein Datum (JJJJ-MM-TT)' : `ein Wert vom Typ ${typ}`);
  const deutsch = grund && !/^[A-Z]\w+ cannot represent/.test(grund) ? ` ${grund}` : '';
  return `Der Wert ${treffer[2]} in der Anfrage ist ungültig: erwartet wird ${erwartet}.${deutsch}`;
}

/** class-validator's English default messages (where a decorator has no German message of its own). */
const REGELN: Uebersetzung[] = [
  [
    /^(\w+) must contain no more than (\d+) elements$/,
    (f, n) => `„${f}“ darf höchstens ${n} Einträge enthalten.`,
  ],
  [
    /^(\w+) must contain at least (\d+) elements$/,
    (f, n) => `„${f}“ muss mindestens ${n} Einträge enthalten.`,
  ],
  [
    /^(\w+) must be shorter than or equal to (\d+) characters$/,
    (f, n) => `„${f}“ darf höchstens ${n} Zeichen lang sein.`,
  ],
  [
    /^(\w+) must be longer than or equal to (\d+) characters$/,
    (f, n) => `„${f}“ muss mindestens ${n} Zeichen lang sein.`,
  ],
  [/^(\w+) must not be greater than (-?[\d.]+)$/, (f, n) => `„${f}“ darf höchstens ${n} sein.`],
  [/^(\w+) must not be less than (-?[\d.]+)$/, (f, n) => `„${f}“ muss mindestens ${n} sein.`],
  [/^(?:each value in )?(\w+) must be a UUID$/, (f) => `„${f}“ enthält keine gültige Kennung.`],
  [/^(\w+) must be an email$/, (f) => `„${f}“ ist keine gültige E-Mail-Adresse.`],
  [/^(\w+) must be an integer number$/, (f) => `„${f}“ muss eine ganze Zahl sein.`],
  [/^(\w+) should not be empty$/, (f) => `„${f}“ darf nicht leer sein.`],
];

/** A constraint message in German: class-validator's default if it is one, else as written. */
export function regelMeldung(message: string): string {
  for (const [muster, text] of REGELN) {
    const treffer = muster.exec(message);
    if (treffer) return text(...treffer.slice(1));
  }
  return message;
}
