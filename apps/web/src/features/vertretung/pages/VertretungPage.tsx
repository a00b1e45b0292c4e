import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import type { MeineVertretungenQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit, vollerName } from '../../../shared/lib/format';
import { useMe } from '../../auth/hooks/useMe';
import { type PersonAngaben, PersonFormular } from '../components/PersonFormular';
import { VERTRETUNG_STATUS } from '../components/statusText';
import {
  MeineVertretungenDocument,
  VertretungBeantragenDocument,
  VertretungBeendenDocument,
  VertretungHinzufuegenDocument,
  VertretungKandidatenDocument,
  VertretungMitarbeiterHinzufuegenDocument,
} from '../graphql/vertretung';

const TITEL = 'Vertretung';

/** `/profil/vertretung`: the own deputies; add one three ways, end one at any time. */
export function VertretungPage() {
  usePageTitle(TITEL);
  const me = useMe();
  if (me.vertretenePerson) {
    return (
      <>
        <h1>{TITEL}</h1>
        <p className="notice notice-info">
          Sie handeln gerade in Vertretung für {vollerName(me.vertretenePerson)}. Die Vertretungen dieses
          Kontos kann nur die Person selbst ändern. Ihre eigenen Vertretungen sehen Sie, wenn Sie zu Ihrem
          eigenen Konto zurückkehren.
        </p>
      </>
    );
  }
  return <EigeneVertretungen />;
}

function EigeneVertretungen() {
  const [meldung, setMeldung] = useState('');
  const meldungRef = useRef<HTMLParagraphElement>(null);
  const melden = (text: string) => {
    setMeldung(text);
    meldungRef.current?.focus();
  };

  return (
    <>
      <h1>{TITEL}</h1>
      <p className="lead">
        Eine Vertretung meldet sich mit ihrem eigenen Konto an und kann unter „Profil – Berechtigungen“ mit
        „Zum Programm“ für Sie handeln, mit Ihren Rechten. Alles, was sie tut, wird als in Vertretung erledigt
        vermerkt. Sie können jede Vertretung jederzeit beenden; sie endet sofort.
      </p>
      <p ref={meldungRef} role="status" tabIndex={-1} className="notice notice-success">
        {meldung}
      </p>
      <VertretungenListe onMeldung={melden} />
      <KontoHinzufuegen onMeldung={melden} />
      <MitarbeiterHinzufuegen onMeldung={melden} />
      <NeuePersonBeantragen onMeldung={melden} />
    </>
  );
}

type Meldung = { onMeldung: (text: string) => void };

type VertretungZeile = MeineVertretungenQuery['meineVertretungen'][number];

/**
 * The principal's deputies: only active ones count as deputies. Requests for a person without an
 * account are listed apart until the IHK decides (and a rejection stays visible there for a while).
 */
function VertretungenListe({ onMeldung }: Meldung) {
  const { data, loading, error } = useQuery(MeineVertretungenDocument);
  const [beenden, beendenStatus] = useMutation(VertretungBeendenDocument, {
    refetchQueries: [MeineVertretungenDocument, VertretungKandidatenDocument],
    awaitRefetchQueries: true,
  });
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const liste = data?.meineVertretungen;
  const aktiv = liste?.filter((v) => v.status === 'AKTIV');
  const antraege = liste?.filter((v) => v.status !== 'AKTIV');

  async function onBeenden(id: string, name: string, beantragt: boolean) {
    if (beendenStatus.loading) return;
    setFehler(null);
    try {
      await beenden({ variables: { id } });
      onMeldung(beantragt ? `Antrag für ${name} zurückgezogen.` : `Vertretung durch ${name} beendet.`);
    } catch (error) {
      setFehler(toApiError(error));
    }
  }

  return (
    <>
      <section aria-labelledby="vertretungen-titel">
        <h2 id="vertretungen-titel">Ihre Vertretungen</h2>
        <div aria-busy={loading}>
          {error && <QueryError error={error} />}
          {!liste && loading && <Loading />}
          {fehler && (
            <ErrorAlert>
              <p>{fehler.message}</p>
            </ErrorAlert>
          )}
          {aktiv && aktiv.length === 0 && <p>Sie haben keine Vertretung hinterlegt.</p>}
          {aktiv && aktiv.length > 0 && (
            <VertretungTabelle
              id="vertretungen-caption"
              caption="Personen, die Sie vertreten dürfen"
              zeilen={aktiv}
              mitStatus={false}
              onBeenden={onBeenden}
            />
          )}
        </div>
      </section>
      {antraege && antraege.length > 0 && (
        <section aria-labelledby="beantragt-titel">
          <h2 id="beantragt-titel">Beantragte Vertretungen (warten auf die IHK)</h2>
          <p>
            Diese Personen haben noch kein Konto. Sie erhalten erst nach der Genehmigung durch die IHK eine
            E-Mail und werden dann als Ihre Vertretung geführt.
          </p>
          <VertretungTabelle
            id="beantragt-caption"
            caption="Ihre Anträge bei der IHK"
            zeilen={antraege}
            mitStatus
            onBeenden={onBeenden}
          />
        </section>
      )}
    </>
  );
}

