import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Befund, SITZUNG_BEENDET_CODES, toApiError } from '../../../shared/lib/apiError';
import { NachweisDocument, NachweisSpeichernDocument } from '../graphql/berichtsheft';
import {
  entwurfLesen,
  entwurfLoeschen,
  entwurfSchreiben,
  gleicherInhalt,
  type Inhalt,
  inhaltVon,
  mitGespeichertemInhalt,
  type Nachweis,
  speichernInput,
} from './entwurf';

/** Pause after the last keystroke before the draft is saved. */
export const AUTOSAVE_MS = 800;
const MAX_WARTEZEIT_MS = 30_000;

export type SpeicherStatus =
  | { art: 'bereit' }
  | { art: 'wiederhergestellt' }
  | { art: 'speichert' }
  | { art: 'gespeichert'; um: Date }
  | { art: 'uebernommen' }
  | { art: 'offline' }
  | { art: 'ungueltig'; meldung: string }
  | { art: 'konflikt' }
  | { art: 'fehler'; meldung: string };

/** A save lost against another one: the other version (once loaded) to compare with ours. */
export interface Konflikt {
  andere: Nachweis | null;
  ladeFehler: string | null;
}

interface Start {
  inhalt: Inhalt;
  status: SpeicherStatus;
  konflikt: Konflikt | null;
  hinweis: string | null;
  /** An edit from this browser that can no longer be saved (shown so nothing typed is lost). */
  verworfen: Inhalt | null;
}

const gleicheTage = (a: Inhalt, b: Inhalt) =>
  a.tage.length === b.tage.length && a.tage.every((t, i) => t.datum === b.tage[i].datum);

/**
 * What the browser still holds for this Nachweis: an edit newer than the server's last save comes
 * back (or, when the server moved on in between, is offered in the conflict view).
 */
function startZustand(nachweis: Nachweis): Start {
  const serverInhalt = inhaltVon(nachweis);
  const lokal = entwurfLesen(nachweis.id);
  const bereit: Start = {
    inhalt: serverInhalt,
    status: { art: 'bereit' },
    konflikt: null,
    hinweis: null,
    verworfen: null,
  };
  if (!lokal) return bereit;
  const neuer = Date.parse(lokal.bearbeitetAm) > Date.parse(nachweis.updatedAt);
  if (!neuer || gleicherInhalt(lokal.inhalt, serverInhalt) || !gleicheTage(lokal.inhalt, serverInhalt)) {
    entwurfLoeschen(nachweis.id);
    return bereit;
  }
  if (!nachweis.abilities.canEdit) {
    entwurfLoeschen(nachweis.id);
    return {
      ...bereit,
      hinweis:
        'In diesem Browser waren noch ungespeicherte Änderungen vorhanden. Sie konnten nicht übernommen werden, weil der Nachweis inzwischen nicht mehr bearbeitet werden kann.',
      verworfen: lokal.inhalt,
    };
  }
  if (lokal.version === nachweis.version) {
    return { ...bereit, inhalt: lokal.inhalt, status: { art: 'wiederhergestellt' } };
  }
  return {
    ...bereit,
    inhalt: lokal.inhalt,
    status: { art: 'konflikt' },
    konflikt: { andere: nachweis, ladeFehler: null },
  };
}

/**
 * Editing a Nachweis with autosave: saves ~800 ms after the last change with the version last
 * received, keeps the pending edit in memory and in localStorage, retries with backoff while the
 * connection is gone, and stops on a conflict until the user decides which version counts.
 */
