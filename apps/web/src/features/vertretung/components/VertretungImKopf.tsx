import type { CurrentMe } from '../../auth/hooks/useMe';
import { useVertretungWechsel } from '../hooks/useVertretungWechsel';

/** Header, while acting for someone: one click back to the own account. */
export function VertretungImKopf({ me }: { me: CurrentMe }) {
  const { zurueck, laeuft, fehler } = useVertretungWechsel();
  if (!me.vertretenePerson) return null;
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={zurueck}
        aria-busy={laeuft}
        aria-describedby={fehler ? 'vertretung-kopf-fehler' : undefined}
      >
        Zurück zum eigenen Konto
      </button>
      {fehler && (
        <span id="vertretung-kopf-fehler" role="alert" className="field-error">
          {fehler}
        </span>
      )}
    </>
  );
}
