import type { KontoStatus } from '../../../gql/graphql';

export const KONTO_STATUS_TEXT: Record<KontoStatus, string> = {
  KEIN_KONTO: 'noch kein Konto',
  EINGELADEN: 'eingeladen, Passwort noch nicht festgelegt',
  AKTIV: 'vorhanden',
};

export function KontoStatusText({ status }: { status: KontoStatus }) {
  return <span className={status === 'AKTIV' ? 'badge badge-ok' : 'badge'}>{KONTO_STATUS_TEXT[status]}</span>;
}
