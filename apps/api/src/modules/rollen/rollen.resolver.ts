import {
  assignRole,
  einladungAblehnen,
  einladungAnnehmen,
  findBenutzerByEmail,
  listBenutzer,
  meineEinladungen,
  revokeRole,
  rolleEinladen,
  verwalteteBetriebsstaetten,
} from '@portal/domain';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { BetriebsstaetteRef, pageInfoOf } from '../../graphql/shared.types.js';
import { RolleEinladenInput, RolleZuweisenInput } from './rollen.inputs.js';
import { BenutzerConnection, Einladung, RolleEinladenErgebnis, VerwalteterBenutzer } from './rollen.types.js';

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
    description:
      'Mitglied des Unternehmens mit genau dieser E-Mail-Adresse; null fuer jede andere Adresse (unbekannt oder fremd)',
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
    return revokeRole(context.deps, viewerOf(context), rollenzuweisungId);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => RolleEinladenErgebnis, {
    description:
      'Rolle per E-Mail-Adresse: Mitglieder sofort, alle anderen per Einladung (Profil - Berechtigungen)',
  })
  async rolleEinladen(
    @Arg('input', () => RolleEinladenInput) input: RolleEinladenInput,
    @Ctx() context: GraphQLContext,
  ) {
    return rolleEinladen(context.deps, viewerOf(context), input);
  }

  @Query(() => [Einladung], {
    description:
      'Profil - Berechtigungen: offene Einladungen der angemeldeten Person (auch ohne aktive Rolle)',
  })
  async meineEinladungen(@Ctx() context: GraphQLContext) {
    return meineEinladungen(context.deps, viewerOf(context));
  }

  @Mutation(() => Boolean, { description: 'Nimmt eine eigene Einladung an (nicht in Vertretung)' })
  async einladungAnnehmen(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return einladungAnnehmen(context.deps, viewerOf(context), id);
  }

  @Mutation(() => Boolean, { description: 'Lehnt eine eigene Einladung ab (nicht in Vertretung)' })
  async einladungAblehnen(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return einladungAblehnen(context.deps, viewerOf(context), id);
  }
}
