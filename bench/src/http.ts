import { PASSWORD } from './portal-seed.js';

export interface Antwort {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A signed-in user as the SPA is one: the session cookie and the CSRF header. For single requests
 * (setup, checks, statement counts); load comes from the load generator's process.
 */
export class Sitzung {
  private cookie = '';
  private csrf = '';
  constructor(
    private readonly graphqlUrl: string,
    readonly email: string,
  ) {}

  static async anmelden(graphqlUrl: string, email: string): Promise<Sitzung> {
    const s = new Sitzung(graphqlUrl, email);
    const antwort = await s.gql('mutation($i: LoginInput!) { login(input: $i) { benutzer { id } } }', {
      i: { email, password: PASSWORD },
    });
    if (antwort.errors) throw new Error(`login ${email}: ${JSON.stringify(antwort.errors)}`);
    return s;
  }

  /** The headers a signed-in SPA sends with every request. */
  get headers(): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrf };
  }

  async gql(query: string, variables: Record<string, unknown> = {}): Promise<Antwort> {
    const response = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) {
      const paare = cookies.map((line) => line.split(';')[0]);
      this.cookie = paare.join('; ');
      this.csrf = paare.find((p) => p.startsWith('portal_csrf='))?.slice('portal_csrf='.length) ?? '';
    }
    return (await response.json()) as Antwort;
  }
}
