import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { EmailBestaetigenDocument, KontoLinkDocument } from '../graphql/konten';

const TITEL = 'Neue E-Mail-Adresse bestätigen';

/**
 * `/email-bestaetigen?token=…`: confirms an e-mail change. Needs a click, so a mail scanner that
 * opens the link does not confirm it; a link replaced by a newer request answers at once.
 */
export function EmailBestaetigenPage() {
  usePageTitle(TITEL);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useApolloClient();
  const link = useQuery(KontoLinkDocument, {
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [bestaetigen, { loading }] = useMutation(EmailBestaetigenDocument);
  const [fehler, setFehler] = useState<string | null>(null);
  const [erledigt, setErledigt] = useState<string | null>(null);

  async function onBestaetigen() {
    setFehler(null);
    try {
      const result = await bestaetigen({ variables: { token } });
      setErledigt(result.data?.emailBestaetigen.email ?? '');
      // A logged-in tab shows the new address after this.
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    } catch (error) {
      setFehler(toApiError(error).message);
    }
  }

  const linkFehler = !token
    ? 'Der Link ist unvollständig. Bitte öffnen Sie ihn direkt aus der E-Mail.'
    : link.error
      ? toApiError(link.error).message
      : link.data && link.data.kontoLink.zweck !== 'EMAIL_AENDERUNG'
        ? 'Dieser Link bestätigt keine E-Mail-Adresse.'
        : null;
  const neueEmail = link.data?.kontoLink.email;

  return (
    <div className="login">
      <h1>{TITEL}</h1>
      {link.loading && <Loading />}
      {erledigt !== null ? (
        <>
          <p className="notice notice-success" role="status">
            Ihre E-Mail-Adresse wurde geändert. Bitte melden Sie sich künftig mit {erledigt} an.
          </p>
          <p>
            <Link to="/">Weiter zum Ausbildungsportal</Link>
          </p>
        </>
      ) : linkFehler || fehler ? (
        <>
          <ErrorAlert>
            <p>{fehler ?? linkFehler}</p>
          </ErrorAlert>
          <p>
            Fordern Sie unter „Profil – Zugangsdaten“ eine neue Bestätigungs-E-Mail an und verwenden Sie immer
            den Link aus der zuletzt erhaltenen E-Mail.
          </p>
          <p>
            <Link to="/profil/zugangsdaten">Zu Profil – Zugangsdaten</Link>
          </p>
        </>
      ) : (
        neueEmail && (
          <div className="card">
            <p>
              Ihre neue E-Mail-Adresse lautet <strong className="email-hervorgehoben">{neueEmail}</strong>.
              Nach der Bestätigung melden Sie sich mit dieser Adresse an.
            </p>
            <button
              type="button"
              className="button button-primary"
              onClick={onBestaetigen}
              aria-busy={loading}
            >
              {loading ? 'Wird bestätigt …' : 'E-Mail-Adresse bestätigen'}
            </button>
          </div>
        )
      )}
    </div>
  );
}
