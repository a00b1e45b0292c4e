import {
  BERICHTSHEFT_AKTIONEN,
  BEZIEHUNGEN,
  type BerichtsheftAktion,
  type Beziehung,
  NACHWEIS_TRANSITIONS,
  type NachweisEreignis,
} from '@portal/domain';
import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * The permission matrix of every operation, rendered into docs/permissions.md by a test
 * (`pnpm docs:permissions`). The gate (public, session, role in the selected Arbeitsbereich) is
 * read from the resolvers' decorators; the record rule names the domain policy that decides. A
 * test fails when a root field of the schema has no entry here.
 */
type Regel =
  | { regel: string }
  /** A Berichtsheft action or transition: the text comes from the policy's relations. */
  | { berichtsheft: BerichtsheftAktion | NachweisEreignis; liste?: boolean };

const eigenesKonto = { regel: 'nur das eigene Konto (`nichtInVertretung` für Zugang, Passwort, Sitzungen)' };
const kammer = (was: string) => ({ regel: `${was} der eigenen Kammer (\`istSachbearbeiterDerKammer\`)` });
const verwaltet = (was: string) => ({
  regel: `${was} in verwalteten Betriebsstätten (\`verwaltetBetriebsstaette\`, Hauptsitz-Reichweite)`,
});

