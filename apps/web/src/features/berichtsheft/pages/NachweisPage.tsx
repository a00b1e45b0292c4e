import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, type Befund, toApiError } from '../../../shared/lib/apiError';
import { useMe } from '../../auth/hooks/useMe';
import { EinreichenAbschnitt } from '../components/EinreichenAbschnitt';
import { EntscheidungAbschnitt } from '../components/EntscheidungAbschnitt';
import { ohneFeld } from '../components/feldMeldungen';
import { GenehmigerStandHinweis } from '../components/GenehmigerStandHinweis';
import { KonfliktAnsicht } from '../components/KonfliktAnsicht';
import { NachweisAnsicht } from '../components/NachweisAnsicht';
import { NachweisFormular } from '../components/NachweisFormular';
import { ABLEHNUNGS_EREIGNISSE, nachweisTitel } from '../components/nachweisText';
import { SpeicherStatusZeile } from '../components/SpeicherStatusZeile';
import { StatusBadge } from '../components/StatusBadge';
import { Verlauf } from '../components/Verlauf';
import { NachweisDocument, NachweisEinreichenDocument } from '../graphql/berichtsheft';
import { inhaltVon, type Nachweis } from '../hooks/entwurf';
import { useNachweisBearbeitung } from '../hooks/useNachweisBearbeitung';

/** `/berichtsheft/nachweis/:id`: the week editor for the Azubi, the decision page for approvers. */
export function NachweisPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(NachweisDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const nachweis = data?.nachweis;
  const titel = nachweis ? nachweisTitel(nachweis.von, nachweis.bis) : 'Ausbildungsnachweis';
  usePageTitle(titel);

  if (!nachweis) {
    return (
      <>
        <h1>{titel}</h1>
        <div aria-busy={!error}>{error ? <QueryError error={error} /> : <Loading />}</div>
      </>
    );
  }
  return <NachweisBearbeitung key={nachweis.id} initial={nachweis} />;
}

function letzteAblehnung(nachweis: Nachweis) {
  return [...nachweis.ereignisse].reverse().find((e) => ABLEHNUNGS_EREIGNISSE.has(e.ereignis));
}

