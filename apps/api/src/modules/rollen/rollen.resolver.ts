import {
  assignRole,
  findBenutzerByEmail,
  listBenutzer,
  notFound,
  revokeRole,
  verwalteteBetriebsstaetten,
} from '@portal/domain';
import { isUUID } from 'class-validator';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { BetriebsstaetteRef, pageInfoOf } from '../../graphql/shared.types.js';
import { RolleZuweisenInput } from './rollen.inputs.js';
import { BenutzerConnection, VerwalteterBenutzer } from './rollen.types.js';

@Resolver()
export class RollenResolver {
  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => BenutzerConnection, { description: 'Personen mit Rollen in den verwalteten Betriebsstaetten' })
  async benutzerverwaltung(
    @Ctx() context: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('suche', () => String, { nullable: true }) suche?: string,
  ): Promise<BenutzerConnection> {
    const page = await listBenutzer(context.deps, viewerOf(context), { first, after, suche });
    return { nodes: page.items, totalCount: page.totalCount, pageInfo: pageInfoOf(page) };
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => VerwalteterBenutzer, {
    nullable: true,
    description: 'Registrierte Person mit genau dieser E-Mail-Adresse',
  })
  async benutzerSuchen(@Arg('email', () => String) email: string, @Ctx() context: GraphQLContext) {
    return findBenutzerByEmail(context.deps, viewerOf(context), email);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => [BetriebsstaetteRef], {
    description: 'Betriebsstaetten, in denen der Administrator Rollen vergeben darf',
  })
  async verwalteteBetriebsstaetten(@Ctx() context: GraphQLContext) {
    return verwalteteBetriebsstaetten(context.deps, viewerOf(context));
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => VerwalteterBenutzer)
  async rolleZuweisen(
    @Arg('input', () => RolleZuweisenInput) input: RolleZuweisenInput,
    @Ctx() context: GraphQLContext,
  ) {
    return assignRole(context.deps, viewerOf(context), input);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => VerwalteterBenutzer)
  async rolleEntziehen(
    @Arg('rollenzuweisungId', () => ID) rollenzuweisungId: string,
    @Ctx() context: GraphQLContext,
  ) {
    if (!isUUID(rollenzuweisungId)) throw notFound('Die Rollenzuweisung wurde nicht gefunden.');
    return revokeRole(context.deps, viewerOf(context), rollenzuweisungId);
  }
}
