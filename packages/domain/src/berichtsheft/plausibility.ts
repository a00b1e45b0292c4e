import { hoechstensZweiNachkommastellen } from '../shared/zahlen.js';
import { dayCount, formatDe, type IsoDate, isIsoDate, overlaps } from './dates.js';

export const MAX_TAGE = 7;
export const MAX_STUNDEN = 24;
/** Arbeitszeitgesetz: more than 10 hours a day only by exception. */
export const WARN_STUNDEN = 10;

export interface TagEingabe {
  datum: IsoDate;
  stunden: number | null;
}

export interface NachweisZeitraum {
  von: IsoDate;
  bis: IsoDate;
  tage: TagEingabe[];
}

export interface PlausibilityContext {
  vertrag: { beginn: IsoDate; ende: IsoDate };
  /** Only the first Nachweis of a contract may be longer than 7 days (earlier paper records). */
  istErsterNachweis: boolean;
  /** The contract's other Nachweise. */
  andere: { von: IsoDate; bis: IsoDate }[];
}

export interface Befund {
  /** The input field, e.g. "bis" or "tage.2.stunden". */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

const error = (field: string, message: string): Befund => ({ field, message, severity: 'error' });
const warning = (field: string, message: string): Befund => ({ field, message, severity: 'warning' });

/**
 * The Plausibilitaetspruefung of a Nachweis: every rule in one pure function, so the API, the
 * export check and the tests share it. Errors block saving the period and submitting; warnings
 * are shown and allowed.
 */
export function pruefeNachweis(nachweis: NachweisZeitraum, ctx: PlausibilityContext): Befund[] {
  const befunde: Befund[] = [];
  if (!isIsoDate(nachweis.von)) return [error('von', 'Bitte geben Sie ein gültiges Anfangsdatum ein.')];
  if (!isIsoDate(nachweis.bis)) return [error('bis', 'Bitte geben Sie ein gültiges Enddatum ein.')];
  if (nachweis.bis < nachweis.von) {
    return [error('bis', 'Das Enddatum darf nicht vor dem Anfangsdatum liegen.')];
  }
  const tage = dayCount(nachweis.von, nachweis.bis);
  if (tage > MAX_TAGE && !ctx.istErsterNachweis) {
    befunde.push(
      error(
        'bis',
        `Ein Nachweis umfasst höchstens ${MAX_TAGE} Tage (hier ${tage}). Nur der erste Nachweis eines Ausbildungsverhältnisses darf länger sein.`,
      ),
    );
  }
  if (nachweis.von < ctx.vertrag.beginn) {
    befunde.push(
      error('von', `Der Nachweis beginnt vor dem Ausbildungsbeginn am ${formatDe(ctx.vertrag.beginn)}.`),
    );
  }
  if (nachweis.bis > ctx.vertrag.ende) {
    befunde.push(
      error('bis', `Der Nachweis endet nach dem Ausbildungsende am ${formatDe(ctx.vertrag.ende)}.`),
    );
  }
  const ueberschneidung = ctx.andere.find((anderer) => overlaps(anderer, nachweis));
  if (ueberschneidung) {
    befunde.push(
      error(
        'von',
        `Der Zeitraum überschneidet sich mit dem Nachweis vom ${formatDe(ueberschneidung.von)} bis ${formatDe(ueberschneidung.bis)}.`,
      ),
    );
  }
  const gesehen = new Set<IsoDate>();
  nachweis.tage.forEach((tag, index) => {
    const field = `tage.${index}`;
    if (!isIsoDate(tag.datum) || tag.datum < nachweis.von || tag.datum > nachweis.bis) {
      befunde.push(error(`${field}.datum`, 'Der Tag liegt nicht im Zeitraum des Nachweises.'));
    } else if (gesehen.has(tag.datum)) {
      befunde.push(error(`${field}.datum`, `Der ${formatDe(tag.datum)} ist doppelt erfasst.`));
    }
    gesehen.add(tag.datum);
    if (tag.stunden === null) return;
    if (!Number.isFinite(tag.stunden) || tag.stunden < 0 || tag.stunden > MAX_STUNDEN) {
      befunde.push(error(`${field}.stunden`, `Die Stunden müssen zwischen 0 und ${MAX_STUNDEN} liegen.`));
    } else if (!hoechstensZweiNachkommastellen(tag.stunden)) {
      befunde.push(
        error(
          `${field}.stunden`,
          'Bitte geben Sie die Stunden mit höchstens zwei Nachkommastellen an (z. B. 7,5).',
        ),
      );
    } else if (tag.stunden > WARN_STUNDEN) {
      befunde.push(
        warning(
          `${field}.stunden`,
          `Mehr als ${WARN_STUNDEN} Stunden am Tag sind nach dem Arbeitszeitgesetz nur ausnahmsweise zulässig.`,
        ),
      );
    }
  });
  return befunde;
}
