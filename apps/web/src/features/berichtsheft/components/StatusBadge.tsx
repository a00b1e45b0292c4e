import type { NachweisStatus } from '../../../gql/graphql';
import { STATUS_TEXT, statusBadgeKlasse } from './nachweisText';

/** The state of a Nachweis as text (colour only supports it). */
export function StatusBadge({ status }: { status: NachweisStatus }) {
  return <span className={statusBadgeKlasse(status)}>{STATUS_TEXT[status]}</span>;
}
