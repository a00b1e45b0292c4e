import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AnmeldungFelderFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { Ampel } from '../components/Ampel';
import { AnmeldungDetails } from '../components/AnmeldungDetails';
import { AnmeldungVerlauf } from '../components/AnmeldungVerlauf';
import { ErgebnisAbschnitt } from '../components/ErgebnisAbschnitt';
import { TermineAbschnitt } from '../components/TermineAbschnitt';
import {
  AnmeldungBestaetigenDocument,
  AnmeldungZurueckgebenDocument,
  MeinePruefungsanmeldungenDocument,
} from '../graphql/pruefungen';

/** Confirm, or send back with a remark: what the Azubi can do with a registration the Betrieb filled in. */
function Entscheidung({
  anmeldung,
  onErledigt,
}: {
  anmeldung: AnmeldungFelderFragment;
  onErledigt: (text: string) => void;
}) {
  const [bestaetigen, { loading: bestaetigt }] = useMutation(AnmeldungBestaetigenDocument);
  const [zurueckgeben, { loading: gibtZurueck }] = useMutation(AnmeldungZurueckgebenDocument);
  const [bemerkung, setBemerkung] = useState('');
  const [bemerkungFehler, setBemerkungFehler] = useState<string | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const kannBestaetigen = anmeldung.aktionen.includes('BESTAETIGEN');
  const kannZurueckgeben = anmeldung.aktionen.includes('ZURUECKGEBEN');
  if (!kannBestaetigen && !kannZurueckgeben) return null;
  const id = anmeldung.id;
  const busy = bestaetigt || gibtZurueck;

  async function onBestaetigen() {
    if (busy) return;
    setFehler(null);
    try {
      await bestaetigen({ variables: { id } });
      onErledigt('Sie haben die Anmeldung bestätigt. Sie wurde an die IHK übermittelt.');
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  async function onZurueckgeben(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!bemerkung.trim()) {
      setBemerkungFehler('Bitte schreiben Sie dem Betrieb, was geändert werden soll.');
      return;
    }
    setBemerkungFehler(null);
    setFehler(null);
    try {
      await zurueckgeben({ variables: { id, bemerkung: bemerkung.trim() } });
      setBemerkung('');
      onErledigt('Sie haben die Anmeldung mit Ihrer Bemerkung an den Betrieb zurückgegeben.');
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  return (
    <section aria-labelledby={`entscheidung-${id}`}>
      <h3 id={`entscheidung-${id}`}>Ihre Entscheidung</h3>
      <p>
        Bitte prüfen Sie die Angaben. Stimmen sie, bestätigen Sie die Anmeldung; sonst geben Sie sie zurück.
      </p>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      <div className="aktionen">
        {kannBestaetigen && (
          <button
            type="button"
            className="button button-primary"
            aria-busy={bestaetigt}
            onClick={onBestaetigen}
          >
            Bestätigen
          </button>
        )}
      </div>
      {kannZurueckgeben && (
        <form className="form" onSubmit={onZurueckgeben} noValidate>
          <div className="field">
            <label htmlFor={`bemerkung-${id}`}>
              Bemerkung für den Betrieb (Pflichtangabe beim Zurückgeben)
            </label>
            <textarea
              id={`bemerkung-${id}`}
              rows={3}
              value={bemerkung}
              aria-invalid={bemerkungFehler ? true : undefined}
              aria-describedby={bemerkungFehler ? `bemerkung-${id}-fehler` : undefined}
              onChange={(e) => setBemerkung(e.target.value)}
            />
            {bemerkungFehler && (
              <p className="field-error" id={`bemerkung-${id}-fehler`}>
                {bemerkungFehler}
              </p>
            )}
          </div>
          <button type="submit" className="button button-secondary" aria-busy={gibtZurueck}>
            Zurück an den Betrieb
          </button>
        </form>
      )}
    </section>
  );
}

/** `/meine-pruefungen` ("Ihre Prüfungen"): the Azubi's registrations, to check and confirm. */
export function MeinePruefungenPage() {
  usePageTitle('Ihre Prüfungen');
  const { data, loading, error } = useQuery(MeinePruefungsanmeldungenDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [meldung, setMeldung] = useState('');
  // `/meine-pruefungen/:id` (the link in the e-mail) shows just that registration.
  const { id } = useParams();
  const alle = data?.meinePruefungsanmeldungen;
  const liste = id ? alle?.filter((a) => a.id === id) : alle;

  return (
    <>
      <h1>Ihre Prüfungen</h1>
      <p className="lead">Ihre Anmeldungen zu Prüfungen der IHK, die Prüfungstermine und Ihre Ergebnisse.</p>
      <div role="status" className="notice notice-success">
        {meldung}
      </div>
      <div aria-busy={loading}>
        {error && !liste && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {id && (
          <p>
            <Link to="/meine-pruefungen">Alle Ihre Prüfungen anzeigen</Link>
          </p>
        )}
        {liste && liste.length === 0 && (
          <p>
            {id
              ? 'Diese Prüfungsanmeldung wurde nicht gefunden.'
              : 'Ihr Betrieb hat Sie noch zu keiner Prüfung angemeldet.'}
          </p>
        )}
        {liste?.map((a) => (
          <article key={a.id} className="card anmeldung-karte" aria-labelledby={`anmeldung-${a.id}`}>
            <h2 id={`anmeldung-${a.id}`}>{a.pruefung.bezeichnung}</h2>
            <Ampel ampel={a.ampel} />
            <AnmeldungDetails anmeldung={a} />
            <Entscheidung anmeldung={a} onErledigt={setMeldung} />
            <TermineAbschnitt pruefungId={a.pruefung.id} titelId={`termine-${a.id}`} />
            {a.ergebnisFreigegebenAt && <ErgebnisAbschnitt anmeldungId={a.id} titelId={`ergebnis-${a.id}`} />}
            <AnmeldungVerlauf ereignisse={a.ereignisse} titelId={`verlauf-${a.id}`} />
          </article>
        ))}
      </div>
    </>
  );
}
