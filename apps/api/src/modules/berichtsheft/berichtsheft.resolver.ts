import {
  abdeckung,
  ihreAuszubildenden,
  ladeNachweis,
  listEinstellungen,
  nachweisAblehnen,
  nachweisAnlegen,
  nachweisEinreichen,
  nachweiseSammelGenehmigen,
  nachweisGenehmigen,
  nachweisNachtraeglichAblehnen,
  nachweisSpeichern,
  offeneGenehmigungen,
  setEinstellung,
  wochenliste,
} from '@portal/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import {
  BerichtsheftEinstellungInput,
  NachweisAnlegenInput,
  NachweisEinreichenInput,
  NachweisEntscheidungInput,
  NachweisSpeichernInput,
} from './berichtsheft.inputs.js';
import {
  Abdeckung,
  AuszubildendeUebersicht,
  BerichtsheftEinstellung,
  Nachweis,
  NachweisGespeichert,
  OffeneGenehmigung,
  SammelErgebnis,
  WochenEintrag,
} from './berichtsheft.types.js';

@Resolver()
export class BerichtsheftResolver {
  @Query(() => [WochenEintrag], {
    description: 'Alle Wochen des Ausbildungsverhaeltnisses bis heute mit ihrem Stand',
  })
  async berichtsheftWochen(@Arg('vertragId', () => ID) vertragId: string, @Ctx() ctx: GraphQLContext) {
    return wochenliste(ctx.deps, viewerOf(ctx), vertragId);
  }

  @Query(() => Nachweis)
  async nachweis(@Arg('id', () => ID) nachweisId: string, @Ctx() ctx: GraphQLContext) {
    return ladeNachweis(ctx.deps, viewerOf(ctx), nachweisId);
  }

  @Query(() => [AuszubildendeUebersicht], { description: 'Ihre Auszubildenden (Ausbilder/-in laut Vertrag)' })
  async ihreAuszubildenden(@Ctx() ctx: GraphQLContext) {
    return ihreAuszubildenden(ctx.deps, viewerOf(ctx));
  }

  @Query(() => [OffeneGenehmigung], { description: 'Eingereichte Nachweise, die auf die Person warten' })
  async offeneGenehmigungen(@Ctx() ctx: GraphQLContext) {
    return offeneGenehmigungen(ctx.deps, viewerOf(ctx));
  }

  @Query(() => Abdeckung, { description: 'Abdeckung des Ausbildungsrahmenplans und Stunden nach Lernort' })
  async abdeckung(@Arg('vertragId', () => ID) vertragId: string, @Ctx() ctx: GraphQLContext) {
    return abdeckung(ctx.deps, viewerOf(ctx), vertragId);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => [BerichtsheftEinstellung], {
    description: 'Einstellungen fuer Ausbildungsnachweise der gewaehlten Betriebsstaette',
  })
  async berichtsheftEinstellungen(@Ctx() ctx: GraphQLContext) {
    return listEinstellungen(ctx.deps, viewerOf(ctx));
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => BerichtsheftEinstellung)
  async berichtsheftEinstellungSetzen(
    @Arg('input', () => BerichtsheftEinstellungInput) input: BerichtsheftEinstellungInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    await setEinstellung(ctx.deps, viewerOf(ctx), input);
    const alle = await listEinstellungen(ctx.deps, viewerOf(ctx));
    return (
      alle.find((e) => e.beruf.id === input.berufId) ?? {
        ...input,
        beruf: { id: input.berufId, bezeichnung: '' },
      }
    );
  }

  @Mutation(() => Nachweis)
  async nachweisAnlegen(
    @Arg('input', () => NachweisAnlegenInput) input: NachweisAnlegenInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return nachweisAnlegen(ctx.deps, viewerOf(ctx), input);
  }

  @Mutation(() => NachweisGespeichert, {
    description: 'Speichert den Entwurf; NACHWEIS_KONFLIKT, wenn inzwischen anders gespeichert wurde',
  })
  async nachweisSpeichern(
    @Arg('input', () => NachweisSpeichernInput) input: NachweisSpeichernInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return nachweisSpeichern(ctx.deps, viewerOf(ctx), input);
  }

  @Mutation(() => Nachweis)
  async nachweisEinreichen(
    @Arg('input', () => NachweisEinreichenInput) input: NachweisEinreichenInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return nachweisEinreichen(ctx.deps, viewerOf(ctx), input);
  }

  @Mutation(() => Nachweis)
  async nachweisGenehmigen(
    @Arg('input', () => NachweisEntscheidungInput) input: NachweisEntscheidungInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return nachweisGenehmigen(ctx.deps, viewerOf(ctx), input);
  }

  @Mutation(() => Nachweis)
  async nachweisAblehnen(
    @Arg('input', () => NachweisEntscheidungInput) input: NachweisEntscheidungInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return nachweisAblehnen(ctx.deps, viewerOf(ctx), input);
  }

  @Mutation(() => Nachweis, {
    description:
      'Ausbilder/-in lehnt einen genehmigten Nachweis nachtraeglich ab; er wird wieder bearbeitbar',
  })
  async nachweisNachtraeglichAblehnen(
    @Arg('input', () => NachweisEntscheidungInput) input: NachweisEntscheidungInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return nachweisNachtraeglichAblehnen(ctx.deps, viewerOf(ctx), input);
  }

  @Mutation(() => [SammelErgebnis], {
    description: 'Genehmigt mehrere eingereichte Nachweise; Ergebnis je Nachweis',
  })
  async nachweiseSammelGenehmigen(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: GraphQLContext,
    @Arg('bemerkung', () => String, { nullable: true }) bemerkung?: string,
  ) {
    return nachweiseSammelGenehmigen(ctx.deps, viewerOf(ctx), ids, bemerkung);
  }
}

/** The saved Nachweis in full, for a client that asks for it (the SPA's autosave does not). */
@Resolver(() => NachweisGespeichert)
export class NachweisGespeichertResolver {
  @FieldResolver(() => Nachweis, {
    description: 'Der ganze Nachweis; wird nur geladen, wenn er abgefragt wird',
  })
  async nachweis(@Root() gespeichert: NachweisGespeichert, @Ctx() ctx: GraphQLContext) {
    return ladeNachweis(ctx.deps, viewerOf(ctx), gespeichert.id);
  }
}
