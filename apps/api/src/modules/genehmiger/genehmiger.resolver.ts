import { ausbildungsbeauftragte, genehmigerAblehnen, genehmigerBestaetigen } from '@portal/domain';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { GenehmigerBestaetigenInput } from './genehmiger.inputs.js';
import { Ausbildungsbeauftragte } from './genehmiger.types.js';

/** "Ausbildungsbeauftragte": the Betrieb vouches for the approver addresses its Azubis named. */
@Resolver()
export class GenehmigerResolver {
  @Query(() => [Ausbildungsbeauftragte], {
    description:
      'Ausbildungsbeauftragte der Betriebsstaetten in Reichweite, vorgeschlagene zuerst (Administratoren alle, Ausbilder/-innen die ihrer Azubis)',
  })
  async ausbildungsbeauftragte(@Ctx() ctx: GraphQLContext) {
    return ausbildungsbeauftragte(ctx.deps, viewerOf(ctx));
  }

  @Mutation(() => Ausbildungsbeauftragte, {
    description: 'Der Betrieb buergt fuer eine vorgeschlagene Adresse; die Person erhaelt ihre PIN',
  })
  async genehmigerBestaetigen(
    @Arg('input', () => GenehmigerBestaetigenInput) input: GenehmigerBestaetigenInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return genehmigerBestaetigen(ctx.deps, viewerOf(ctx), input);
  }

  @Mutation(() => Boolean, {
    description:
      'Der Betrieb verwirft eine vorgeschlagene Adresse; wartende Nachweise gehen abgelehnt zurueck',
  })
  async genehmigerAblehnen(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return genehmigerAblehnen(ctx.deps, viewerOf(ctx), id);
  }
}
