import type { Prisma } from '@portal/db';
import { onBehalfOf, type Viewer } from '../arbeitsbereich/viewer.js';

export interface AuditEintrag {
  action: string;
  subjectType: string;
  subjectId: string;
  unternehmenId?: string | null;
  data?: Prisma.InputJsonValue;
}

/**
 * Records who did what: the person logged in, on behalf of the principal while in Vertretung.
 * Written in the caller's transaction, so the record exists exactly when the change does.
 */
export function audit(
  tx: Pick<Prisma.TransactionClient, 'auditEvent'>,
  viewer: Pick<Viewer, 'userId' | 'principalUserId'>,
  event: AuditEintrag,
  now?: Date,
) {
  return tx.auditEvent.create({
    data: {
      at: now,
      actorUserId: viewer.userId,
      onBehalfOfUserId: onBehalfOf(viewer as Viewer),
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      unternehmenId: event.unternehmenId ?? null,
      data: event.data,
    },
  });
}
