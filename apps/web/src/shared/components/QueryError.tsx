import { toApiError } from '../lib/apiError';
import { ErrorAlert } from './ErrorAlert';

/** The German message of a failed query, shown as an alert. */
export function QueryError({ error }: { error: unknown }) {
  return (
    <ErrorAlert>
      <p>{toApiError(error).message}</p>
    </ErrorAlert>
  );
}
