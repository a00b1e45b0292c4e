import { listAusbildungsverhaeltnisse, listEigeneAusbildungsverhaeltnisse } from '@portal/domain';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { isoDate, pageInfoOf } from '../../graphql/shared.types.js';
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

  @Query(() => [Ausbildungsverhaeltnis], { description: 'Die eigenen Ausbildungsverhaeltnisse (Azubi)' })
  async meineAusbildungsverhaeltnisse(@Ctx() context: GraphQLContext): Promise<Ausbildungsverhaeltnis[]> {
    return (await listEigeneAusbildungsverhaeltnisse(context.deps, viewerOf(context))).map(toVertrag);
  }
}
