import { createContext, useContext } from 'react';
import type { MeFieldsFragment } from '../../../gql/graphql';

export type CurrentMe = MeFieldsFragment;

/** The logged-in person, provided by the app shell once `me` has loaded. */
export const MeContext = createContext<CurrentMe | null>(null);

export function useMe(): CurrentMe {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() wird außerhalb der angemeldeten Oberfläche verwendet.');
  return me;
}