export function useNachweisBearbeitung(initial: Nachweis) {
  const client = useApolloClient();
  const [speichernMutation] = useMutation(NachweisSpeichernDocument);
  const id = initial.id;
  const [start] = useState(() => startZustand(initial));
  const [server, setServer] = useState<Nachweis>(initial);
  const [entwurf, setEntwurf] = useState<Inhalt>(start.inhalt);
  const [status, setStatus] = useState<SpeicherStatus>(start.status);
  const [konflikt, setKonflikt] = useState<Konflikt | null>(start.konflikt);
  const [befunde, setBefunde] = useState<Befund[]>([]);
  const [warnungen, setWarnungen] = useState<Befund[]>([]);
  const [verworfen, setVerworfen] = useState<Inhalt | null>(start.verworfen);

  const versionRef = useRef(initial.version);
  const basisRef = useRef(inhaltVon(initial));
  const entwurfRef = useRef(start.inhalt);
  const bearbeitbarRef = useRef(initial.abilities.canEdit);
  const pausiertRef = useRef(start.konflikt !== null);
  const laufRef = useRef<Promise<boolean> | null>(null);
  const debounceRef = useRef<number | undefined>(undefined);
  const wiederholungRef = useRef<number | undefined>(undefined);
  const versucheRef = useRef(0);

  const merken = useCallback(
    (inhalt: Inhalt) =>
      entwurfSchreiben(id, { inhalt, version: versionRef.current, bearbeitetAm: new Date().toISOString() }),
    [id],
  );

  /** Takes the server's state as the new starting point (after a transition or "Andere Fassung übernehmen"). */
  const serverStandUebernehmen = useCallback(
    (nachweis: Nachweis) => {
      window.clearTimeout(debounceRef.current);
      window.clearTimeout(wiederholungRef.current);
      const inhalt = inhaltVon(nachweis);
      versionRef.current = nachweis.version;
      basisRef.current = inhalt;
      entwurfRef.current = inhalt;
      bearbeitbarRef.current = nachweis.abilities.canEdit;
      pausiertRef.current = false;
      setServer(nachweis);
      setEntwurf(inhalt);
      setKonflikt(null);
      setBefunde([]);
      setWarnungen([]);
      entwurfLoeschen(id);
    },
    [id],
  );

  const konfliktLaden = useCallback(async () => {
    pausiertRef.current = true;
    // Until the user decides, the own version must survive a reload or another tab's save.
    if (!gleicherInhalt(entwurfRef.current, basisRef.current)) merken(entwurfRef.current);
    setStatus({ art: 'konflikt' });
    setKonflikt({ andere: null, ladeFehler: null });
    try {
      const { data } = await client.query({
        query: NachweisDocument,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      const andere = data?.nachweis;
      if (!andere) throw new Error('Keine Daten');
      if (gleicherInhalt(inhaltVon(andere), entwurfRef.current)) {
        // The other save holds exactly what we have: nothing to decide.
        serverStandUebernehmen(andere);
        setStatus({ art: 'gespeichert', um: new Date(andere.updatedAt) });
        return;
      }
      setKonflikt({ andere, ladeFehler: null });
    } catch (error) {
      setKonflikt({ andere: null, ladeFehler: toApiError(error).message });
    }
  }, [client, id, merken, serverStandUebernehmen]);

  const speichernRef = useRef<() => Promise<boolean>>(async () => true);

  const senden = useCallback(
    async (snapshot: Inhalt): Promise<boolean> => {
      window.clearTimeout(wiederholungRef.current);
      wiederholungRef.current = undefined;
      setStatus((alt) => (alt.art === 'offline' ? alt : { art: 'speichert' }));
      try {
        const { data } = await speichernMutation({
          variables: { input: speichernInput(id, versionRef.current, snapshot) },
        });
        const ergebnis = data?.nachweisSpeichern;
        if (!ergebnis) throw new Error('Keine Daten');
        versionRef.current = ergebnis.version;
        basisRef.current = snapshot;
        versucheRef.current = 0;
        // A save changes the content (which the browser sent), the version and the time: nothing else.
        setServer((alt) => mitGespeichertemInhalt(alt, snapshot, ergebnis));
        setWarnungen(ergebnis.warnungen);
        setBefunde([]);
        setStatus({ art: 'gespeichert', um: new Date() });
        // Typed on while the request ran: keep that newer edit (with the new version) for the next save.
        if (gleicherInhalt(entwurfRef.current, snapshot)) entwurfLoeschen(id);
        else merken(entwurfRef.current);
        return true;
      } catch (error) {
        const fehler = toApiError(error);
        if (fehler.verbindungsfehler) {
          setStatus({ art: 'offline' });
          const warten = Math.min(1000 * 2 ** versucheRef.current, MAX_WARTEZEIT_MS);
          versucheRef.current += 1;
          wiederholungRef.current = window.setTimeout(() => void speichernRef.current(), warten);
          return false;
        }
        if (fehler.code === 'NACHWEIS_KONFLIKT') {
          void konfliktLaden();
          return false;
        }
        if (fehler.code && SITZUNG_BEENDET_CODES.has(fehler.code)) {
          setStatus({
            art: 'fehler',
            meldung:
              'Nicht gespeichert – Ihre Sitzung ist beendet. Ihre Änderungen bleiben in diesem Browser erhalten und werden nach der Anmeldung gespeichert.',
          });
          return false;
        }
        if (fehler.code === 'NACHWEIS_UNPLAUSIBEL' || fehler.code === 'BAD_USER_INPUT') {
          setBefunde(
            fehler.befunde ??
              (fehler.field ? [{ field: fehler.field, message: fehler.message, severity: 'error' }] : []),
          );
          setStatus({ art: 'ungueltig', meldung: fehler.message });
          return false;
        }
        // Locked, gone or not allowed any more: stop and show the server's state.
        pausiertRef.current = true;
        setStatus({ art: 'fehler', meldung: `Nicht gespeichert – ${fehler.message}` });
        try {
          const { data } = await client.query({
            query: NachweisDocument,
            variables: { id },
            fetchPolicy: 'network-only',
          });
          if (data?.nachweis) {
            setServer(data.nachweis);
            bearbeitbarRef.current = data.nachweis.abilities.canEdit;
            if (!data.nachweis.abilities.canEdit && !gleicherInhalt(entwurfRef.current, basisRef.current)) {
              setVerworfen(entwurfRef.current);
              entwurfLoeschen(id);
            }
          }
        } catch {
          // The message above says enough.
        }
        return false;
      }
    },
    [client, id, konfliktLaden, merken, speichernMutation],
  );

  /** Saves the pending edit now (waits for a save already running); true when nothing is left unsaved. */
  const speichern = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(debounceRef.current);
    while (laufRef.current) await laufRef.current;
    if (pausiertRef.current || !bearbeitbarRef.current) return false;
    const snapshot = entwurfRef.current;
    if (gleicherInhalt(snapshot, basisRef.current)) return true;
    const lauf = senden(snapshot);
    laufRef.current = lauf;
    try {
      return await lauf;
    } finally {
      if (laufRef.current === lauf) laufRef.current = null;
    }
  }, [senden]);
  speichernRef.current = speichern;

  /** A change by the user: remembered at once, saved after a pause. */
  const aendern = useCallback((aenderung: (alt: Inhalt) => Inhalt) => {
    setEntwurf((alt) => {
      const neu = aenderung(alt);
      entwurfRef.current = neu;
      return neu;
    });
  }, []);

  useEffect(() => {
    if (!bearbeitbarRef.current) return;
    if (gleicherInhalt(entwurf, basisRef.current)) {
      if (!pausiertRef.current) entwurfLoeschen(id);
      return;
    }
    merken(entwurf);
    if (pausiertRef.current) return;
    window.clearTimeout(debounceRef.current);
    debounceRef.current = window.setTimeout(() => void speichernRef.current(), AUTOSAVE_MS);
  }, [entwurf, id, merken]);

  // Back online: try at once instead of waiting for the next retry. Tab hidden (app switch on a
  // phone, tab closed): save now instead of after the pause.
  useEffect(() => {
    const online = () => {
      if (wiederholungRef.current === undefined) return;
      window.clearTimeout(wiederholungRef.current);
      wiederholungRef.current = undefined;
      void speichernRef.current();
    };
    const sichtbarkeit = () => {
      if (document.visibilityState === 'hidden') void speichernRef.current();
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', sichtbarkeit);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', sichtbarkeit);
    };
  }, []);

  // Leaving the page: save what is pending (it also stays in localStorage until the server has it).
  useEffect(
    () => () => {
      window.clearTimeout(debounceRef.current);
      window.clearTimeout(wiederholungRef.current);
      void speichernRef.current();
    },
    [],
  );

  const meineFassungBehalten = useCallback(() => {
    const andere = konflikt?.andere;
    if (!andere) return;
    versionRef.current = andere.version;
    basisRef.current = inhaltVon(andere);
    bearbeitbarRef.current = andere.abilities.canEdit;
    pausiertRef.current = false;
    setServer(andere);
    setKonflikt(null);
    merken(entwurfRef.current);
    void speichern();
  }, [konflikt, merken, speichern]);

  const andereFassungUebernehmen = useCallback(() => {
    const andere = konflikt?.andere;
    if (!andere) return;
    serverStandUebernehmen(andere);
    setStatus({ art: 'uebernommen' });
  }, [konflikt, serverStandUebernehmen]);

  return {
    server,
    entwurf,
    aendern,
    status,
    konflikt,
    befunde,
    warnungen,
    hinweis: start.hinweis,
    verworfen,
    /** The version last received from the server (what a submit must name). */
    aktuelleVersion: () => versionRef.current,
    speichern,
    serverStandUebernehmen,
    konfliktLaden,
    meineFassungBehalten,
    andereFassungUebernehmen,
  };
}
