// The load generator: its own process, never the server's. HTTP/1.1 with keep-alive, `connections`
// sockets, each sending its next request as soon as the previous answer is in (closed loop), for
// `durationMs` or until every body was sent once (`einmal`). Plain node:http: no dependency to
// install and nothing between the socket and the clock but Node's HTTP parser.
//
// From the command line (prints one JSON object):
//   node --import @swc-node/register/esm-register bench/src/loadgen.ts --url http://127.0.0.1:3000/graphql \
//     --body '{"query":"{ ok }"}' -H 'cookie: …' --connections 10 --duration 5
// As a child process (fork): one order per IPC message, one answer with the order's id.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface LastAuftrag {
  /** POST target, e.g. http://127.0.0.1:3000/graphql. */
  url: string;
  /** Request bodies, sent round-robin; with `einmal` each once (the run ends when all are sent). */
  bodies: string[];
  headers: Record<string, string>;
  connections: number;
  durationMs: number;
  einmal?: boolean;
}

export interface LastErgebnis {
  /** Requests completed: answered (any status) or failed on the socket. */
  requests: number;
  /** Good answers (2xx without GraphQL errors) per second of the run. */
  rps: number;
  /** Latency of the good answers, ms (send to last byte); of all answers when none was good. */
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  /** 2xx answers carrying GraphQL `errors`, plus requests that failed on the socket. */
  errors: number;
  /** Answers with a status other than 2xx. */
  non2xx: number;
  /** Length of the run, ms. */
  ms: number;
  /** The first answer that was not good (status and the start of its body), for the error message. */
  ersterFehler?: string;
}

/**
 * As a browser sends it: the server compresses answers over its threshold, and that is part of
 * what a request costs. The answer is decompressed here to look for GraphQL errors.
 */
const ACCEPT_ENCODING = 'gzip, deflate, br';

function entpacken(body: Buffer, encoding: string | undefined): string {
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'deflate') return inflateSync(body).toString('utf8');
  return body.toString('utf8');
}

function perzentil(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

export async function last(auftrag: LastAuftrag): Promise<LastErgebnis> {
  const ziel = new URL(auftrag.url);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: auftrag.connections,
    maxFreeSockets: auftrag.connections,
  });
  const gut: number[] = [];
  const alle: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let socketFehler = 0;
  let ersterFehler: string | undefined;
  let naechster = 0;
  const begin = performance.now();
  const ende = begin + auftrag.durationMs;

  const senden = (body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: ziel.hostname,
          port: ziel.port,
          path: `${ziel.pathname}${ziel.search}`,
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'accept-encoding': ACCEPT_ENCODING,
            ...auftrag.headers,
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            try {
              const text = entpacken(Buffer.concat(chunks), res.headers['content-encoding']);
              resolve({ status: res.statusCode ?? 0, text });
            } catch (error) {
              reject(error);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const verbindung = async () => {
    for (;;) {
      if (performance.now() >= ende) return;
      if (auftrag.einmal && naechster >= auftrag.bodies.length) return;
      const body = auftrag.bodies[naechster++ % auftrag.bodies.length];
      const t0 = performance.now();
      try {
        const { status, text } = await senden(body);
        const ms = performance.now() - t0;
        alle.push(ms);
        const ok2xx = status >= 200 && status < 300;
        // Data fields never contain the key "errors": only a GraphQL error list does.
        const graphqlFehler = text.includes('"errors":[');
        if (!ok2xx) non2xx++;
        else if (graphqlFehler) errors++;
        else gut.push(ms);
        if ((!ok2xx || graphqlFehler) && !ersterFehler) ersterFehler = `${status} ${text.slice(0, 300)}`;
      } catch (error) {
        errors++;
        socketFehler++;
        ersterFehler ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: auftrag.connections }, verbindung));
  const ms = performance.now() - begin;
  agent.destroy();
  const latenzen = Float64Array.from(gut.length > 0 ? gut : alle).sort();
  return {
    requests: alle.length + socketFehler,
    rps: Math.round((gut.length / (ms / 1000)) * 10) / 10,
    p50: perzentil(latenzen, 50),
    p90: perzentil(latenzen, 90),
    p95: perzentil(latenzen, 95),
    p99: perzentil(latenzen, 99),
    max: perzentil(latenzen, 100),
    errors,
    non2xx,
    ms: Math.round(ms),
    ersterFehler,
  };
}

function kommandozeile(argv: string[]): LastAuftrag {
  const auftrag: LastAuftrag = { url: '', bodies: [], headers: {}, connections: 10, durationMs: 5000 };
  for (let i = 0; i < argv.length; i++) {
    const wert = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    const arg = argv[i];
    if (arg === '--url') auftrag.url = wert();
    else if (arg === '--body') auftrag.bodies.push(wert());
    else if (arg === '-H' || arg === '--header') {
      const h = wert();
      const doppelpunkt = h.indexOf(':');
      auftrag.headers[h.slice(0, doppelpunkt).trim().toLowerCase()] = h.slice(doppelpunkt + 1).trim();
    } else if (arg === '--connections' || arg === '-c') auftrag.connections = Number(wert());
    else if (arg === '--duration' || arg === '-d') auftrag.durationMs = Number(wert()) * 1000;
    else if (arg === '--once') auftrag.einmal = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!auftrag.url || auftrag.bodies.length === 0)
    throw new Error('--url and at least one --body are needed');
  if (!(auftrag.connections >= 1) || !(auftrag.durationMs > 0))
    throw new Error('bad --connections or --duration');
  return auftrag;
}

if (process.argv.length > 2) {
  const ergebnis = await last(kommandozeile(process.argv.slice(2)));
  const { ersterFehler, ...zahlen } = ergebnis;
  console.log(JSON.stringify(ersterFehler ? { ...zahlen, ersterFehler } : zahlen));
} else if (process.send) {
  process.on('message', async (nachricht: LastAuftrag & { id: number }) => {
    try {
      process.send?.({ id: nachricht.id, ergebnis: await last(nachricht) });
    } catch (error) {
      process.send?.({ id: nachricht.id, fehler: String(error) });
    }
  });
}
