import 'reflect-metadata';
import { DomainError, rollenOf } from '@portal/domain';
import type { GraphQLSchema } from 'graphql';
import { type AuthChecker, buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AzubisResolver } from '../modules/azubis/azubis.resolver.js';
import {
  BerichtsheftResolver,
  NachweisGespeichertResolver,
} from '../modules/berichtsheft/berichtsheft.resolver.js';
import { GenehmigerResolver } from '../modules/genehmiger/genehmiger.resolver.js';
import { KammerResolver } from '../modules/kammer/kammer.resolver.js';
import { KammerKontenResolver } from '../modules/kammer-konten/kammer-konten.resolver.js';
import { KontenResolver } from '../modules/konten/konten.resolver.js';
import { AnmeldungResolver } from '../modules/pruefungen/anmeldung.resolver.js';
import { ErgebnisseResolver } from '../modules/pruefungen/ergebnisse.resolver.js';
import { PruefungenResolver } from '../modules/pruefungen/pruefungen.resolver.js';
import { RollenResolver } from '../modules/rollen/rollen.resolver.js';
import { VertretungResolver } from '../modules/vertretung/vertretung.resolver.js';
import type { GraphQLContext } from './context.js';
import { schuetzeWurzelfelder } from './public.js';

/** Coarse gate: a role in the selected Arbeitsbereich. Record-level rules are domain policies. */
const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  // type-graphql runs this inside the resolver, before the root-field guard: refuse like it does, or a
  // caller without a session (or without the CSRF header) would get FORBIDDEN on @Authorized fields.
  if (!context.viewer) throw new DomainError(context.csrfRejected ? 'CSRF_UNGUELTIG' : 'UNAUTHENTICATED');
  if (context.vertretungBeendet) throw new DomainError('VERTRETUNG_BEENDET');
  if (roles.length === 0) return true;
  const held = rollenOf(context.viewer);
  return roles.some((role) => held.includes(role as (typeof held)[number]));
};

export const resolvers = [
  AuthResolver,
  RollenResolver,
  AzubisResolver,
  KammerResolver,
  KammerKontenResolver,
  BerichtsheftResolver,
  NachweisGespeichertResolver,
  GenehmigerResolver,
  ErgebnisseResolver,
  PruefungenResolver,
  AnmeldungResolver,
  VertretungResolver,
  KontenResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  return schuetzeWurzelfelder(schema);
}
