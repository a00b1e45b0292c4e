import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { ZustellungHinweis } from '../../konten/components/ZustellungHinweis';

export interface Eingang {
  hinweis: string;
  mailZugestellt: boolean;
  mailMeldung?: string | null;
  mailHinweis?: string | null;
}

/** The answer of a public form (the same for known and unknown e-mail addresses), focused when shown. */
export function FormularEingang({ titel, eingang }: { titel: string; eingang: Eingang }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className="card" aria-labelledby="eingang-titel">
      <h2 id="eingang-titel" ref={ref} tabIndex={-1}>
        {titel}
      </h2>
      <p role="status" className="notice notice-success">
        {eingang.hinweis}
      </p>
      <ZustellungHinweis
        zustellung={{
          zugestellt: eingang.mailZugestellt,
          meldung: eingang.mailMeldung ?? null,
          hinweis: eingang.mailHinweis ?? null,
        }}
      />
      <p>
        <Link to="/anmelden">Zur Anmeldung</Link>
      </p>
    </section>
  );
}
