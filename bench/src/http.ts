import { percentile, round } from './report.js';

/** A logged-in client that sends cookies and the CSRF header like the SPA. */
export class BenchClient {
  private cookieHeader = '';
  private csrf = '';
  constructor(private readonly baseUrl: string) {}

  async gql(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: unknown; errors?: unknown[] }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader, 'x-csrf-token': this.csrf },
      body: JSON.stringify({ query, variables }),
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) {
      const pairs = cookies.map((line) => line.split(';')[0]);
      this.cookieHeader = pairs.join('; ');
      this.csrf = pairs.find((p) => p.startsWith('portal_csrf='))?.slice('portal_csrf='.length) ?? '';
    }
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  }

  async login(email: string, password: string) {
    const result = await this.gql('mutation($i: LoginInput!) { login(input: $i) { benutzer { id } } }', {
      i: { email, password },
    });
    if (result.errors) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
  }
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Sends `total` requests with `concurrency` in flight, bounded in count; returns throughput and latency. */
export async function load(
  send: () => Promise<unknown>,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let started = 0;
  const begin = performance.now();
  const worker = async () => {
    while (started < total) {
      started++;
      const t0 = performance.now();
      await send();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    requestsPerSecond: round(total / seconds, 1),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
