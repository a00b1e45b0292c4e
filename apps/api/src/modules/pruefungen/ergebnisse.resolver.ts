import {
  anmeldungErgebnis,
  ergebnisseEintragen,
  ergebnisseFreigeben,
  kammerPruefung,
  meineDokumente,
  pruefungErgebnisse,
  pruefungstermine,
  termineFreigeben,
  termineSpeichern,
  zeugnisAusstellen,
} from '@portal/domain';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { PruefungsterminInput, TeilergebnisInput } from './ergebnisse.inputs.js';
import { AnmeldungErgebnis, Dokument, Pruefungstermin } from './ergebnisse.types.js';
import { Pruefung } from './pruefungen.types.js';

/** Termine, Ergebnisse, Zeugnisse and "Profil – Dokumente" (issue 4). Rules live in packages/domain. */
@Resolver()
export class ErgebnisseResolver {
  @Query(() => [Pruefungstermin], {
    description:
      'Termine einer Pruefung: die IHK immer; Betrieb und Azubi mit Anmeldung erst nach der Freigabe, sonst leer',
  })
  async pruefungstermine(@Arg('pruefungId', () => ID) pruefungId: string, @Ctx() ctx: GraphQLContext) {
    return pruefungstermine(ctx.deps, viewerOf(ctx), pruefungId);
  }

  @Query(() => AnmeldungErgebnis, {
    nullable: true,
    description:
      'Ergebnisse einer Anmeldung; null, solange nichts freigegeben ist. Betrieb nur bis 14 Tage nach Vertragsende, Ausbilder nie',
  })
  async anmeldungErgebnis(@Arg('anmeldungId', () => ID) anmeldungId: string, @Ctx() ctx: GraphQLContext) {
    return anmeldungErgebnis(ctx.deps, viewerOf(ctx), anmeldungId);
  }

  @Query(() => [AnmeldungErgebnis], {
    description: 'Ergebnisse aller Azubis einer Pruefung, die die Person sehen darf',
  })
  async pruefungErgebnisse(@Arg('pruefungId', () => ID) pruefungId: string, @Ctx() ctx: GraphQLContext) {
    return pruefungErgebnisse(ctx.deps, viewerOf(ctx), pruefungId);
  }

  @Query(() => [Dokument], { description: 'Profil – Dokumente (z. B. Zeugnisse)' })
  async meineDokumente(@Ctx() ctx: GraphQLContext) {
    return meineDokumente(ctx.deps, viewerOf(ctx));
  }

  @Mutation(() => [Pruefungstermin], { description: 'IHK: ersetzt die Termine einer Pruefung' })
  async termineSpeichern(
    @Arg('pruefungId', () => ID) pruefungId: string,
    @Arg('termine', () => [PruefungsterminInput]) termine: PruefungsterminInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return termineSpeichern(ctx.deps, viewerOf(ctx), pruefungId, termine);
  }

  @Mutation(() => Pruefung, {
    description: 'IHK: gibt die Termine frei und benachrichtigt Betriebe und Azubis mit Anmeldung',
  })
  async termineFreigeben(@Arg('pruefungId', () => ID) pruefungId: string, @Ctx() ctx: GraphQLContext) {
    const viewer = viewerOf(ctx);
    await termineFreigeben(ctx.deps, viewer, pruefungId);
    return kammerPruefung(ctx.deps, viewer, pruefungId);
  }

  @Mutation(() => AnmeldungErgebnis, {
    description: 'IHK: traegt die Ergebnisse einer zugelassenen Anmeldung ein (ersetzt alle Teile)',
  })
  async ergebnisseEintragen(
    @Arg('anmeldungId', () => ID) anmeldungId: string,
    @Arg('teile', () => [TeilergebnisInput]) teile: TeilergebnisInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return ergebnisseEintragen(ctx.deps, viewerOf(ctx), {
      anmeldungId,
      teile,
    });
  }

  @Mutation(() => AnmeldungErgebnis, {
    description: 'IHK: gibt die Ergebnisse frei (Ergebnisdatum) und benachrichtigt den Azubi',
  })
  async ergebnisseFreigeben(@Arg('anmeldungId', () => ID) anmeldungId: string, @Ctx() ctx: GraphQLContext) {
    return ergebnisseFreigeben(ctx.deps, viewerOf(ctx), anmeldungId);
  }

  @Mutation(() => Dokument, {
    description: 'IHK: stellt das Zeugnis als PDF aus (nach der Freigabe der Ergebnisse)',
  })
  async zeugnisAusstellen(@Arg('anmeldungId', () => ID) anmeldungId: string, @Ctx() ctx: GraphQLContext) {
    return zeugnisAusstellen(ctx.deps, viewerOf(ctx), anmeldungId);
  }
}
