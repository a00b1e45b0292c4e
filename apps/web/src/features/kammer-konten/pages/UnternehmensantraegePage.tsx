import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { AntragStatus, UnternehmensantraegeQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit } from '../../../shared/lib/format';
import { BUNDESLAENDER } from '../../registrierung/components/formular';
import { Zustellung } from '../components/Zustellung';
import {
  AntragAblehnenDocument,
  AntragGenehmigenDocument,
  UnternehmensantraegeDocument,
} from '../graphql/kammerKonten';

type Antrag = UnternehmensantraegeQuery['unternehmensantraege'][number];

const STATUS_TEXT: Record<AntragStatus, string> = {
  BEANTRAGT: 'Offen',
  GENEHMIGT: 'Genehmigt',
  ABGELEHNT: 'Abgelehnt',
};

const bundesland = (code: string) => BUNDESLAENDER.find(([c]) => c === code)?.[1] ?? code;

interface Ergebnis {
  text: string;
  mailZugestellt: boolean;
  mailMeldung?: string | null;
  mailHinweis?: string | null;
}

/** IHK back office: online applications of companies; approve (creates the account) or refuse. */
export function UnternehmensantraegePage() {
  usePageTitle('Unternehmensanträge');
  const [status, setStatus] = useState<AntragStatus>('BEANTRAGT');
  const { data, loading, error } = useQuery(UnternehmensantraegeDocument, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const antraege = data?.unternehmensantraege;

  return (
    <>
      <h1>Unternehmensanträge</h1>
      <p className="lead">
        Unternehmen beantragen ihren Zugang online. Mit „Genehmigen“ legen Sie das Unternehmen mit seinem
        Hauptsitz an; die antragstellende Person wird Ausbildungsadministrator/-in und erhält eine E-Mail, um
        ihr Passwort festzulegen.
      </p>
      <div className="field">
        <label htmlFor="antrag-status">Anträge anzeigen</label>
        <select id="antrag-status" value={status} onChange={(e) => setStatus(e.target.value as AntragStatus)}>
          {(Object.keys(STATUS_TEXT) as AntragStatus[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_TEXT[s]}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="notice notice-success">
        {ergebnis?.text ?? ''}
      </p>
      <Zustellung ergebnis={ergebnis} />
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!antraege && loading && <Loading />}
        {antraege && antraege.length === 0 && <p>Keine Anträge in dieser Ansicht.</p>}
        {antraege && antraege.length > 0 && (
          <ul className="cards">
            {antraege.map((a) => (
              <li key={a.id}>
                <AntragKarte antrag={a} onErgebnis={setErgebnis} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

function AntragKarte({ antrag: a, onErgebnis }: { antrag: Antrag; onErgebnis: (e: Ergebnis) => void }) {
  const [genehmigen, genehmigung] = useMutation(AntragGenehmigenDocument, {
    refetchQueries: [UnternehmensantraegeDocument],
  });
  const [ablehnen, ablehnung] = useMutation(AntragAblehnenDocument, {
    refetchQueries: [UnternehmensantraegeDocument],
  });
  const [ablehnenOffen, setAblehnenOffen] = useState(false);
  const [begruendung, setBegruendung] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const titelId = `antrag-${a.id}`;
  const laeuft = genehmigung.loading || ablehnung.loading;

  async function onGenehmigen() {
    if (laeuft) return;
    setFehler(null);
    try {
      const result = await genehmigen({ variables: { id: a.id } });
      const r = result.data?.unternehmensantragGenehmigen;
      if (!r) return;
      onErgebnis({
        text: r.einladungVersandt
          ? `Antrag von „${a.firmenname}“ genehmigt. ${a.vorname} ${a.nachname} erhält eine E-Mail, um das Passwort festzulegen.`
          : `Antrag von „${a.firmenname}“ genehmigt. ${a.vorname} ${a.nachname} hat bereits ein Konto und wurde per E-Mail benachrichtigt.`,
        mailZugestellt: r.mailZugestellt,
        mailMeldung: r.mailMeldung,
        mailHinweis: r.mailHinweis,
      });
    } catch (error) {
      setFehler(toApiError(error).message);
    }
  }

  async function onAblehnen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (laeuft) return;
    if (!begruendung.trim()) return setFehler('Bitte geben Sie eine Begründung für die Ablehnung an.');
    setFehler(null);
    try {
      await ablehnen({ variables: { id: a.id, begruendung } });
      onErgebnis({
        text: `Antrag von „${a.firmenname}“ abgelehnt. Die Begründung wurde per E-Mail gesendet.`,
        mailZugestellt: true,
      });
    } catch (error) {
      setFehler(toApiError(error).message);
    }
  }

  return (
    <article className="card" aria-labelledby={titelId}>
      <h2 id={titelId}>{a.firmenname}</h2>
      <p>
        <span className={a.status === 'GENEHMIGT' ? 'badge badge-ok' : 'badge'}>{STATUS_TEXT[a.status]}</span>
      </p>
      <dl className="details">
        <div>
          <dt>Eingegangen</dt>
          <dd>{formatDatumZeit(a.createdAt)}</dd>
        </div>
        <div>
          <dt>Anschrift</dt>
          <dd>
            {a.strasse}, {a.plz} {a.ort} ({bundesland(a.bundesland)})
          </dd>
        </div>
        <div>
          <dt>E-Mail des Unternehmens</dt>
          <dd className="break">{a.unternehmensEmail}</dd>
        </div>
        <div>
          <dt>Antragsteller/-in</dt>
          <dd className="break">
            {a.vorname} {a.nachname}, {a.email}
            {a.bestehendesKonto && ' (hat bereits ein Konto im Portal)'}
          </dd>
        </div>
        {a.begruendung && (
          <div>
            <dt>Begründung der Ablehnung</dt>
            <dd>{a.begruendung}</dd>
          </div>
        )}
      </dl>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      {a.status === 'BEANTRAGT' && !ablehnenOffen && (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={onGenehmigen} aria-busy={laeuft}>
            Genehmigen<span className="visually-hidden"> – {a.firmenname}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => setAblehnenOffen(true)}>
            Ablehnen<span className="visually-hidden"> – {a.firmenname}</span>
          </button>
        </div>
      )}
      {a.status === 'BEANTRAGT' && ablehnenOffen && (
        <form className="form" onSubmit={onAblehnen} noValidate aria-busy={laeuft}>
          <div className="field">
            <label htmlFor={`${titelId}-begruendung`}>Begründung der Ablehnung</label>
            <textarea
              id={`${titelId}-begruendung`}
              rows={3}
              value={begruendung}
              onChange={(e) => setBegruendung(e.target.value)}
              // biome-ignore lint/a11y/noAutofocus: the field the user just asked for
              autoFocus
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary">
              Ablehnung senden
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAblehnenOffen(false)}>
              Abbrechen
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