export const BERECHTIGUNGEN: Record<string, Regel> = {
  // -- Anmeldung und Konto --
  'Query.me': { regel: 'die eigene Person; ohne Sitzung `null`' },
  'Mutation.login': { regel: 'öffentlich; Sperre nach 5 Fehlversuchen, Drossel je Adresse' },
  'Mutation.loginMitPin': { regel: 'öffentlich; eigene PIN-Sperre' },
  'Mutation.logout': { regel: 'die eigene Sitzung' },
  'Mutation.arbeitsbereichWaehlen': { regel: 'nur ein Arbeitsbereich mit einer Rolle in Kraft (`AKTIV`)' },
  'Query.meineZugangsdaten': eigenesKonto,
  'Mutation.emailAendern': eigenesKonto,
  'Mutation.passwortAendern': eigenesKonto,
  'Query.meineSitzungen': eigenesKonto,
  'Mutation.sitzungBeenden': eigenesKonto,
  'Mutation.andereSitzungenBeenden': eigenesKonto,
  'Mutation.passwortVergessen': { regel: 'öffentlich; gleiche Antwort für jede Adresse, gedrosselt' },
  'Query.kontoLink': { regel: 'öffentlich; das Geheimnis ist der Link aus der E-Mail' },
  'Mutation.passwortSetzen': { regel: 'öffentlich; Link aus der E-Mail, einmal gültig; hebt Sperren auf' },
  'Mutation.emailBestaetigen': { regel: 'öffentlich; Link aus der E-Mail, einmal gültig' },
  // -- Rollen und Benutzer --
  'Query.benutzerverwaltung': verwaltet('Personen mit Rollen'),
  'Query.benutzerSuchen': {
    regel: 'nur Mitglieder des eigenen Unternehmens; fremde und unbekannte Adressen gleich (`null`)',
  },
  'Query.verwalteteBetriebsstaetten': verwaltet('die Betriebsstätten selbst'),
  'Mutation.rolleZuweisen': {
    regel:
      'verwaltete Betriebsstätte (`canAssignRole`), nur Mitglieder, keine Selbstbegünstigung in Vertretung',
  },
  'Mutation.rolleEinladen': {
    regel:
      'verwaltete Betriebsstätte; Nicht-Mitglieder (fremd, ohne Konto) erhalten eine Einladung (`EINGELADEN`), gleiche Antwort in jedem Fall',
  },
  'Query.meineEinladungen': { regel: 'die eigenen Einladungen (nicht in Vertretung)' },
  'Mutation.einladungAnnehmen': { regel: 'nur die eingeladene Person selbst (`nichtInVertretung`)' },
  'Mutation.einladungAblehnen': { regel: 'nur die eingeladene Person selbst (`nichtInVertretung`)' },
  'Mutation.rolleEntziehen': {
    regel:
      'verwaltete Betriebsstätte (`canRevokeRole`); keine Betriebsstätte ohne Administrator (`staettenOhneAdministrator`)',
  },
  // -- Azubi-Verwaltung, Konten der Azubis und Ausbilder --
  'Query.azubiVerwaltung': verwaltet('Ausbildungsverhältnisse'),
  'Query.meineAusbildungsverhaeltnisse': { berichtsheft: 'NACHWEIS_ANLEGEN', liste: true },
  'Query.ausbilderKandidaten': {
    regel: 'Administrator/-in in Reichweite des Vertrags (`canChangeVertragsausbilder`)',
  },
  'Mutation.vertragAusbilderAendern': {
    regel:
      'Administrator/-in in Reichweite des Vertrags (`canChangeVertragsausbilder`); nur Personen mit der Rolle Ausbilder dort',
  },
  'Mutation.azubiAccountErstellen': verwaltet('Verträge'),
  'Mutation.azubiPasswortZuruecksetzen': verwaltet('Verträge'),
  'Mutation.azubiEmailAendern': verwaltet('Verträge, nur nie genutzte Konten des Unternehmens'),
  'Query.ausbilderListe': verwaltet('Ausbilder/-innen (Rolle oder Vertrag)'),
  'Mutation.ausbilderAccountErstellen': verwaltet('Ausbilder/-innen; Nicht-Mitglieder werden eingeladen'),
  'Mutation.ausbilderPasswortZuruecksetzen': verwaltet('Ausbilder/-innen'),
  'Mutation.ausbilderEmailAendern': verwaltet('Ausbilder/-innen, nur nie genutzte Konten des Unternehmens'),
  // -- Berichtsheft --
  'Query.berichtsheftWochen': { berichtsheft: 'BERICHTSHEFT_LESEN' },
  'Query.abdeckung': { berichtsheft: 'BERICHTSHEFT_LESEN' },
  'Query.nachweis': { berichtsheft: 'NACHWEIS_LESEN' },
  'Mutation.nachweisAnlegen': { berichtsheft: 'NACHWEIS_ANLEGEN' },
  'Mutation.nachweisSpeichern': { berichtsheft: 'NACHWEIS_BEARBEITEN' },
  'Mutation.nachweisEinreichen': { berichtsheft: 'EINREICHEN' },
  'Mutation.nachweisGenehmigen': { berichtsheft: 'GENEHMIGEN' },
  'Mutation.nachweiseSammelGenehmigen': { berichtsheft: 'GENEHMIGEN' },
  'Mutation.nachweisAblehnen': { berichtsheft: 'ABLEHNEN' },
  'Mutation.nachweisNachtraeglichAblehnen': { berichtsheft: 'NACHTRAEGLICH_ABLEHNEN' },
  'Query.ihreAuszubildenden': {
    regel: 'Ausbilder/-in laut Vertrag mit der Rolle Ausbilder in der Betriebsstätte (`vertragScope`)',
  },
  'Query.offeneGenehmigungen': { berichtsheft: 'GENEHMIGEN', liste: true },
  'Query.berichtsheftEinstellungen': verwaltet('Einstellungen'),
  'Mutation.berichtsheftEinstellungSetzen': verwaltet('Einstellungen'),
  'Query.ausbildungsbeauftragte': {
    regel: 'Administrator/-in in Reichweite; Ausbilder/-in für die Adressen ihrer Azubis (`vorschlagScope`)',
  },
  'Mutation.genehmigerBestaetigen': {
    regel:
      'Administrator/-in in Reichweite oder Ausbilder/-in der Azubis, die die Adresse nannten (`canVouchForGenehmiger`)',
  },
  'Mutation.genehmigerAblehnen': { regel: 'wie `genehmigerBestaetigen` (`canVouchForGenehmiger`)' },
  // -- Prüfungen --
  'Query.ausbildungsberufe': { regel: 'jede angemeldete Person (Stammdaten)' },
  'Query.kammerPruefungen': kammer('Prüfungen'),
  'Query.kammerPruefung': kammer('eine Prüfung'),
  'Mutation.pruefungAnlegen': kammer('Prüfungen'),
  'Query.kammerAnmeldungen': kammer('Anmeldungen'),
  'Query.anmeldungenCsv': kammer('Anmeldungen'),
  'Mutation.anmeldungZulassen': kammer('Anmeldungen (Zustand BEI_IHK)'),
  'Mutation.anmeldungAblehnen': kammer('Anmeldungen (Zustand BEI_IHK)'),
  'Query.betriebPruefungen': verwaltet('Prüfungen und Anmeldungen der Azubis'),
  'Query.anmeldungVorpruefung': verwaltet('Verträge'),
  'Mutation.anmeldungEinreichen': verwaltet('Verträge; Übergangstabelle `anmeldung-state-machine`'),
  'Query.meinePruefungsanmeldungen': { regel: 'Azubi des Vertrags' },
  'Query.pruefungsanmeldung': {
    regel: 'Betrieb in Reichweite, Azubi des Vertrags, IHK der Kammer (`anmeldung.policy`)',
  },
  'Mutation.anmeldungBestaetigen': { regel: 'Azubi des Vertrags; Übergangstabelle' },
  'Mutation.anmeldungZurueckgeben': { regel: 'Azubi des Vertrags; Übergangstabelle' },
  'Query.pruefungstermine': { regel: 'IHK der Kammer; Betrieb und Azubi erst nach der Freigabe' },
  'Mutation.termineSpeichern': kammer('Termine'),
  'Mutation.termineFreigeben': kammer('Termine'),
  'Mutation.ergebnisseEintragen': kammer('Ergebnisse zugelassener Anmeldungen'),
  'Mutation.ergebnisseFreigeben': kammer('Ergebnisse'),
  'Query.pruefungErgebnisse': {
    regel: 'IHK der Kammer; Betrieb bis 14 Tage nach Vertragsende (`ergebnis-sichtbarkeit`); nie Ausbilder',
  },
  'Query.anmeldungErgebnis': { regel: 'wie `pruefungErgebnisse`, dazu der Azubi selbst' },
  'Mutation.zeugnisAusstellen': kammer('Zeugnisse freigegebener Ergebnisse'),
  'Query.meineDokumente': {
    regel: 'eigene Dokumente (Azubi) bzw. der verwalteten Verträge (Betrieb), Ergebnisregeln',
  },
  // -- Kammer: Konten, Unternehmen, Aufgaben --
  'Query.oeffentlicheKammern': { regel: 'öffentlich (Auswahl in den Formularen)' },
  'Mutation.unternehmenBeantragen': { regel: 'öffentlich; gleiche Antwort für jede Adresse, gedrosselt' },
  'Mutation.registrieren': { regel: 'öffentlich; gleiche Antwort für jede Adresse, gedrosselt' },
  'Query.unternehmensantraege': kammer('Anträge'),
  'Mutation.unternehmensantragGenehmigen': kammer('Anträge; einer von zwei parallelen Entscheiden gewinnt'),
  'Mutation.unternehmensantragAblehnen': kammer('Anträge'),
  'Query.kammerPruefer': kammer('Prüfer/-innen'),
  'Mutation.prueferAnlegen': kammer('Prüfer/-innen'),
  'Query.kammerUnternehmen': kammer('Unternehmen'),
  'Mutation.hauptsitzZugriffSetzen': kammer('Unternehmen; keine Betriebsstätte ohne Administrator'),
  'Query.kammerAufgaben': kammer('Aufgaben'),
  'Mutation.kammerAufgabeErledigen': kammer('Aufgaben'),
  'Query.aenderungsmailAusbilder': verwaltet('Ausbilder/-innen'),
  'Mutation.aenderungsmailSenden': verwaltet('Ausbilder/-innen'),
  // -- Vertretung --
  'Query.meineVertretungen': { regel: 'eigenes Konto, nicht in Vertretung' },
  'Query.vertretungKandidaten': { regel: 'Ausbilder/-innen des gewählten Unternehmens, ohne Anmeldeadresse' },
  'Mutation.vertretungHinzufuegen': { regel: 'eigenes Konto; Adresse und Name müssen passen, gedrosselt' },
  'Mutation.vertretungMitarbeiterHinzufuegen': {
    regel: 'eigenes Konto; Ausbilder/-innen des gewählten Unternehmens',
  },
  'Mutation.vertretungBeantragen': { regel: 'eigenes Konto; Genehmigung durch die IHK' },
  'Mutation.vertretungBeenden': { regel: 'Vertretene/r oder Vertreter/-in der Vertretung' },
  'Query.meineBerechtigungen': { regel: 'wen die eigene Person vertreten darf' },
  'Mutation.vertretungWechseln': {
    regel: 'nur eine AKTIVE Vertretung der angemeldeten Person (keine Ketten)',
  },
  'Mutation.vertretungVerlassen': { regel: 'die eigene Sitzung' },
  'Query.offeneVertretungsantraege': kammer('Vertretungsanträge'),
  'Mutation.vertretungGenehmigen': kammer('Vertretungsanträge; nie für sich selbst'),
  'Mutation.vertretungAblehnen': kammer('Vertretungsanträge'),
};

