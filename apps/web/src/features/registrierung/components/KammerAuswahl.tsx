import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { QueryError } from '../../../shared/components/QueryError';
import { OeffentlicheKammernDocument } from '../graphql/registrierung';

interface Props {
  id: string;
  value: string;
  onChange: (kammerId: string) => void;
  fehler?: string | null;
  selectRef?: React.Ref<HTMLSelectElement>;
}

/** The IHK select of the public forms; preselects the only Kammer when there is just one. */
export function KammerAuswahl({ id, value, onChange, fehler, selectRef }: Props) {
  const { data, error } = useQuery(OeffentlicheKammernDocument);
  const kammern = data?.oeffentlicheKammern ?? [];
  useEffect(() => {
    if (!value && kammern.length === 1) onChange(kammern[0].id);
  }, [kammern, value, onChange]);
  const fehlerId = `${id}-fehler`;
  return (
    <div className="field">
      <label htmlFor={id}>Ihre IHK</label>
      <select
        ref={selectRef}
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={fehler ? true : undefined}
        aria-describedby={fehler ? fehlerId : undefined}
      >
        <option value="">Bitte wählen …</option>
        {kammern.map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
      </select>
      {fehler && (
        <p id={fehlerId} className="field-error">
          {fehler}
        </p>
      )}
      {error && <QueryError error={error} />}
    </div>
  );
}
