import {
  ausbilderKandidaten,
  listAusbildungsverhaeltnisse,
  listEigeneAusbildungsverhaeltnisse,
  vertragAusbilderAendern,
} from '@portal/domain';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { isoDate, Person, pageInfoOf } from '../../graphql/shared.types.js';
import { KontoStatus } from '../konten/konten.types.js';
import { Ausbildungsverhaeltnis, AusbildungsverhaeltnisConnection } from './azubis.types.js';

type VertragRow = Awaited<ReturnType<typeof listEigeneAusbildungsverhaeltnisse>>[number];

const toVertrag = (row: VertragRow): Ausbildungsverhaeltnis => ({
  ...row,
  hatAccount: row.azubiUser !== null,
  kontoStatus: KontoStatus[row.kontoStatus],
  beginn: isoDate(row.beginn),
  ende: isoDate(row.ende),
});

@Resolver()
export class AzubisResolver {
  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => AusbildungsverhaeltnisConnection, {
    description: 'Azubi-Verwaltung: Ausbildungsverhaeltnisse der verwalteten Betriebsstaetten',
  })
  async azubiVerwaltung(
    @Ctx() context: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AusbildungsverhaeltnisConnection> {
    const page = await listAusbildungsverhaeltnisse(context.deps, viewerOf(context), { first, after });
    return { nodes: page.items.map(toVertrag), totalCount: page.totalCount, pageInfo: pageInfoOf(page) };
  }

  @Query(() => [Person], {
    description:
      'Wer im Vertrag als Ausbilder/-in eingetragen werden kann (Rolle Ausbilder in seiner Betriebsstaette)',
  })
  async ausbilderKandidaten(@Arg('vertragId', () => ID) vertragId: string, @Ctx() context: GraphQLContext) {
    return ausbilderKandidaten(context.deps, viewerOf(context), vertragId);
  }

  @Mutation(() => Ausbildungsverhaeltnis, {
    description:
      'Traegt eine andere Person als Ausbilder/-in im Vertrag ein; die bisherige verliert den Zugriff sofort',
  })
  async vertragAusbilderAendern(
    @Arg('vertragId', () => ID) vertragId: string,
    @Arg('ausbilderUserId', () => ID) ausbilderUserId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Ausbildungsverhaeltnis> {
    const viewer = viewerOf(context);
    await vertragAusbilderAendern(context.deps, viewer, {
      vertragId,
      ausbilderUserId,
    });
    const page = await listAusbildungsverhaeltnisse(context.deps, viewer, { first: 100, vertragId });
    return toVertrag(page.items[0]);
  }

  @Query(() => [Ausbildungsverhaeltnis], { description: 'Die eigenen Ausbildungsverhaeltnisse (Azubi)' })
  async meineAusbildungsverhaeltnisse(@Ctx() context: GraphQLContext): Promise<Ausbildungsverhaeltnis[]> {
    return (await listEigeneAusbildungsverhaeltnisse(context.deps, viewerOf(context))).map(toVertrag);
  }
}
