import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { MeineEinladungenDocument } from '../graphql/einladungen';

/** On the start page: points to invitations waiting under "Profil – Berechtigungen". */
export function EinladungenHinweis() {
  const { data } = useQuery(MeineEinladungenDocument, { fetchPolicy: 'cache-and-network' });
  const anzahl = data?.meineEinladungen.length ?? 0;
  if (anzahl === 0) return null;
  return (
    <div className="notice notice-warnung">
      <p>
        {anzahl === 1
          ? 'Sie haben eine offene Einladung in eine Rolle.'
          : `Sie haben ${anzahl} offene Einladungen in Rollen.`}{' '}
        Sie wirkt erst, wenn Sie sie annehmen:{' '}
        <Link to="/profil/berechtigungen">Einladungen unter Profil – Berechtigungen ansehen</Link>
      </p>
    </div>
  );
}
