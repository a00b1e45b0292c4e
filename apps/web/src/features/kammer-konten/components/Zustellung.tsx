import { ZustellungHinweis } from '../../konten/components/ZustellungHinweis';

/** The seed's "could not send" message for results that carry mailZugestellt/mailMeldung/mailHinweis. */
export function Zustellung({
  ergebnis,
}: {
  ergebnis: { mailZugestellt: boolean; mailMeldung?: string | null; mailHinweis?: string | null } | null;
}) {
  if (!ergebnis) return null;
  return (
    <ZustellungHinweis
      zustellung={{
        zugestellt: ergebnis.mailZugestellt,
        meldung: ergebnis.mailMeldung ?? null,
        hinweis: ergebnis.mailHinweis ?? null,
      }}
    />
  );
}
