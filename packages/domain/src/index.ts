export * from './arbeitsbereich/abilities.js';
export * from './arbeitsbereich/arbeitsbereich.js';
export * from './arbeitsbereich/viewer.js';
export * from './auth/auth.service.js';
export * from './auth/login-rules.js';
export * from './auth/pin.js';
export * from './authz/reichweite.js';
export * from './azubis/ausbilder-wechsel.service.js';
export * from './azubis/azubi-verwaltung.service.js';
export * from './berichtsheft/berichtsheft.policy.js';
export * from './berichtsheft/dates.js';
export * from './berichtsheft/einstellungen.service.js';
export * from './berichtsheft/erinnerungen.service.js';
export * from './berichtsheft/feiertage.js';
export * from './berichtsheft/genehmiger.policy.js';
export * from './berichtsheft/genehmiger.service.js';
export * from './berichtsheft/genehmigung.service.js';
export * from './berichtsheft/nachweis.service.js';
export * from './berichtsheft/plausibility.js';
export * from './berichtsheft/state-machine.js';
export * from './berichtsheft/uebersicht.service.js';
export * from './berichtsheft/wochen.js';
export * from './kammer/kammer.service.js';
export * from './kammer-konten/aufgaben.service.js';
export * from './kammer-konten/hauptsitz.service.js';
export * from './kammer-konten/pruefer.service.js';
export * from './kammer-konten/regeln.js';
export * from './kammer-konten/registrierung.service.js';
export * from './kammer-konten/unternehmensantrag.service.js';
export * from './konten/accounts.service.js';
export * from './konten/drosselung.js';
export * from './konten/konto-rules.js';
export * from './konten/mails.js';
export * from './konten/passwort-regeln.js';
export * from './konten/token-rules.js';
export * from './konten/tokens.js';
export * from './konten/zugang.service.js';
export * from './konten/zustellung.js';
export * from './outbox/outbox.js';
export * from './pruefungen/ampel.js';
export * from './pruefungen/anmeldung.policy.js';
export * from './pruefungen/anmeldung.service.js';
export * from './pruefungen/anmeldung-state-machine.js';
export * from './pruefungen/anmeldungen-csv.js';
export {
  type DokumentDownload,
  type DokumentDto,
  dokumentOeffnen,
  dokumentUrl,
  meineDokumente,
  zeugnisAusstellen,
} from './pruefungen/dokumente.service.js';
export * from './pruefungen/eignung.js';
export {
  EINLADUNG_VORLAUF_TAGE,
  einladungDedupeKey,
  imEinladungsfenster,
  pruefungseinladungenVersenden,
} from './pruefungen/einladung.job.js';
export * from './pruefungen/ergebnis-sichtbarkeit.js';
export {
  type AnmeldungErgebnisDto,
  anmeldungErgebnis,
  ergebnisseEintragen,
  ergebnisseFreigeben,
  pruefeTeilergebnisse,
  pruefungErgebnisse,
  type TeilergebnisDto,
  type TeilergebnisInput,
} from './pruefungen/ergebnisse.service.js';
export * from './pruefungen/pruefung.service.js';
export {
  type PruefungsterminDto,
  type PruefungsterminInput,
  pruefeTermine,
  pruefungstermine,
  termineFreigeben,
  termineSpeichern,
} from './pruefungen/termine.service.js';
export { type ZeugnisFakten, zeugnisPdf } from './pruefungen/zeugnis-pdf.js';
export * from './rollen/einladung.js';
export * from './rollen/einladung.service.js';
export * from './rollen/rollen.policy.js';
export * from './rollen/rollen.service.js';
export * from './shared/clock.js';
export * from './shared/context.js';
export * from './shared/errors.js';
export * from './shared/kalender.js';
export * from './shared/pagination.js';
export * from './shared/passwords.js';
export * from './shared/textlaengen.js';
export * from './shared/zahlen.js';
export * from './vertretung/vertretung.rules.js';
export * from './vertretung/vertretung.service.js';
