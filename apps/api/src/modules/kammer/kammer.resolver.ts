import { listKammerUnternehmen } from '@portal/domain';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { KammerUnternehmen } from './kammer.types.js';

@Resolver()
export class KammerResolver {
  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => [KammerUnternehmen], { description: 'IHK-Backoffice: die Unternehmen der eigenen Kammer' })
  async kammerUnternehmen(@Ctx() context: GraphQLContext) {
    return listKammerUnternehmen(context.deps, viewerOf(context));
  }
}
