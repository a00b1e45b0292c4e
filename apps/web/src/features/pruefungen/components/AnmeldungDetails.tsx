import type { AnmeldungFelderFragment } from '../../../gql/graphql';
import { formatDatum, formatDatumZeit } from '../../../shared/lib/format';
import { statusText } from './texte';

/** The facts of a registration and the Betrieb's answers. */
export function AnmeldungDetails({ anmeldung }: { anmeldung: AnmeldungFelderFragment }) {
  return (
    <>
      <dl className="details">
        <div>
          <dt>Prüfung</dt>
          <dd>{anmeldung.pruefung.bezeichnung}</dd>
        </div>
        <div>
          <dt>Auszubildende/-r</dt>
          <dd>
            {anmeldung.azubiName} (Identnummer {anmeldung.identnummer})
          </dd>
        </div>
        <div>
          <dt>Beruf</dt>
          <dd>{anmeldung.beruf.bezeichnung}</dd>
        </div>
        <div>
          <dt>Betriebsstätte</dt>
          <dd>{anmeldung.betriebsstaetteName}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{statusText(anmeldung.status)}</dd>
        </div>
        <div>
          <dt>Anmeldeschluss</dt>
          <dd>
            {formatDatum(anmeldung.pruefung.anmeldeschluss)}
            {anmeldung.pruefung.anmeldeschlussVorbei && ' (abgelaufen)'}
          </dd>
        </div>
        {anmeldung.eingereichtAt && (
          <div>
            <dt>An Azubi gesendet</dt>
            <dd>{formatDatumZeit(anmeldung.eingereichtAt)}</dd>
          </div>
        )}
        {anmeldung.bestaetigtAt && (
          <div>
            <dt>Vom Azubi bestätigt</dt>
            <dd>{formatDatumZeit(anmeldung.bestaetigtAt)}</dd>
          </div>
        )}
        {anmeldung.entschiedenAt && (
          <div>
            <dt>Von der IHK entschieden</dt>
            <dd>{formatDatumZeit(anmeldung.entschiedenAt)}</dd>
          </div>
        )}
        <div>
          <dt>Ergebnisdatum</dt>
          <dd>{anmeldung.ergebnisFreigegebenAt ? formatDatum(anmeldung.ergebnisFreigegebenAt) : '–'}</dd>
        </div>
        <div>
          <dt>Ausbildungsnachweis</dt>
          <dd>{anmeldung.nachweiseBestaetigt ? 'Vom Betrieb als geführt bestätigt' : 'Nicht bestätigt'}</dd>
        </div>
        {anmeldung.antworten.map((a) => (
          <div key={a.key}>
            <dt>{a.frage}</dt>
            <dd className="mehrzeilig">{a.antwort || '–'}</dd>
          </div>
        ))}
      </dl>
      {anmeldung.bemerkung && (
        <p className="notice notice-info">
          Bemerkung: <span className="mehrzeilig">{anmeldung.bemerkung}</span>
        </p>
      )}
    </>
  );
}
