import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { BetriebPruefungenQuery } from '../../../gql/graphql';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { formatDatum } from '../../../shared/lib/format';
import { Ampel } from '../components/Ampel';
import { BetriebPruefungenDocument } from '../graphql/pruefungen';

type Zeile = BetriebPruefungenQuery['betriebPruefungen'][number];

interface Sitzung {
  pruefung: Zeile['pruefung'];
  zeilen: Zeile[];
}

/** Rows come sorted by session, then Azubi: group them by session, keeping the order. */
function nachSitzung(zeilen: readonly Zeile[]): Sitzung[] {
  const sitzungen = new Map<string, Sitzung>();
  for (const zeile of zeilen) {
    const sitzung = sitzungen.get(zeile.pruefung.id) ?? { pruefung: zeile.pruefung, zeilen: [] };
    sitzung.zeilen.push(zeile);
    sitzungen.set(zeile.pruefung.id, sitzung);
  }
  return [...sitzungen.values()];
}

export const anmeldenPfad = (pruefungId: string, vertragId: string) =>
  `/pruefungen/anmelden?pruefung=${encodeURIComponent(pruefungId)}&vertrag=${encodeURIComponent(vertragId)}`;

function Aktion({ zeile }: { zeile: Zeile }) {
  const wer = (
    <span className="visually-hidden">
      {' '}
      – {zeile.azubiName}, {zeile.pruefung.bezeichnung}
    </span>
  );
  if (!zeile.anmeldung && !zeile.aktionen.includes('EINREICHEN')) {
    // The Anmeldeschluss has passed: the Ampel says so; nothing left to do here.
    return <span>Keine Anmeldung mehr möglich{wer}</span>;
  }
  if (!zeile.anmeldung) {
    return (
      <Link
        className="button button-primary button-small"
        to={anmeldenPfad(zeile.pruefung.id, zeile.vertragId)}
      >
        Anmelden{wer}
      </Link>
    );
  }
  return (
    <span className="aktionen">
      <Link
        className="button button-secondary button-small"
        to={`/pruefungen/anmeldung/${zeile.anmeldung.id}`}
      >
        Ansehen{wer}
      </Link>
      {zeile.aktionen.includes('EINREICHEN') && (
        <Link
          className="button button-primary button-small"
          to={anmeldenPfad(zeile.pruefung.id, zeile.vertragId)}
        >
          Überarbeiten{wer}
        </Link>
      )}
    </span>
  );
}

/** `/pruefungen`: the Betrieb's sessions with every eligible or registered Azubi and the Ampel. */
export function BetriebPruefungenPage() {
  usePageTitle('Prüfungen');
  const { data, loading, error } = useQuery(BetriebPruefungenDocument, { fetchPolicy: 'cache-and-network' });
  const zeilen = data?.betriebPruefungen;
  const sitzungen = zeilen ? nachSitzung(zeilen) : [];

  return (
    <>
      <h1>Prüfungen</h1>
      <p className="lead">
        Melden Sie Ihre Auszubildenden zu den Prüfungen der IHK an. Die Ampel zeigt den Prüfungsstand und wer
        als Nächstes handeln muss.
      </p>
      <div aria-busy={loading}>
        {error && !zeilen && <QueryError error={error} />}
        {!zeilen && loading && <Loading />}
        {zeilen && sitzungen.length === 0 && (
          <p>Zurzeit gibt es keine Prüfungen, zu denen Ihre Auszubildenden angemeldet werden können.</p>
        )}
        {sitzungen.map(({ pruefung, zeilen: eintraege }) => (
          <section
            key={pruefung.id}
            className="pruefung-abschnitt"
            aria-labelledby={`sitzung-${pruefung.id}`}
          >
            <h2 id={`sitzung-${pruefung.id}`}>{pruefung.bezeichnung}</h2>
            <p>
              Anmeldeschluss: {formatDatum(pruefung.anmeldeschluss)}
              {pruefung.anmeldeschlussVorbei && ' (abgelaufen)'}
              {pruefung.termineFreigegeben && ' · Prüfungstermine freigegeben'}
            </p>
            <TableScroll labelledBy={`sitzung-caption-${pruefung.id}`}>
              <table className="tabelle-stapel">
                <caption id={`sitzung-caption-${pruefung.id}`}>
                  Auszubildende für {pruefung.bezeichnung} ({eintraege.length})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Prüfungsart</th>
                    <th scope="col">Prüfungsstand</th>
                    <th scope="col">Ergebnisdatum</th>
                    <th scope="col">Beruf</th>
                    <th scope="col">Aktion</th>
                  </tr>
                </thead>
                <tbody>
                  {eintraege.map((zeile) => (
                    <tr key={zeile.vertragId}>
                      <th scope="row">{zeile.azubiName}</th>
                      <td data-label="Prüfungsart">{pruefung.artBezeichnung}</td>
                      <td data-label="Prüfungsstand">
                        <Ampel ampel={zeile.ampel} kompakt />
                      </td>
                      <td className="nowrap" data-label="Ergebnisdatum">
                        {zeile.anmeldung?.ergebnisFreigegebenAt
                          ? formatDatum(zeile.anmeldung.ergebnisFreigegebenAt)
                          : '–'}
                      </td>
                      <td data-label="Beruf">{zeile.beruf.bezeichnung}</td>
                      <td data-label="Aktion">
                        <Aktion zeile={zeile} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {eintraege.some((z) => z.anmeldung?.ergebnisFreigegebenAt) && (
              <p>
                <Link to={`/pruefungen/${pruefung.id}/ergebnisse`}>
                  Ergebnisse aller Auszubildenden
                  <span className="visually-hidden"> – {pruefung.bezeichnung}</span> ansehen
                </Link>
              </p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
