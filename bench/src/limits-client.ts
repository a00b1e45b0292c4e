// The load generator and the /healthz probe of limits.bench.ts, in a child process of their own: the
// server's CPU time is then the bench process's CPU time, and a stalled server cannot delay the probe's
// own clock. Driven over IPC (process.send): one answer per order, with the order's id.

/** One POST /graphql: the document and the headers (cookie and CSRF token, if any). */
export interface Anfrage {
  query: string;
  headers: Record<string, string>;
}

/**
 * Every request carries a comment of its own: the document is then new to Apollo's cache of parsed
 * and validated documents, as it is for anyone who wants to cost the server time (a comment is no
 * token, so it does not count against the token limit).
 */
let laufend = 0;
const einmalig = (query: string) => `${query}\n# ${process.pid}-${laufend++}`;

export type Auftrag =
  | { id: number; art: 'folge'; url: string; anfrage: Anfrage; runs: number }
  | { id: number; art: 'last'; url: string; anfragen: Anfrage[]; clients: number; ms: number }
  | { id: number; art: 'probe-start'; url: string; intervalMs: number }
  | { id: number; art: 'probe-stop' };

export interface FolgeErgebnis {
  /** Wall time per request as the client saw it (send to last byte), ms. */
  wall: number[];
  status: number[];
  /** The first answer's body, parsed. */
  erste: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface LastErgebnis {
  wall: number[];
  /** Answers that were not 200 or carried errors. */
  fehlerhaft: number;
  ms: number;
}

export interface ProbeErgebnis {
  latenz: number[];
  nichtOk: number;
}

async function senden(url: string, anfrage: Anfrage): Promise<{ status: number; text: string; ms: number }> {
  const t0 = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...anfrage.headers },
    body: JSON.stringify({ query: einmalig(anfrage.query) }),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - t0 };
}

async function folge(url: string, anfrage: Anfrage, runs: number): Promise<FolgeErgebnis> {
  const wall: number[] = [];
  const status: number[] = [];
  let erste: FolgeErgebnis['erste'] = {};
  for (let i = 0; i < runs; i++) {
    const r = await senden(url, anfrage);
    wall.push(r.ms);
    status.push(r.status);
    if (i === 0) erste = JSON.parse(r.text) as FolgeErgebnis['erste'];
  }
  return { wall, status, erste };
}

/** `clients` loops, each sending its request again as soon as the answer is in, for `ms`. */
async function last(url: string, anfragen: Anfrage[], clients: number, ms: number): Promise<LastErgebnis> {
  const wall: number[] = [];
  let fehlerhaft = 0;
  const begin = performance.now();
  const ende = begin + ms;
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const anfrage = anfragen[i % anfragen.length];
      while (performance.now() < ende) {
        const r = await senden(url, anfrage);
        wall.push(r.ms);
        if (r.status !== 200 || r.text.startsWith('{"errors"')) fehlerhaft++;
      }
    }),
  );
  return { wall, fehlerhaft, ms: performance.now() - begin };
}

/** GET /healthz every `intervalMs` (the next one waits for the answer), until stopped. */
function probe(url: string, intervalMs: number) {
  const latenz: number[] = [];
  let nichtOk = 0;
  let laeuft = true;
  const fertig = (async () => {
    while (laeuft) {
      const t0 = performance.now();
      try {
        const response = await fetch(`${url}/healthz`);
        await response.arrayBuffer();
        if (response.status !== 200) nichtOk++;
      } catch {
        nichtOk++;
      }
      const ms = performance.now() - t0;
      latenz.push(ms);
      if (laeuft && ms < intervalMs) await new Promise((resolve) => setTimeout(resolve, intervalMs - ms));
    }
  })();
  return async (): Promise<ProbeErgebnis> => {
    laeuft = false;
    await fertig;
    return { latenz, nichtOk };
  };
}

if (process.send) {
  let stoppen: (() => Promise<ProbeErgebnis>) | undefined;
  process.on('message', async (auftrag: Auftrag) => {
    const antwort = (ergebnis: unknown) => process.send?.({ id: auftrag.id, ergebnis });
    try {
      if (auftrag.art === 'folge') antwort(await folge(auftrag.url, auftrag.anfrage, auftrag.runs));
      else if (auftrag.art === 'last')
        antwort(await last(auftrag.url, auftrag.anfragen, auftrag.clients, auftrag.ms));
      else if (auftrag.art === 'probe-start') {
        stoppen = probe(auftrag.url, auftrag.intervalMs);
        antwort(null);
      } else if (auftrag.art === 'probe-stop') antwort(await stoppen?.());
    } catch (error) {
      process.send?.({ id: auftrag.id, fehler: String(error) });
    }
  });
}
