import type { CurrentMe } from '../../auth/hooks/useMe';
import { useArbeitsbereichWechsel } from '../hooks/useArbeitsbereichWechsel';

type Arbeitsbereich = CurrentMe['arbeitsbereiche'][number];

interface Gruppe {
  label: string;
  bereiche: Arbeitsbereich[];
}

/** Optgroups by Unternehmen (Kammer workplaces under "IHK"), in the server's order. */
function gruppieren(bereiche: readonly Arbeitsbereich[]): Gruppe[] {
  const gruppen = new Map<string, Gruppe>();
  for (const bereich of bereiche) {
    const label = bereich.unternehmenName ?? 'IHK';
    const gruppe = gruppen.get(label) ?? { label, bereiche: [] };
    gruppe.bereiche.push(bereich);
    gruppen.set(label, gruppe);
  }
  return [...gruppen.values()];
}

export function optionText(bereich: Arbeitsbereich): string {
  return bereich.unternehmenName ? `${bereich.name} – ${bereich.unternehmenName}` : bereich.name;
}

interface Props {
  me: CurrentMe;
  onGewechselt: (name: string) => void;
}

/** The header dropdown next to the logo: which Betriebsstaette (or Kammer) the user works in. */
export function ArbeitsbereichAuswahl({ me, onGewechselt }: Props) {
  const { wechseln, pendingKey, fehler } = useArbeitsbereichWechsel(onGewechselt);
  const value = pendingKey ?? me.aktuellerArbeitsbereich?.key ?? '';
  return (
    <div className="arbeitsbereich" aria-busy={pendingKey !== null}>
      <label htmlFor="arbeitsbereich-auswahl">Betriebsstätte</label>
      <select
        id="arbeitsbereich-auswahl"
        value={value}
        onChange={(event) => void wechseln(event.target.value)}
        aria-invalid={fehler ? true : undefined}
        aria-describedby={fehler ? 'arbeitsbereich-fehler' : undefined}
      >
        {!me.aktuellerArbeitsbereich && (
          <option value="" disabled>
            Bitte wählen …
          </option>
        )}
        {gruppieren(me.arbeitsbereiche).map((gruppe) => (
          <optgroup key={gruppe.label} label={gruppe.label}>
            {gruppe.bereiche.map((bereich) => (
              <option key={bereich.key} value={bereich.key}>
                {optionText(bereich)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {fehler && (
        <p id="arbeitsbereich-fehler" role="alert" className="field-error">
          {fehler}
        </p>
      )}
    </div>
  );
}
