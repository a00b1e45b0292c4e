import { DomainError } from '@portal/domain';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { GraphQLContext } from './context.js';

/** Marks one of the few root fields that answer without a session (login, me). */
export const Public = () => Extensions({ public: true });

/**
 * Every root field needs a session unless marked @Public(): authentication is the default, so a
 * new resolver cannot be left open by forgetting a decorator. A session also needs its CSRF token.
 * Wrapped around the root fields of the built schema only: a type-graphql global middleware would
 * run (asynchronously) on every field of every row, which cost more than the rows themselves.
 */
export function schuetzeWurzelfelder(schema: GraphQLSchema): GraphQLSchema {
  for (const typ of [schema.getQueryType(), schema.getMutationType()]) {
    for (const feld of Object.values(typ?.getFields() ?? {})) {
      if (feld.extensions?.public === true) continue;
      const resolve = feld.resolve ?? defaultFieldResolver;
      feld.resolve = (source, args, context: GraphQLContext, info) => {
        if (!context.viewer)
          throw new DomainError(context.csrfRejected ? 'CSRF_UNGUELTIG' : 'UNAUTHENTICATED');
        // The deputy's Vertretung ended: nothing of this request may run (neither for the principal
        // nor silently as the deputy); the next request acts as the deputy.
        if (context.vertretungBeendet) throw new DomainError('VERTRETUNG_BEENDET');
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
