import { isUniqueViolation } from '@portal/db';
import { istSachbearbeiterDerKammer } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { forbidden } from '../shared/errors.js';

/** The Kammer of an IHK clerk working in their Kammer Arbeitsbereich; anyone else is refused. */
export function kammerDesSachbearbeiters(viewer: Viewer): string {
  const kammerId = viewer.current?.art === 'KAMMER' ? viewer.current.id : null;
  if (!kammerId || !istSachbearbeiterDerKammer(viewer, kammerId)) throw forbidden();
  return kammerId;
}

/**
 * Runs a transaction that may create a user by e-mail once more when a parallel request created
 * the same address first (unique violation): the second run then finds the existing account.
 */
export async function mitWiederholung<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return run();
  }
}
