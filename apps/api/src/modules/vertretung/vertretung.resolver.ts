import {
  meineBerechtigungen,
  meineVertretungen,
  offeneVertretungsantraege,
  vertretungAblehnen,
  vertretungBeantragen,
  vertretungBeenden,
  vertretungGenehmigen,
  vertretungHinzufuegen,
  vertretungKandidaten,
  vertretungMitarbeiterHinzufuegen,
  vertretungStarten,
  vertretungVerlassen,
} from '@portal/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { Person } from '../../graphql/shared.types.js';
import { meOf } from '../auth/auth.resolver.js';
import { Me } from '../auth/auth.types.js';
import { VertretungPersonInput } from './vertretung.inputs.js';
import {
  Vertretung,
  VertretungGenehmigt,
  Vertretungsantrag,
  Vertretungsberechtigung,
} from './vertretung.types.js';

/** Vertretung (deputies): Profil - Vertretung, Profil - Berechtigungen and the IHK's approval. */
@Resolver()
export class VertretungResolver {
  @Query(() => [Vertretung], { description: 'Profil - Vertretung: die eigenen Vertretungen' })
  async meineVertretungen(@Ctx() context: GraphQLContext) {
    return meineVertretungen(context.deps, viewerOf(context));
  }

  @Query(() => [Person], {
    description: 'Ausbilder/-innen des gewaehlten Unternehmens, die als Vertretung hinterlegt werden koennen',
  })
  async vertretungKandidaten(@Ctx() context: GraphQLContext) {
    return vertretungKandidaten(context.deps, viewerOf(context));
  }

  @Mutation(() => Vertretung, {
    description: 'Hinterlegt ein bestehendes Konto als Vertretung (E-Mail-Adresse und Name muessen passen)',
  })
  async vertretungHinzufuegen(
    @Arg('input', () => VertretungPersonInput) input: VertretungPersonInput,
    @Ctx() context: GraphQLContext,
  ) {
    return vertretungHinzufuegen(context.deps, viewerOf(context), input);
  }

  @Mutation(() => Vertretung, { description: 'Hinterlegt eine Ausbilderin/einen Ausbilder des Unternehmens' })
  async vertretungMitarbeiterHinzufuegen(
    @Arg('userId', () => ID) userId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return vertretungMitarbeiterHinzufuegen(context.deps, viewerOf(context), userId);
  }

  @Mutation(() => Vertretung, {
    description: 'Beantragt eine Vertretung fuer eine Person ohne Konto; die IHK genehmigt sie',
  })
  async vertretungBeantragen(
    @Arg('input', () => VertretungPersonInput) input: VertretungPersonInput,
    @Ctx() context: GraphQLContext,
  ) {
    return vertretungBeantragen(context.deps, viewerOf(context), input);
  }

  @Mutation(() => Vertretung, {
    description: 'Beendet eine Vertretung sofort (vertretene oder vertretende Person)',
  })
  async vertretungBeenden(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return vertretungBeenden(context.deps, viewerOf(context), id);
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => [Vertretungsantrag], {
    description: 'IHK-Backoffice: beantragte Vertretungen der eigenen Kammer',
  })
  async offeneVertretungsantraege(@Ctx() context: GraphQLContext) {
    return offeneVertretungsantraege(context.deps, viewerOf(context));
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => VertretungGenehmigt, {
    description: 'IHK: genehmigt eine Vertretung, legt das Konto an und laedt ein',
  })
  async vertretungGenehmigen(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return vertretungGenehmigen(context.deps, viewerOf(context), id);
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => Vertretung, { description: 'IHK: lehnt eine beantragte Vertretung ab' })
  async vertretungAblehnen(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return vertretungAblehnen(context.deps, viewerOf(context), id);
  }

  @Query(() => [Vertretungsberechtigung], { description: 'Profil - Berechtigungen: wen man vertreten darf' })
  async meineBerechtigungen(@Ctx() context: GraphQLContext) {
    return meineBerechtigungen(context.deps, viewerOf(context));
  }

  @Mutation(() => Me, { description: '"Zum Programm": diese Sitzung handelt fuer die vertretene Person' })
  async vertretungWechseln(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return meOf(context, await vertretungStarten(context.deps, viewerOf(context), id));
  }

  @Mutation(() => Me, { description: '"Zurueck zum eigenen Konto": die Sitzung handelt wieder fuer sich' })
  async vertretungVerlassen(@Ctx() context: GraphQLContext) {
    return meOf(context, await vertretungVerlassen(context.deps, viewerOf(context)));
  }
}
