import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { Feld } from './Feld';

export interface KontoFormularWerte {
  email: string;
  vorname: string;
  nachname: string;
  betriebsstaetteId: string;
}

interface Props {
  id: string;
  titel: string;
  einleitung: string;
  senden: string;
  /** Which inputs besides the e-mail the form has. */
  mitNamen?: boolean;
  betriebsstaetten?: readonly { id: string; name: string }[];
  startwerte?: Partial<KontoFormularWerte>;
  onSenden: (werte: KontoFormularWerte) => Promise<void>;
  onAbbrechen: () => void;
}

/** "Account erstellen" / "E-Mail-Adresse ändern": a panel with its heading focused when it opens. */
export function KontoFormular({
  id,
  titel,
  einleitung,
  senden,
  mitNamen,
  betriebsstaetten,
  startwerte,
  onSenden,
  onAbbrechen,
}: Props) {
  const [werte, setWerte] = useState<KontoFormularWerte>({
    email: startwerte?.email ?? '',
    vorname: startwerte?.vorname ?? '',
    nachname: startwerte?.nachname ?? '',
    betriebsstaetteId: startwerte?.betriebsstaetteId ?? betriebsstaetten?.[0]?.id ?? '',
  });
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [laeuft, setLaeuft] = useState(false);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    titelRef.current?.focus();
  }, []);

  const setze = (name: keyof KontoFormularWerte) => (value: string) =>
    setWerte((w) => ({ ...w, [name]: value }));
  const feldFehler = (name: string) => (fehler?.field === name ? fehler.message : null);
  // The list may arrive after the form opened: the select then shows its first entry, so that is the choice.
  const staetteId = werte.betriebsstaetteId || betriebsstaetten?.[0]?.id || '';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (laeuft) return;
    if (!werte.email.trim()) {
      setFehler({ message: 'Bitte geben Sie eine E-Mail-Adresse ein.', field: 'email' });
      return emailRef.current?.focus();
    }
    setFehler(null);
    setLaeuft(true);
    try {
      await onSenden({ ...werte, betriebsstaetteId: staetteId, email: werte.email.trim() });
    } catch (error) {
      const e = toApiError(error);
      setFehler(e);
      if (e.field === 'email' || !e.field) emailRef.current?.focus();
    } finally {
      setLaeuft(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`} ref={titelRef} tabIndex={-1}>
        {titel}
      </h2>
      <p>{einleitung}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={laeuft}>
        {betriebsstaetten && betriebsstaetten.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-staette`}>Betriebsstätte</label>
            <select
              id={`${id}-staette`}
              value={staetteId}
              onChange={(e) => setze('betriebsstaetteId')(e.target.value)}
            >
              {betriebsstaetten.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {mitNamen && (
          <>
            <Feld
              id={`${id}-vorname`}
              label="Vorname"
              type="text"
              autoComplete="off"
              value={werte.vorname}
              onChange={setze('vorname')}
              fehler={feldFehler('vorname')}
            />
            <Feld
              id={`${id}-nachname`}
              label="Nachname"
              type="text"
              autoComplete="off"
              value={werte.nachname}
              onChange={setze('nachname')}
              fehler={feldFehler('nachname')}
            />
          </>
        )}
        <Feld
          id={`${id}-email`}
          label="E-Mail-Adresse"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={werte.email}
          onChange={setze('email')}
          inputRef={emailRef}
          fehler={feldFehler('email')}
        />
        {fehler && !['email', 'vorname', 'nachname'].includes(fehler.field ?? '') && (
          <ErrorAlert>
            <p>{fehler.message}</p>
          </ErrorAlert>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {laeuft ? 'Wird gesendet …' : senden}
          </button>
          <button type="button" className="button button-secondary" onClick={onAbbrechen}>
            Abbrechen
          </button>
        </div>
      </form>
    </section>
  );
}
