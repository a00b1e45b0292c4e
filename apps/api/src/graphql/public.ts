import { DomainError } from '@portal/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { GraphQLContext } from './context.js';

/** Marks one of the few root fields that answer without a session (login, me). */
export const Public = () => Extensions({ public: true });

function isPublic(info: GraphQLResolveInfo): boolean {
  return info.parentType.getFields()[info.fieldName]?.extensions?.public === true;
}

/**
 * Every root field needs a session unless marked @Public(): authentication is the default, so a
 * new resolver cannot be left open by forgetting a decorator. A session also needs its CSRF token.
 */
export const requireSession: MiddlewareFn<GraphQLContext> = async ({ context, info }, next) => {
  const root = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (root) {
    if (!context.viewer && !isPublic(info)) {
      throw new DomainError(context.csrfRejected ? 'CSRF_UNGUELTIG' : 'UNAUTHENTICATED');
    }
    // The deputy's Vertretung ended: nothing of this request may run (neither for the principal nor
    // silently as the deputy); the next request acts as the deputy.
    if (context.vertretungBeendet && !isPublic(info)) throw new DomainError('VERTRETUNG_BEENDET');
  }
  return next();
};
