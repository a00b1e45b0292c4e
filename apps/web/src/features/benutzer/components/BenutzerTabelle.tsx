import { TableScroll } from '../../../shared/components/TableScroll';
import { vollerName } from '../../../shared/lib/format';
import { type Benutzer, entziehenZusatz, type Rollenzuweisung, rolleMitStaette } from './rolleText';

interface Props {
  benutzer: readonly Benutzer[];
  onEntziehen: (benutzer: Benutzer, zuweisung: Rollenzuweisung) => void;
}

export function BenutzerTabelle({ benutzer, onEntziehen }: Props) {
  return (
    <TableScroll labelledBy="benutzer-caption">
      <table>
        <caption id="benutzer-caption">Personen mit Rollen in Ihren Betriebsstätten</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-Mail-Adresse</th>
            <th scope="col">Rollen</th>
          </tr>
        </thead>
        <tbody>
          {benutzer.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                {person.mitglied ? vollerName(person) : <em>Eingeladen – Name erscheint nach der Annahme</em>}
              </th>
              <td className="break">{person.email}</td>
              <td>
                {person.rollen.length === 0 ? (
                  'keine Rolle'
                ) : (
                  <ul className="rollen-liste">
                    {person.rollen.map((zuweisung) => (
                      <li key={zuweisung.id}>
                        <span>{rolleMitStaette(zuweisung)}</span>
                        <button
                          type="button"
                          className="button button-small button-danger-outline"
                          onClick={() => onEntziehen(person, zuweisung)}
                        >
                          {/* Visible "Rolle entziehen"; the full name says which role of whom. */}
                          {zuweisung.status === 'EINGELADEN' ? (
                            <span>
                              Einladung
                              <span className="visually-hidden"> {entziehenZusatz(person, zuweisung)}</span>{' '}
                              zurückziehen
                            </span>
                          ) : (
                            <span>
                              Rolle
                              <span className="visually-hidden"> {entziehenZusatz(person, zuweisung)}</span>{' '}
                              entziehen
                            </span>
                          )}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
