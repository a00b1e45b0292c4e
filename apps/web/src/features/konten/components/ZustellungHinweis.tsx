import type { MailZustellungFieldsFragment } from '../../../gql/graphql';

/**
 * Shown when an e-mail someone waits for could not be sent right now (SMTP down): the seed's
 * message and what to do. The mail stays in the outbox and is retried. Reusable by every flow
 * that sends an invitation (H5, H6).
 */
export function ZustellungHinweis({
  zustellung,
}: {
  zustellung: MailZustellungFieldsFragment | null | undefined;
}) {
  if (!zustellung || zustellung.zugestellt) return null;
  return (
    <div role="alert" className="alert alert-error">
      <p>
        <strong>{zustellung.meldung}</strong>
      </p>
      {zustellung.hinweis && <p>{zustellung.hinweis}</p>}
    </div>
  );
}
