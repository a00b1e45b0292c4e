import { formatUhrzeit } from '../../../shared/lib/format';
import type { SpeicherStatus } from '../hooks/useNachweisBearbeitung';

function text(status: SpeicherStatus): string {
  switch (status.art) {
    case 'bereit':
      return 'Ihre Eingaben werden automatisch gespeichert.';
    case 'wiederhergestellt':
      return 'Nicht gespeicherte Eingaben aus diesem Browser wurden wiederhergestellt und werden gespeichert.';
    case 'speichert':
      return 'Wird gespeichert …';
    case 'gespeichert':
      return `Gespeichert um ${formatUhrzeit(status.um)}`;
    case 'uebernommen':
      return 'Die andere Fassung wurde übernommen.';
    case 'offline':
      return 'Nicht gespeichert – keine Verbindung. Neuer Versuch läuft …';
    case 'ungueltig':
      return `Nicht gespeichert – ${status.meldung}`;
    case 'konflikt':
      return 'Nicht gespeichert – der Nachweis wurde inzwischen an anderer Stelle geändert.';
    case 'fehler':
      return status.meldung;
  }
}

const WARNUNG: ReadonlySet<SpeicherStatus['art']> = new Set(['offline', 'ungueltig', 'konflikt', 'fehler']);

/** The autosave's state in words, announced politely. */
export function SpeicherStatusZeile({ status }: { status: SpeicherStatus }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={`speicher-status nachweis-formular-status${WARNUNG.has(status.art) ? ' speicher-status-warnung' : ''}`}
    >
      {text(status)}
    </p>
  );
}
