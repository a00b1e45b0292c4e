import {
  type AnmeldungDto,
  anmeldungAblehnen,
  anmeldungBestaetigen,
  anmeldungEinreichen,
  anmeldungVorpruefung,
  anmeldungZulassen,
  anmeldungZurueckgeben,
  betriebPruefungen,
  ladeAnmeldung,
  meinePruefungsanmeldungen,
} from '@portal/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { loaderOf } from '../../graphql/loader.js';
import { AnmeldungEinreichenInput } from './pruefungen.inputs.js';
import {
  AnmeldungEreignis,
  AnmeldungVorpruefung,
  BetriebPruefungZeile,
  Pruefungsanmeldung,
} from './pruefungen.types.js';

/** The registration flow: Betrieb submits, Azubi confirms or sends back, IHK admits or rejects. */
@Resolver(() => Pruefungsanmeldung)
export class AnmeldungResolver {
  /**
   * The history. Single registrations come with it; the rows of lists leave it out, so it is
   * loaded here, for all rows of the answer in one batch, only if a client asks for it.
   */
  @FieldResolver(() => [AnmeldungEreignis])
  async ereignisse(@Root() anmeldung: AnmeldungDto, @Ctx() ctx: GraphQLContext) {
    return anmeldung.ereignisse ?? loaderOf(ctx).anmeldungEreignisse.load(anmeldung.id);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => [BetriebPruefungZeile], {
    description:
      'Betrieb: je offene oder kuerzliche Pruefung der Kammer die passenden Azubis und ihre Anmeldungen',
  })
  async betriebPruefungen(@Ctx() ctx: GraphQLContext) {
    return betriebPruefungen(ctx.deps, viewerOf(ctx));
  }

  @Query(() => Pruefungsanmeldung, {
    description: 'Eine Anmeldung (Betrieb, Azubi, IHK sobald sie dort ist)',
  })
  async pruefungsanmeldung(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ladeAnmeldung(ctx.deps, viewerOf(ctx), id);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => AnmeldungVorpruefung, {
    description: 'Hinweise vor dem Einreichen: fehlende Nachweise, alter letzter genehmigter Nachweis',
  })
  async anmeldungVorpruefung(
    @Arg('pruefungId', () => ID) pruefungId: string,
    @Arg('vertragId', () => ID) vertragId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return anmeldungVorpruefung(ctx.deps, viewerOf(ctx), pruefungId, vertragId);
  }

  @Query(() => [Pruefungsanmeldung], {
    description: 'Azubi: die eigenen Pruefungsanmeldungen ("Ihre Pruefungen")',
  })
  async meinePruefungsanmeldungen(@Ctx() ctx: GraphQLContext) {
    return meinePruefungsanmeldungen(ctx.deps, viewerOf(ctx));
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => Pruefungsanmeldung, {
    description:
      'Betrieb: Azubi anmelden oder zurueckgegebene Anmeldung erneut einreichen; geht an den Azubi',
  })
  async anmeldungEinreichen(
    @Arg('input', () => AnmeldungEinreichenInput) input: AnmeldungEinreichenInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return anmeldungEinreichen(ctx.deps, viewerOf(ctx), {
      ...input,
      pruefungId: input.pruefungId,
      vertragId: input.vertragId,
    });
  }

  @Mutation(() => Pruefungsanmeldung, { description: 'Azubi: Anmeldung bestaetigen; geht an die IHK' })
  async anmeldungBestaetigen(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return anmeldungBestaetigen(ctx.deps, viewerOf(ctx), id);
  }

  @Mutation(() => Pruefungsanmeldung, {
    description: 'Azubi: Anmeldung mit Bemerkung an den Betrieb zurueckgeben',
  })
  async anmeldungZurueckgeben(
    @Arg('id', () => ID) id: string,
    @Arg('bemerkung', () => String) bemerkung: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return anmeldungZurueckgeben(ctx.deps, viewerOf(ctx), id, bemerkung);
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => Pruefungsanmeldung, { description: 'IHK: zur Pruefung zulassen' })
  async anmeldungZulassen(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return anmeldungZulassen(ctx.deps, viewerOf(ctx), id);
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => Pruefungsanmeldung, { description: 'IHK: Anmeldung ablehnen (Begruendung erforderlich)' })
  async anmeldungAblehnen(
    @Arg('id', () => ID) id: string,
    @Arg('begruendung', () => String) begruendung: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return anmeldungAblehnen(ctx.deps, viewerOf(ctx), id, begruendung);
  }
}
