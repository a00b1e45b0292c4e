import 'reflect-metadata';
import { rollenOf } from '@portal/domain';
import type { GraphQLSchema } from 'graphql';
import { type AuthChecker, buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AzubisResolver } from '../modules/azubis/azubis.resolver.js';
import { KammerResolver } from '../modules/kammer/kammer.resolver.js';
import { RollenResolver } from '../modules/rollen/rollen.resolver.js';
import type { GraphQLContext } from './context.js';
import { requireSession } from './public.js';

/** Coarse gate: a role in the selected Arbeitsbereich. Record-level rules are domain policies. */
const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  if (!context.viewer) return false;
  if (roles.length === 0) return true;
  const held = rollenOf(context.viewer);
  return roles.some((role) => held.includes(role as (typeof held)[number]));
};

export const resolvers = [AuthResolver, RollenResolver, AzubisResolver, KammerResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [requireSession],
    validate: { forbidUnknownValues: false },
  });
}
