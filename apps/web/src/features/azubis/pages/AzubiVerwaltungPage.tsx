import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { AusbildungsverhaeltnisFieldsFragment, KontoAktionFieldsFragment } from '../../../gql/graphql';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatum, vollerName } from '../../../shared/lib/format';
import { KontoFormular } from '../../konten/components/KontoFormular';
import { KontoStatusText } from '../../konten/components/KontoStatusText';
import { ZustellungHinweis } from '../../konten/components/ZustellungHinweis';
import {
  AzubiAccountErstellenDocument,
  AzubiEmailAendernDocument,
  AzubiPasswortZuruecksetzenDocument,
} from '../../konten/graphql/konten';
import { AusbilderAendernDialog } from '../components/AusbilderAendernDialog';
import { AzubiVerwaltungDocument } from '../graphql/azubis';

type Vertrag = AusbildungsverhaeltnisFieldsFragment;
type Aktion = { art: 'ERSTELLEN' | 'EMAIL'; vertrag: Vertrag };

const SEITENGROESSE = 20;

export function AzubiVerwaltungPage() {
  usePageTitle('Azubi-Verwaltung');
  const { data, loading, error, fetchMore } = useQuery(AzubiVerwaltungDocument, {
    variables: { first: SEITENGROESSE },
    notifyOnNetworkStatusChange: true,
  });
  const [mehrFehler, setMehrFehler] = useState<string | null>(null);
  const liste = data?.azubiVerwaltung;
  const refetch = { refetchQueries: [AzubiVerwaltungDocument] };
  const [erstellen] = useMutation(AzubiAccountErstellenDocument, refetch);
  const [emailAendern] = useMutation(AzubiEmailAendernDocument, refetch);
  const [zuruecksetzen] = useMutation(AzubiPasswortZuruecksetzenDocument);
  const [aktion, setAktion] = useState<Aktion | null>(null);
  const [ergebnis, setErgebnis] = useState<KontoAktionFieldsFragment | null>(null);
  const [aktionFehler, setAktionFehler] = useState<string | null>(null);
  const [wechsel, setWechsel] = useState<Vertrag | null>(null);
  const [meldung, setMeldung] = useState('');
  const meldungRef = useRef<HTMLParagraphElement>(null);
  const ausloeser = useRef<HTMLButtonElement | null>(null);

  function oeffne(art: Aktion['art'], vertrag: Vertrag, button: HTMLButtonElement) {
    ausloeser.current = button;
    setErgebnis(null);
    setAktionFehler(null);
    setMeldung('');
    setAktion({ art, vertrag });
  }

  function ausbilderAendern(vertrag: Vertrag, button: HTMLButtonElement) {
    ausloeser.current = button;
    setErgebnis(null);
    setAktionFehler(null);
    setMeldung('');
    setAktion(null);
    setWechsel(vertrag);
  }

  function wechselBeenden(text?: string) {
    setWechsel(null);
    if (text) {
      setMeldung(text);
      window.setTimeout(() => meldungRef.current?.focus(), 0);
    } else {
      ausloeser.current?.focus();
    }
  }

  function schliesse() {
    setAktion(null);
    ausloeser.current?.focus();
  }

  async function sendeAktion(email: string) {
    if (!aktion) return;
    const input = { vertragId: aktion.vertrag.id, email };
    const result =
      aktion.art === 'ERSTELLEN'
        ? (await erstellen({ variables: { input } })).data?.azubiAccountErstellen
        : (await emailAendern({ variables: { input } })).data?.azubiEmailAendern;
    setErgebnis(result ?? null);
    setAktion(null);
  }

  async function passwortZuruecksetzen(vertrag: Vertrag) {
    setErgebnis(null);
    setAktionFehler(null);
    setMeldung('');
    setAktion(null);
    try {
      const result = await zuruecksetzen({ variables: { vertragId: vertrag.id } });
      setErgebnis(result.data?.azubiPasswortZuruecksetzen ?? null);
    } catch (e) {
      setAktionFehler(`${vertrag.azubiVorname} ${vertrag.azubiNachname}: ${toApiError(e).message}`);
    }
  }

  async function weitereLaden() {
    if (!liste?.pageInfo.endCursor) return;
    setMehrFehler(null);
    try {
      await fetchMore({ variables: { first: SEITENGROESSE, after: liste.pageInfo.endCursor } });
    } catch (e) {
      setMehrFehler(toApiError(e).message);
    }
  }

  return (
    <>
      <h1>Azubi-Verwaltung</h1>
      <p className="lead">
        Die Ausbildungsverhältnisse der Betriebsstätten, die Sie verwalten. Über „Account erstellen“ erhalten
        Auszubildende einen Link, mit dem sie ihr Passwort festlegen.
      </p>
      {aktion && (
        <KontoFormular
          key={`${aktion.art}-${aktion.vertrag.id}`}
          id="azubi-konto"
          titel={
            aktion.art === 'ERSTELLEN'
              ? `Account erstellen für ${aktion.vertrag.azubiVorname} ${aktion.vertrag.azubiNachname}`
              : `E-Mail-Adresse ändern für ${aktion.vertrag.azubiVorname} ${aktion.vertrag.azubiNachname}`
          }
          einleitung={
            aktion.art === 'ERSTELLEN'
              ? 'Geben Sie die E-Mail-Adresse der oder des Auszubildenden ein. Sie oder er erhält einen Link, um das Passwort festzulegen (7 Tage gültig).'
              : 'Die Adresse im Ausbildungsverhältnis wird korrigiert. Die Anmelde-E-Mail-Adresse eines bereits genutzten Accounts ändert die oder der Auszubildende selbst unter „Profil – Zugangsdaten“.'
          }
          senden={aktion.art === 'ERSTELLEN' ? 'Account erstellen' : 'E-Mail-Adresse ändern'}
          startwerte={{ email: aktion.vertrag.azubiEmail ?? '' }}
          onSenden={({ email }) => sendeAktion(email)}
          onAbbrechen={schliesse}
        />
      )}
      <ZustellungHinweis zustellung={ergebnis?.zustellung} />
      {aktionFehler && (
        <div role="alert" className="alert alert-error">
          <p>{aktionFehler}</p>
        </div>
      )}
      {wechsel && (
        <AusbilderAendernDialog
          vertrag={wechsel}
          onAbbrechen={() => wechselBeenden()}
          onGeaendert={(text) => wechselBeenden(text)}
        />
      )}
      <p ref={meldungRef} className="notice notice-success" role="status" tabIndex={-1}>
        {meldung || ergebnis?.meldung || ''}
      </p>
      <div aria-busy={loading}>
        {error && !liste && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {liste && liste.nodes.length === 0 && <p>Es sind noch keine Ausbildungsverhältnisse eingetragen.</p>}
        {liste && liste.nodes.length > 0 && (
          <>
            <TableScroll labelledBy="azubis-caption">
              <table className="tabelle-stapel azubi-tabelle">
                <caption id="azubis-caption">Ausbildungsverhältnisse</caption>
                <thead>
                  <tr>
                    <th scope="col">Name, Identnummer</th>
                    <th scope="col">Beruf</th>
                    <th scope="col">Betriebsstätte</th>
                    <th scope="col">Ausbilder/-in</th>
                    <th scope="col">Beginn – Ende</th>
                    <th scope="col">Konto</th>
                    <th scope="col">Aktionen</th>
                  </tr>
                </thead>
                <tbody>
                  {liste.nodes.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">
                        {v.azubiVorname} {v.azubiNachname}
                        <span className="azubi-ident">Identnummer {v.identnummer}</span>
                      </th>
                      <td data-label="Beruf">{v.beruf.bezeichnung}</td>
                      <td data-label="Betriebsstätte">{v.betriebsstaette.name}</td>
                      <td data-label="Ausbilder/-in">
                        {v.ausbilder ? vollerName(v.ausbilder) : 'nicht eingetragen'}
                      </td>
                      <td data-label="Beginn – Ende">
                        <span className="nowrap">{formatDatum(v.beginn)} –</span>{' '}
                        <span className="nowrap">{formatDatum(v.ende)}</span>
                      </td>
                      <td data-label="Konto">
                        <KontoStatusText status={v.kontoStatus} />
                        {v.azubiEmail && <div className="break">{v.azubiEmail}</div>}
                      </td>
                      <td data-label="Aktionen">
                        <div className="button-row azubi-aktionen">
                          {v.kontoStatus === 'KEIN_KONTO' ? (
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              onClick={(e) => oeffne('ERSTELLEN', v, e.currentTarget)}
                            >
                              Account erstellen
                              <span className="visually-hidden">
                                {' '}
                                für {v.azubiVorname} {v.azubiNachname}
                              </span>
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              onClick={() => passwortZuruecksetzen(v)}
                            >
                              Passwort zurücksetzen
                              <span className="visually-hidden">
                                {' '}
                                für {v.azubiVorname} {v.azubiNachname}
                              </span>
                            </button>
                          )}
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            onClick={(e) => oeffne('EMAIL', v, e.currentTarget)}
                          >
                            E-Mail-Adresse ändern
                            <span className="visually-hidden">
                              {' '}
                              für {v.azubiVorname} {v.azubiNachname}
                            </span>
                          </button>
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            onClick={(e) => ausbilderAendern(v, e.currentTarget)}
                          >
                            Ausbilder/-in ändern
                            <span className="visually-hidden">
                              {' '}
                              für {v.azubiVorname} {v.azubiNachname}
                            </span>
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <p className="list-count">
              {liste.nodes.length} von {liste.totalCount} Ausbildungsverhältnissen angezeigt
            </p>
          </>
        )}
        {liste?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button button-secondary"
            onClick={weitereLaden}
            aria-busy={loading}
          >
            Weitere laden
          </button>
        )}
        {mehrFehler && (
          <div role="alert" className="alert alert-error">
            <p>{mehrFehler}</p>
          </div>
        )}
      </div>
    </>
  );
}