function NachweisBearbeitung({ initial }: { initial: Nachweis }) {
  const me = useMe();
  const bearbeitung = useNachweisBearbeitung(initial);
  const { server, entwurf, aendern, status, konflikt, befunde, warnungen } = bearbeitung;
  const [einreichenMutation] = useMutation(NachweisEinreichenDocument);
  const [einreichFehler, setEinreichFehler] = useState<ApiError | null>(null);
  const [einreichBefunde, setEinreichBefunde] = useState<Befund[]>([]);
  const [einreichLaeuft, setEinreichLaeuft] = useState(false);
  const [meldung, setMeldung] = useState('');
  const meldungRef = useRef<HTMLParagraphElement>(null);
  const abschnittVorschlaege = server.abschnittVorschlaege;

  // A newer save replaces what the last submit attempt found.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the server's version changes
  useEffect(() => setEinreichBefunde([]), [server.version]);

  const feiertage = useMemo(
    () => new Map(server.tage.flatMap((t) => (t.feiertag ? [[t.datum, t.feiertag] as const] : []))),
    [server.tage],
  );
  const positionen = server.rahmenplanPositionen;
  const positionenFehler = null;
  const ablehnung = server.status === 'ABGELEHNT' ? letzteAblehnung(server) : undefined;
  const darfEntscheiden =
    server.abilities.canApprove || server.abilities.canReject || server.abilities.canRejectAfterwards;
  const bearbeitbar = server.abilities.canEdit;

  function zeigeMeldung(text: string) {
    setMeldung(text);
    // The form the focus was in may be gone now (read-only after submitting): start at the message.
    window.setTimeout(() => meldungRef.current?.focus(), 0);
  }

  async function einreichen() {
    setEinreichLaeuft(true);
    setEinreichFehler(null);
    setEinreichBefunde([]);
    setMeldung('');
    try {
      if (!(await bearbeitung.speichern())) {
        setEinreichFehler({
          message:
            'Der Nachweis kann erst eingereicht werden, wenn Ihre Änderungen gespeichert sind. Bitte beachten Sie den Hinweis zum Speichern oben.',
        });
        return;
      }
      const { data } = await einreichenMutation({
        variables: {
          input: {
            id: server.id,
            version: bearbeitung.aktuelleVersion(),
            genehmigerEmail: entwurf.genehmigerEmail.trim(),
          },
        },
      });
      if (!data) return;
      bearbeitung.serverStandUebernehmen(data.nachweisEinreichen);
      zeigeMeldung('Der Nachweis wurde zur Genehmigung eingereicht.');
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'NACHWEIS_KONFLIKT') {
        void bearbeitung.konfliktLaden();
        return;
      }
      setEinreichFehler(apiError);
      if (apiError.befunde) setEinreichBefunde(apiError.befunde);
    } finally {
      setEinreichLaeuft(false);
    }
  }

  const alleBefunde = [...befunde, ...warnungen, ...einreichBefunde];
  const periodenFehler = ohneFeld(alleBefunde);

  return (
    <>
      <h1>{nachweisTitel(server.von, server.bis)}</h1>
      <div className="nachweis-kopf">
        <p>
          Status: <StatusBadge status={server.status} />
        </p>
        <ul className="link-liste">
          {me.abilities.canSeeOwnAusbildung && (
            <li>
              <Link to={`/berichtsheft?vertrag=${server.vertragId}`}>Zur Wochenübersicht</Link>
            </li>
          )}
          {me.abilities.canSeeIhreAuszubildenden && (
            <li>
              <Link to={`/ausbilder/auszubildende/${server.vertragId}`}>Zum Berichtsheft des Azubis</Link>
            </li>
          )}
          {me.abilities.canApproveNachweise && (
            <li>
              <Link to="/genehmigungen">Zu den offenen Genehmigungen</Link>
            </li>
          )}
        </ul>
      </div>
      <p ref={meldungRef} role="status" tabIndex={-1} className="notice notice-success">
        {meldung}
      </p>
      {bearbeitung.hinweis && <p className="notice notice-info">{bearbeitung.hinweis}</p>}
      {!bearbeitbar && status.art === 'fehler' && <p className="notice notice-warnung">{status.meldung}</p>}
      {!bearbeitbar && bearbeitung.verworfen && (
        <details className="card verworfen">
          <summary>Ihre nicht gespeicherten Eingaben anzeigen (zum Kopieren)</summary>
          <h2>Nicht gespeicherte Eingaben</h2>
          <NachweisAnsicht
            inhalt={bearbeitung.verworfen}
            feiertage={feiertage}
            positionen={positionen}
            ebene={3}
            vergleich={inhaltVon(server)}
          />
        </details>
      )}
      {ablehnung && (
        <section className="notice notice-warnung" aria-labelledby="ablehnung-titel">
          <h2 id="ablehnung-titel" className="notice-titel">
            Der Nachweis wurde abgelehnt
          </h2>
          <p>
            <strong>Bemerkung des Betreuers:</strong>{' '}
            <span className="mehrzeilig">{ablehnung.bemerkung ?? 'keine Angabe'}</span>
          </p>
          {bearbeitbar && <p>Bitte überarbeiten Sie den Nachweis und reichen Sie ihn erneut ein.</p>}
        </section>
      )}
      {server.status === 'GENEHMIGT' && (
        <p className="notice notice-success">
          <strong>Genehmigt – nicht mehr änderbar.</strong>
        </p>
      )}
      {server.status === 'EINGEREICHT' && (
        <GenehmigerStandHinweis
          stand={server.genehmigerStand ?? null}
          email={server.genehmigerEmail ?? null}
          darfEntscheiden={darfEntscheiden}
          istAzubi={me.abilities.canSeeOwnAusbildung}
          kannBestaetigen={me.abilities.canVouchForGenehmiger}
        />
      )}
      {server.papierNachweise && (
        <p className="notice notice-info">
          Dieser Nachweis übernimmt frühere schriftlich geführte Ausbildungsnachweise für den ganzen Zeitraum.
        </p>
      )}

      {konflikt && (
        <KonfliktAnsicht
          konflikt={konflikt}
          meinInhalt={entwurf}
          feiertage={feiertage}
          positionen={positionen}
          onMeineBehalten={bearbeitung.meineFassungBehalten}
          onAndereUebernehmen={bearbeitung.andereFassungUebernehmen}
          onErneutLaden={() => void bearbeitung.konfliktLaden()}
        />
      )}

      {bearbeitbar ? (
        <section className="card" aria-labelledby="inhalt-titel">
          <h2 id="inhalt-titel">{server.papierNachweise ? 'Inhalt des Nachweises' : 'Inhalt der Woche'}</h2>
          <SpeicherStatusZeile status={status} />
          {periodenFehler.map((b) => (
            <p key={`${b.field}-${b.message}`} role="alert" className="alert alert-error">
              {b.message}
            </p>
          ))}
          <NachweisFormular
            entwurf={entwurf}
            aendern={aendern}
            befunde={alleBefunde}
            feiertage={feiertage}
            positionen={positionen}
            positionenFehler={positionenFehler}
            abschnittVorschlaege={abschnittVorschlaege}
            format={server.format}
          />
        </section>
      ) : (
        <section className="card" aria-labelledby="inhalt-titel">
          <h2 id="inhalt-titel">{server.papierNachweise ? 'Inhalt des Nachweises' : 'Inhalt der Woche'}</h2>
          <NachweisAnsicht
            inhalt={inhaltVon(server)}
            feiertage={feiertage}
            positionen={positionen}
            ebene={3}
          />
        </section>
      )}

      {server.abilities.canSubmit && !konflikt && (
        <EinreichenAbschnitt
          email={entwurf.genehmigerEmail}
          onEmailChange={(email) => aendern((alt) => ({ ...alt, genehmigerEmail: email }))}
          onEinreichen={() => void einreichen()}
          fehler={einreichFehler}
          laeuft={einreichLaeuft}
        />
      )}

      {darfEntscheiden && (
        <EntscheidungAbschnitt
          key={`${server.status}-${server.version}`}
          nachweis={server}
          onEntschieden={(n, text) => {
            bearbeitung.serverStandUebernehmen(n);
            zeigeMeldung(text);
          }}
        />
      )}

      <Verlauf ereignisse={server.ereignisse} />
    </>
  );
}
