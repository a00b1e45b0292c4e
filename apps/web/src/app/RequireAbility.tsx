import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import type { AbilityName } from './menu';

/** Pages behind an ability: without it (e.g. after switching the Betriebsstaette) back to the start page. */
export function RequireAbility({ ability, children }: { ability: AbilityName; children: ReactNode }) {
  const { abilities } = useMe();
  if (!abilities[ability]) return <Navigate to="/" replace />;
  return children;
}