const beziehungName = (b: Beziehung) => `${BEZIEHUNGEN[b].text} (${BEZIEHUNGEN[b].rollen.join('/')})`;
const beziehungText = (wer: readonly Beziehung[]) => wer.map(beziehungName).join('; ');

/** A transition event as the table has it: who may fire it, from which states. */
function ereignis(event: NachweisEreignis): { wer: Beziehung[]; von: string } {
  const transitionen = NACHWEIS_TRANSITIONS.filter((t) => t.event === event);
  return {
    wer: [...new Set(transitionen.flatMap((t) => t.who))],
    von: transitionen.map((t) => t.from).join(', '),
  };
}

/** The rule of one entry in words; Berichtsheft rules come from the policy's own tables. */
export function regelText(regel: Regel): string {
  if ('regel' in regel) return regel.regel;
  const aktion = regel.berichtsheft;
  if (aktion in BERICHTSHEFT_AKTIONEN) {
    const def = BERICHTSHEFT_AKTIONEN[aktion as BerichtsheftAktion];
    return `${regel.liste ? 'Liste: ' : ''}${beziehungText(def.wer)}`;
  }
  const { wer, von } = ereignis(aktion as NachweisEreignis);
  return `${regel.liste ? 'Liste: ' : ''}${beziehungText(wer)}; Zustand ${von}`;
}

