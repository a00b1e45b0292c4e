import { hashToken } from '../auth/auth.service.js';
import { drosselAdresse, istGedrosselt, type Limit } from '../konten/drosselung.js';
import type { DomainDeps } from '../shared/context.js';
import { DomainError } from '../shared/errors.js';

/**
 * Counts one request of a public form against its limit (shared `Drosselung` table, see
 * konten/drosselung.ts) and refuses with ANFRAGEN_GEDROSSELT beyond it. The key is hashed, so
 * neither client addresses nor e-mail addresses are stored.
 */
export async function formularDrosseln(
  deps: DomainDeps,
  art: string,
  wert: string,
  limit: Limit,
): Promise<void> {
  // Client addresses are normalized (IPv6 /64, IPv4-mapped); e-mail addresses pass unchanged.
  const schluessel = `${art}:${hashToken(drosselAdresse(wert))}`;
  if (await istGedrosselt(deps, schluessel, limit)) throw new DomainError('ANFRAGEN_GEDROSSELT');
}
