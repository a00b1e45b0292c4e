import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit } from '../../../shared/lib/format';
import { Feld } from '../../konten/components/Feld';
import { Zustellung } from '../components/Zustellung';
import { KammerPrueferDocument, PrueferAnlegenDocument } from '../graphql/kammerKonten';

const LEER = { vorname: '', nachname: '', email: '' };

interface Ergebnis {
  text: string;
  mailZugestellt: boolean;
  mailMeldung?: string | null;
  mailHinweis?: string | null;
}

/** IHK back office: the Prueferinnen and Pruefer of the Kammer; new ones get an invitation by e-mail. */
export function PrueferPage() {
  usePageTitle('Prüferinnen und Prüfer');
  const { data, loading, error } = useQuery(KammerPrueferDocument, { fetchPolicy: 'cache-and-network' });
  const [anlegen, anlage] = useMutation(PrueferAnlegenDocument, { refetchQueries: [KammerPrueferDocument] });
  const [werte, setWerte] = useState(LEER);
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const pruefer = data?.kammerPruefer;

  const setze = (name: keyof typeof LEER) => (value: string) => setWerte((w) => ({ ...w, [name]: value }));
  const feldFehler = (name: string) => (fehler?.field === name ? fehler.message : null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (anlage.loading) return;
    setErgebnis(null);
    const leer = (['vorname', 'nachname', 'email'] as const).find((f) => !werte[f].trim());
    if (leer) {
      const text = { vorname: 'den Vornamen', nachname: 'den Nachnamen', email: 'die E-Mail-Adresse' }[leer];
      setFehler({ field: leer, message: `Bitte geben Sie ${text} an.` });
      document.getElementById(`pruefer-${leer}`)?.focus();
      return;
    }
    setFehler(null);
    try {
      const result = await anlegen({ variables: { input: werte } });
      const r = result.data?.prueferAnlegen;
      if (!r) return;
      const name = `${r.pruefer.vorname} ${r.pruefer.nachname}`;
      setErgebnis({
        text: r.einladungVersandt
          ? `${name} ist als Prüfer/-in eingetragen und erhält eine E-Mail, um das Passwort festzulegen.`
          : `${name} hatte bereits ein Konto, ist jetzt als Prüfer/-in eingetragen und wurde per E-Mail benachrichtigt.`,
        mailZugestellt: r.mailZugestellt,
        mailMeldung: r.mailMeldung,
        mailHinweis: r.mailHinweis,
      });
      setWerte(LEER);
    } catch (e) {
      const apiError = toApiError(e);
      setFehler(apiError);
      if (apiError.field) document.getElementById(`pruefer-${apiError.field}`)?.focus();
    }
  }

  return (
    <>
      <h1>Prüferinnen und Prüfer</h1>
      <section className="card" aria-labelledby="pruefer-anlegen-titel">
        <h2 id="pruefer-anlegen-titel">Prüfer/-in anlegen</h2>
        <p>
          Die Person erhält eine E-Mail mit einem Link, über den sie ihr Passwort festlegt. Hat sie bereits
          ein Konto (z. B. als Ausbilder/-in), wird die Rolle ergänzt.
        </p>
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={anlage.loading}>
          <Feld
            id="pruefer-vorname"
            label="Vorname"
            value={werte.vorname}
            onChange={setze('vorname')}
            fehler={feldFehler('vorname')}
            autoComplete="off"
          />
          <Feld
            id="pruefer-nachname"
            label="Nachname"
            value={werte.nachname}
            onChange={setze('nachname')}
            fehler={feldFehler('nachname')}
            autoComplete="off"
          />
          <Feld
            id="pruefer-email"
            label="E-Mail-Adresse"
            type="email"
            spellCheck={false}
            autoComplete="off"
            value={werte.email}
            onChange={setze('email')}
            fehler={feldFehler('email')}
          />
          {fehler && !fehler.field && (
            <ErrorAlert>
              <p>{fehler.message}</p>
            </ErrorAlert>
          )}
          <button type="submit" className="button button-primary">
            {anlage.loading ? 'Wird angelegt …' : 'Prüfer/-in anlegen'}
          </button>
        </form>
      </section>
      <p role="status" className="notice notice-success">
        {ergebnis?.text ?? ''}
      </p>
      <Zustellung ergebnis={ergebnis} />
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!pruefer && loading && <Loading />}
        {pruefer && pruefer.length === 0 && <p>Ihre Kammer hat noch keine Prüfer/-innen im Portal.</p>}
        {pruefer && pruefer.length > 0 && (
          <TableScroll labelledBy="pruefer-caption">
            <table>
              <caption id="pruefer-caption">Prüfer/-innen Ihrer Kammer</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-Mail-Adresse</th>
                  <th scope="col">Konto</th>
                  <th scope="col">Eingetragen seit</th>
                </tr>
              </thead>
              <tbody>
                {pruefer.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.nachname}, {p.vorname}
                    </th>
                    <td className="break">{p.email}</td>
                    <td>{p.kontoAktiv ? 'aktiv' : 'Einladung versandt'}</td>
                    <td className="nowrap">{formatDatumZeit(p.seit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </>
  );
}
