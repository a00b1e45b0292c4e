import { hashToken } from '../auth/auth.service.js';
import { istGedrosselt, type Limit } from '../konten/drosselung.js';
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
  const schluessel = `${art}:${hashToken(wert)}`;
  if (await istGedrosselt(deps, schluessel, limit)) throw new DomainError('ANFRAGEN_GEDROSSELT');
}
