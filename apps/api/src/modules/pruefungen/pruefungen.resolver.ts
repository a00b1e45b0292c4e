import {
  anmeldungenCsv,
  ausbildungsberufe,
  kammerAnmeldungen,
  kammerPruefung,
  kammerPruefungen,
  pruefungAnlegen,
} from '@portal/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { AusbildungsberufRef } from '../azubis/azubis.types.js';
import { PruefungAnlegenInput } from './pruefungen.inputs.js';
import { Pruefung, Pruefungsanmeldung } from './pruefungen.types.js';

/** IHK back office: exam sessions and the registrations that reached the IHK. */
@Resolver()
export class PruefungenResolver {
  @Query(() => [AusbildungsberufRef], {
    description: 'Alle Ausbildungsberufe (Auswahl beim Anlegen einer Pruefung)',
  })
  async ausbildungsberufe(@Ctx() ctx: GraphQLContext) {
    viewerOf(ctx);
    return ausbildungsberufe(ctx.deps);
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => [Pruefung], { description: 'IHK: die Pruefungen der gewaehlten Kammer, neueste zuerst' })
  async kammerPruefungen(@Ctx() ctx: GraphQLContext) {
    return kammerPruefungen(ctx.deps, viewerOf(ctx));
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => Pruefung)
  async kammerPruefung(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return kammerPruefung(ctx.deps, viewerOf(ctx), id);
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => [Pruefungsanmeldung], {
    description: 'IHK: die Anmeldungen einer Pruefung, die bei der IHK angekommen sind',
  })
  async kammerAnmeldungen(@Arg('pruefungId', () => ID) pruefungId: string, @Ctx() ctx: GraphQLContext) {
    return kammerAnmeldungen(ctx.deps, viewerOf(ctx), pruefungId);
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => String, { description: 'IHK: die Anmeldungen als CSV (UTF-8 mit BOM, Semikolon) fuer Excel' })
  async anmeldungenCsv(@Arg('pruefungId', () => ID) pruefungId: string, @Ctx() ctx: GraphQLContext) {
    return anmeldungenCsv(ctx.deps, viewerOf(ctx), pruefungId);
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => Pruefung, { description: 'IHK: eine Pruefung fuer die gewaehlte Kammer anlegen' })
  async pruefungAnlegen(
    @Arg('input', () => PruefungAnlegenInput) input: PruefungAnlegenInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return pruefungAnlegen(ctx.deps, viewerOf(ctx), input);
  }
}