/** The coarse gate of a root field, read from the decorators: public, session, or roles. */
function torText(schema: GraphQLSchema, id: string): string {
  const [typ, feld] = id.split('.');
  const field = (typ === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[feld];
  if (field?.extensions?.public === true) return 'öffentlich';
  const authorized = getMetadataStorage().authorizedFields.find((a) => a.fieldName === feld);
  return authorized && authorized.roles.length > 0 ? `Rolle ${authorized.roles.join(', ')}` : 'Sitzung';
}

/** docs/permissions.md's generated section. */
export function renderBerechtigungen(schema: GraphQLSchema): string {
  const zeilen = Object.keys(BERECHTIGUNGEN)
    .sort()
    .map((id) => `| \`${id}\` | ${torText(schema, id)} | ${regelText(BERECHTIGUNGEN[id])} |`);
  const beziehungen = Object.keys(BEZIEHUNGEN) as Beziehung[];
  const aktionen: [string, readonly Beziehung[]][] = [
    ...Object.values(BERICHTSHEFT_AKTIONEN).map((a) => [a.text, a.wer] as [string, readonly Beziehung[]]),
    ...[...new Set(NACHWEIS_TRANSITIONS.map((t) => t.event))].map((event): [string, readonly Beziehung[]] => {
      const { wer, von } = ereignis(event);
      return [`${event} (aus ${von})`, wer];
    }),
  ];
  const matrix = [
    `| Aktion | ${beziehungen.map(beziehungName).join(' | ')} |`,
    `|---|${beziehungen.map(() => '---').join('|')}|`,
    ...aktionen.map(
      ([text, wer]) => `| ${text} | ${beziehungen.map((b) => (wer.includes(b) ? 'ja' : '–')).join(' | ')} |`,
    ),
  ];
  return [
    '### Berichtsheft: Beziehung × Aktion',
    '',
    'Jede Beziehung gilt nur mit einer ihrer Rollen **in Kraft** (`AKTIV`) an der Betriebsstätte des Vertrags, im gewählten Arbeitsbereich (eigene Rolle oder Hauptsitz-Reichweite). Ohne Rolle (entzogen, eingeladen, vorgeschlagen) gilt keine Beziehung. Niemand genehmigt den eigenen Nachweis.',
    '',
    ...matrix,
    '',
    '### Alle Operationen',
    '',
    '| Operation | Tor | Regel am Datensatz |',
    '|---|---|---|',
    ...zeilen,
  ].join('\n');
}