function VertretungTabelle({
  id,
  caption,
  zeilen,
  mitStatus,
  onBeenden,
}: {
  id: string;
  caption: string;
  zeilen: VertretungZeile[];
  mitStatus: boolean;
  onBeenden: (id: string, name: string, beantragt: boolean) => void;
}) {
  return (
    <TableScroll labelledBy={id}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-Mail-Adresse</th>
            {mitStatus && <th scope="col">Status</th>}
            <th scope="col">{mitStatus ? 'Datum' : 'Seit'}</th>
            <th scope="col">
              <span className="visually-hidden">Aktion</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {zeilen.map((v) => {
            const name = `${v.vertreterVorname} ${v.vertreterNachname}`;
            const offen = v.status === 'AKTIV' || v.status === 'BEANTRAGT';
            return (
              <tr key={v.id}>
                <th scope="row">{name}</th>
                <td className="break">
                  {v.vertreterEmail ?? <span className="leer">nur für die Verwaltung sichtbar</span>}
                </td>
                {mitStatus && <td>{VERTRETUNG_STATUS[v.status]}</td>}
                <td className="nowrap">{formatDatumZeit(v.entschiedenAt ?? v.createdAt)}</td>
                <td>
                  {offen && (
                    <button
                      type="button"
                      className="button button-small button-danger-outline"
                      onClick={() => onBeenden(v.id, name, v.status === 'BEANTRAGT')}
                    >
                      {v.status === 'BEANTRAGT' ? 'Antrag zurückziehen' : 'Vertretung beenden'}
                      <span className="visually-hidden">: {name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function KontoHinzufuegen({ onMeldung }: Meldung) {
  const [hinzufuegen, { loading }] = useMutation(VertretungHinzufuegenDocument, {
    refetchQueries: [MeineVertretungenDocument],
    awaitRefetchQueries: true,
  });
  const [fehler, setFehler] = useState<ApiError | null>(null);
  async function onSenden(input: PersonAngaben) {
    setFehler(null);
    try {
      await hinzufuegen({ variables: { input } });
      onMeldung(`${input.vorname} ${input.nachname} ist jetzt Ihre Vertretung.`);
      return true;
    } catch (error) {
      setFehler(toApiError(error));
      return false;
    }
  }
  return (
    <section className="card" aria-labelledby="konto-titel">
      <h2 id="konto-titel">Person mit bestehendem Konto hinterlegen</h2>
      <p>
        Geben Sie Namen und E-Mail-Adresse genau so an, wie die Person im Ausbildungsportal registriert ist
        (z. B. als Ausbilder/-in, Prüfer/-in, Prüfungsteilnehmer/-in oder Firma).
      </p>
      <PersonFormular
        knopf="Als Vertretung hinterlegen"
        laeuft={loading}
        fehler={fehler}
        onSenden={onSenden}
      />
    </section>
  );
}

function MitarbeiterHinzufuegen({ onMeldung }: Meldung) {
  const me = useMe();
  const kandidaten = useQuery(VertretungKandidatenDocument);
  const [hinzufuegen, { loading }] = useMutation(VertretungMitarbeiterHinzufuegenDocument, {
    refetchQueries: [MeineVertretungenDocument, VertretungKandidatenDocument],
    awaitRefetchQueries: true,
  });
  const [userId, setUserId] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const liste = kandidaten.data?.vertretungKandidaten ?? [];
  if (me.aktuellerArbeitsbereich?.art !== 'BETRIEBSSTAETTE') return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!userId) return setFehler({ message: 'Bitte wählen Sie eine Person aus.', field: 'userId' });
    setFehler(null);
    try {
      await hinzufuegen({ variables: { userId } });
      const person = liste.find((k) => k.id === userId);
      onMeldung(`${person ? vollerName(person) : 'Die Person'} ist jetzt Ihre Vertretung.`);
      setUserId('');
    } catch (error) {
      setFehler(toApiError(error));
    }
  }

  return (
    <section className="card" aria-labelledby="mitarbeiter-titel">
      <h2 id="mitarbeiter-titel">Firmenmitarbeiter/-in als Vertreter/-in hinterlegen</h2>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <div className="field">
          <label htmlFor="vertretung-mitarbeiter">
            Ausbilder/-in von {me.aktuellerArbeitsbereich.unternehmenName ?? me.aktuellerArbeitsbereich.name}
          </label>
          <select
            id="vertretung-mitarbeiter"
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
            aria-invalid={fehler?.field === 'userId' || undefined}
            aria-describedby={fehler?.field === 'userId' ? 'vertretung-mitarbeiter-fehler' : undefined}
          >
            <option value="">
              {kandidaten.loading
                ? 'Wird geladen …'
                : liste.length === 0
                  ? 'Niemand verfügbar'
                  : 'Bitte wählen …'}
            </option>
            {liste.map((k) => (
              <option key={k.id} value={k.id}>
                {k.nachname}, {k.vorname}
              </option>
            ))}
          </select>
          {fehler?.field === 'userId' && (
            <p id="vertretung-mitarbeiter-fehler" role="alert" className="field-error">
              {fehler.message}
            </p>
          )}
        </div>
        {fehler && fehler.field !== 'userId' && (
          <ErrorAlert>
            <p>{fehler.message}</p>
          </ErrorAlert>
        )}
        {kandidaten.error && <QueryError error={kandidaten.error} />}
        <button type="submit" className="button button-primary">
          Mitarbeiter/-in hinterlegen
        </button>
      </form>
    </section>
  );
}

function NeuePersonBeantragen({ onMeldung }: Meldung) {
  const [beantragen, { loading }] = useMutation(VertretungBeantragenDocument, {
    refetchQueries: [MeineVertretungenDocument],
    awaitRefetchQueries: true,
  });
  const [fehler, setFehler] = useState<ApiError | null>(null);
  async function onSenden(input: PersonAngaben) {
    setFehler(null);
    try {
      await beantragen({ variables: { input } });
      onMeldung(
        `Vertretung für ${input.vorname} ${input.nachname} beantragt. Nach der Genehmigung durch die IHK erhält die Person eine E-Mail mit den Zugangsdaten.`,
      );
      return true;
    } catch (error) {
      setFehler(toApiError(error));
      return false;
    }
  }
  return (
    <section className="card" aria-labelledby="neu-titel">
      <h2 id="neu-titel">Neue Person ohne Konto als Vertretung beantragen</h2>
      <p>
        Die IHK prüft den Antrag. Erst nach der Genehmigung erhält die Person eine E-Mail mit den Zugangsdaten
        und kann für Sie handeln.
      </p>
      <PersonFormular knopf="Vertretung beantragen" laeuft={loading} fehler={fehler} onSenden={onSenden} />
    </section>
  );
}
