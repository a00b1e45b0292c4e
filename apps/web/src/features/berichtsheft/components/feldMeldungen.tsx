import type { Befund } from '../../../shared/lib/apiError';

/** Which form control an API field ("abschnitt", "tage.2.stunden", "genehmigerEmail") belongs to. */
export function controlId(field: string): string | undefined {
  const tag = /^tage\.(\d+)\.(\w+)$/.exec(field);
  if (tag) return tag[2] === 'datum' ? `tag-${tag[1]}` : `tag-${tag[1]}-${tag[2]}`;
  switch (field) {
    case 'abschnitt':
      return 'nachweis-abschnitt';
    case 'taetigkeiten':
      return 'nachweis-taetigkeiten';
    case 'unterweisungen':
      return 'nachweis-unterweisungen';
    case 'berufsschule':
      return 'nachweis-berufsschule';
    case 'rahmenplanIds':
      return 'nachweis-rahmenplan';
    case 'genehmigerEmail':
      return 'nachweis-genehmiger-email';
    default:
      return undefined;
  }
}

/** The messages for one control: errors (blocking) and warnings (notes). */
export interface FeldMeldungen {
  fehler?: string;
  hinweis?: string;
}

export function meldungenFuer(id: string, befunde: readonly Befund[]): FeldMeldungen {
  const passend = befunde.filter((b) => controlId(b.field) === id);
  return {
    fehler: passend.find((b) => b.severity === 'error')?.message,
    hinweis: passend.find((b) => b.severity !== 'error')?.message,
  };
}

/** Findings that belong to no control on the form (e.g. the period "von"/"bis"). */
export function ohneFeld(befunde: readonly Befund[]): Befund[] {
  return befunde.filter((b) => b.severity === 'error' && controlId(b.field) === undefined);
}

/** aria-invalid and aria-describedby for a control with its messages. */
export function feldAttribute(id: string, meldungen: FeldMeldungen) {
  const beschrieben = [meldungen.fehler && `${id}-fehler`, meldungen.hinweis && `${id}-hinweis`]
    .filter(Boolean)
    .join(' ');
  return {
    'aria-invalid': meldungen.fehler ? true : undefined,
    'aria-describedby': beschrieben || undefined,
  };
}

export function FeldMeldung({ id, meldungen }: { id: string; meldungen: FeldMeldungen }) {
  return (
    <>
      {meldungen.fehler && (
        <p id={`${id}-fehler`} role="alert" className="field-error">
          {meldungen.fehler}
        </p>
      )}
      {meldungen.hinweis && (
        <p id={`${id}-hinweis`} className="field-warning">
          <strong>Hinweis:</strong> {meldungen.hinweis}
        </p>
      )}
    </>
  );
}
