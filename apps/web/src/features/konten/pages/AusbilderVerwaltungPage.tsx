import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { KontoAktionFieldsFragment } from '../../../gql/graphql';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { VerwalteteBetriebsstaettenDocument } from '../../benutzer/graphql/benutzer';
import { AenderungsmailButton } from '../../kammer-konten/components/AenderungsmailButton';
import { KontoFormular } from '../components/KontoFormular';
import { KontoStatusText } from '../components/KontoStatusText';
import { ZustellungHinweis } from '../components/ZustellungHinweis';
import {
  AusbilderAccountErstellenDocument,
  AusbilderEmailAendernDocument,
  AusbilderListeDocument,
  AusbilderPasswortZuruecksetzenDocument,
} from '../graphql/konten';

const TITEL = 'Ausbilder/-innen';

/**
 * `/verwaltung/ausbilder`: the Ausbilder/-innen of the administered Betriebsstaetten (role holders
 * and those named in contracts), "Account erstellen", "Passwort zurücksetzen" and, for an
 * invited account nobody uses yet, "E-Mail-Adresse ändern" (the server enforces the takeover guard).
 */
export function AusbilderVerwaltungPage() {
  usePageTitle(TITEL);
  const [staetteId, setStaetteId] = useState('');
  const staetten = useQuery(VerwalteteBetriebsstaettenDocument);
  const { data, loading, error } = useQuery(AusbilderListeDocument, {
    variables: { betriebsstaetteId: staetteId || null },
    fetchPolicy: 'cache-and-network',
  });
  const [erstellen] = useMutation(AusbilderAccountErstellenDocument, {
    refetchQueries: [AusbilderListeDocument],
  });
  const [zuruecksetzen] = useMutation(AusbilderPasswortZuruecksetzenDocument, {
    refetchQueries: [AusbilderListeDocument],
  });
  const [emailAendern] = useMutation(AusbilderEmailAendernDocument, {
    refetchQueries: [AusbilderListeDocument],
  });
  const [emailAktion, setEmailAktion] = useState<{ userId: string; name: string; email: string } | null>(
    null,
  );
  const emailAusloeser = useRef<HTMLButtonElement | null>(null);
  const [formOffen, setFormOffen] = useState(false);
  const [ergebnis, setErgebnis] = useState<KontoAktionFieldsFragment | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const oeffnenRef = useRef<HTMLButtonElement>(null);
  const liste = data?.ausbilderListe;
  const staettenListe = staetten.data?.verwalteteBetriebsstaetten ?? [];

  async function passwortZuruecksetzen(userId: string, name: string) {
    setErgebnis(null);
    setFehler(null);
    try {
      const result = await zuruecksetzen({ variables: { userId } });
      setErgebnis(result.data?.ausbilderPasswortZuruecksetzen ?? null);
    } catch (e) {
      setFehler(`${name}: ${toApiError(e).message}`);
    }
  }

  return (
    <>
      <h1>{TITEL}</h1>
      <p className="lead">
        Die Ausbilderinnen und Ausbilder Ihrer Betriebsstätten. Über „Account erstellen“ erhält eine Person
        einen Link, mit dem sie ihr Passwort festlegt; danach sieht sie die Ausbildungsnachweise ihrer
        Auszubildenden.
      </p>
      {staettenListe.length > 1 && (
        <div className="form-inline">
          <div className="field">
            <label htmlFor="ausbilder-staette">Betriebsstätte</label>
            <select id="ausbilder-staette" value={staetteId} onChange={(e) => setStaetteId(e.target.value)}>
              <option value="">Alle verwalteten Betriebsstätten</option>
              {staettenListe.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {emailAktion && (
        <KontoFormular
          key={`email-${emailAktion.userId}`}
          id="ausbilder-email"
          titel={`E-Mail-Adresse ändern für ${emailAktion.name}`}
          einleitung="Korrigieren Sie die Adresse eines Accounts, den Ihr Unternehmen angelegt hat und der noch nicht genutzt wird. Die Person erhält eine neue Einladung an die neue Adresse; der alte Link wird ungültig. Die Anmelde-E-Mail-Adresse eines bereits genutzten Accounts ändert die Person selbst unter „Profil – Zugangsdaten“."
          senden="E-Mail-Adresse ändern"
          startwerte={{ email: emailAktion.email }}
          onSenden={async ({ email }) => {
            const result = await emailAendern({
              variables: { input: { userId: emailAktion.userId, email } },
            });
            setErgebnis(result.data?.ausbilderEmailAendern ?? null);
            setEmailAktion(null);
          }}
          onAbbrechen={() => {
            setEmailAktion(null);
            emailAusloeser.current?.focus();
          }}
        />
      )}
      {formOffen ? (
        <KontoFormular
          id="ausbilder-konto"
          titel="Account für Ausbilder/-in erstellen"
          einleitung="Die Person erhält die Rolle Ausbilder/-in in der gewählten Betriebsstätte und eine E-Mail mit einem Link, um das Passwort festzulegen (7 Tage gültig)."
          senden="Account erstellen"
          mitNamen
          betriebsstaetten={staettenListe}
          startwerte={{ betriebsstaetteId: staetteId || undefined }}
          onSenden={async (werte) => {
            const result = await erstellen({ variables: { input: werte } });
            setErgebnis(result.data?.ausbilderAccountErstellen ?? null);
            setFormOffen(false);
          }}
          onAbbrechen={() => {
            setFormOffen(false);
            requestAnimationFrame(() => oeffnenRef.current?.focus());
          }}
        />
      ) : (
        <div className="button-row">
          <button
            ref={oeffnenRef}
            type="button"
            className="button button-primary"
            onClick={() => {
              setErgebnis(null);
              setFehler(null);
              setEmailAktion(null);
              setFormOffen(true);
            }}
          >
            Account erstellen
          </button>
        </div>
      )}
      <ZustellungHinweis zustellung={ergebnis?.zustellung} />
      {fehler && (
        <div role="alert" className="alert alert-error">
          <p>{fehler}</p>
        </div>
      )}
      <p className="notice notice-success" role="status">
        {ergebnis?.meldung ?? ''}
      </p>
      <div aria-busy={loading}>
        {error && !liste && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {liste && liste.length === 0 && (
          <p>Für diese Betriebsstätten sind noch keine Ausbilder/-innen eingetragen.</p>
        )}
        {liste && liste.length > 0 && (
          <TableScroll labelledBy="ausbilder-caption">
            <table>
              <caption id="ausbilder-caption">Ausbilder/-innen</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-Mail-Adresse</th>
                  <th scope="col">Betriebsstätte</th>
                  <th scope="col">Auszubildende</th>
                  <th scope="col">Konto</th>
                  <th scope="col">Aktionen</th>
                </tr>
              </thead>
              <tbody>
                {liste.map((a) => {
                  const name = `${a.vorname} ${a.nachname}`;
                  return (
                    <tr key={a.userId}>
                      <th scope="row">{name}</th>
                      <td className="break">{a.email}</td>
                      <td>{a.betriebsstaetten.map((s) => s.name).join(', ')}</td>
                      <td>{a.anzahlAzubis}</td>
                      <td>
                        <KontoStatusText status={a.kontoStatus} />
                        {!a.hatAusbilderRolle && <div>nur im Ausbildungsvertrag genannt</div>}
                      </td>
                      <td>
                        <div className="button-row">
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            onClick={() => passwortZuruecksetzen(a.userId, name)}
                          >
                            {a.kontoStatus === 'AKTIV' ? 'Passwort zurücksetzen' : 'Einladung erneut senden'}
                            <span className="visually-hidden"> für {name}</span>
                          </button>
                          {a.kontoStatus === 'EINGELADEN' && (
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              onClick={(e) => {
                                emailAusloeser.current = e.currentTarget;
                                setErgebnis(null);
                                setFehler(null);
                                setFormOffen(false);
                                setEmailAktion({ userId: a.userId, name, email: a.email });
                              }}
                            >
                              E-Mail-Adresse ändern
                              <span className="visually-hidden"> für {name}</span>
                            </button>
                          )}
                          {a.betriebsstaetten[0] && (
                            <AenderungsmailButton
                              ausbilderUserId={a.userId}
                              betriebsstaetteId={staetteId || a.betriebsstaetten[0].id}
                              name={name}
                            />
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </>
  );
}
