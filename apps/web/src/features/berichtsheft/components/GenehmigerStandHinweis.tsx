import { Link } from 'react-router';
import type { GenehmigerStand } from '../../../gql/graphql';

interface Props {
  stand: GenehmigerStand | null;
  email: string | null;
  /** The viewer may approve or reject this Nachweis (the Ausbilder/-in, the approver). */
  darfEntscheiden: boolean;
  /** The viewer keeps their own Berichtsheft (the Azubi); others read the neutral text. */
  istAzubi: boolean;
  /** The viewer confirms approver addresses ("Ausbildungsbeauftragte"). */
  kannBestaetigen: boolean;
}

/**
 * Whether the person a submitted Nachweis went to can approve it yet. An address the Betrieb has
 * not vouched for waits for its confirmation (trust rule); a confirmed one for the invitation to be
 * accepted. Until then only the Ausbilder/-in can approve.
 */
export function GenehmigerStandHinweis({ stand, email, darfEntscheiden, istAzubi, kannBestaetigen }: Props) {
  const adresse = <span className="break">{email ?? 'die genannte Adresse'}</span>;
  const azubiSicht = istAzubi && !darfEntscheiden;

  if (stand === 'WARTET_AUF_BETRIEB') {
    return (
      <section className="notice notice-warnung" aria-labelledby="genehmiger-stand-titel">
        <h2 id="genehmiger-stand-titel" className="notice-titel">
          Genehmiger/-in noch nicht bestätigt
        </h2>
        {azubiSicht ? (
          <p>
            Ihr Nachweis wurde eingereicht. Die Adresse {adresse} ist in Ihrem Betrieb noch nicht als
            Ausbildungsbeauftragte/r bestätigt; Ihre Ausbilderin oder Ihr Ausbilder wurde gebeten, sie zu
            bestätigen. Bis dahin kann nur sie/er genehmigen.
          </p>
        ) : (
          <p>
            Der Nachweis ging an {adresse}. Diese Adresse ist im Betrieb noch nicht als
            Ausbildungsbeauftragte/r bestätigt und kann nicht genehmigen; bis dahin kann nur die Ausbilderin
            oder der Ausbilder genehmigen.
            {darfEntscheiden && ' Sie können den Nachweis selbst genehmigen oder ablehnen.'}
            {kannBestaetigen && (
              <>
                {' '}
                Bestätigen oder verwerfen Sie die Adresse unter{' '}
                <Link to="/verwaltung/ausbildungsbeauftragte">Ausbildungsbeauftragte</Link>.
              </>
            )}
          </p>
        )}
      </section>
    );
  }

  if (stand === 'WARTET_AUF_ANNAHME') {
    return (
      <section className="notice notice-info" aria-labelledby="genehmiger-stand-titel">
        <h2 id="genehmiger-stand-titel" className="notice-titel">
          Genehmiger/-in hat die Einladung noch nicht angenommen
        </h2>
        {azubiSicht ? (
          <p>
            Ihr Nachweis wurde eingereicht. Ihr Betrieb hat die Adresse {adresse} als Ausbildungsbeauftragte/r
            bestätigt; die Person hat ihre Einladung aber noch nicht angenommen. Sobald sie das tut, kann sie
            Ihren Nachweis genehmigen. Bis dahin kann nur Ihre Ausbilderin oder Ihr Ausbilder genehmigen.
          </p>
        ) : (
          <p>
            Der Nachweis ging an {adresse}. Der Betrieb hat die Adresse bestätigt, die Person hat ihre
            Einladung aber noch nicht angenommen; bis dahin kann nur die Ausbilderin oder der Ausbilder
            genehmigen.
            {darfEntscheiden && ' Sie können den Nachweis selbst genehmigen oder ablehnen.'}
          </p>
        )}
      </section>
    );
  }

  if (darfEntscheiden) return null;
  return (
    <p className="notice notice-info">
      Eingereicht bei {email ?? 'der Ausbilderin oder dem Ausbilder'} – wartet auf die Genehmigung.
    </p>
  );
}
