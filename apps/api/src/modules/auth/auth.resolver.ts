import {
  abilitiesOf,
  type Arbeitsbereich as DomainArbeitsbereich,
  type LoginResult,
  loadUser,
  loadViewer,
  login,
  loginWithPin,
  logout,
  selectArbeitsbereich,
  type Viewer,
} from '@portal/domain';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { clientAdresse, type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { Public } from '../../graphql/public.js';
import { PinLoginInput } from '../berichtsheft/berichtsheft.inputs.js';

import { LoginInput } from './auth.inputs.js';
import { type Arbeitsbereich, ArbeitsbereichArt, Me } from './auth.types.js';

const toArbeitsbereich = (b: DomainArbeitsbereich): Arbeitsbereich => ({
  key: b.key,
  art: b.art as ArbeitsbereichArt,
  id: b.id,
  name: b.name,
  unternehmenName: b.unternehmenName,
  rollen: b.rollen,
});

export async function meOf(context: GraphQLContext, viewer: Viewer): Promise<Me> {
  const [benutzer, vertretenePerson] = await Promise.all([
    loadUser(context.deps, viewer.userId),
    viewer.principalUserId === viewer.userId ? null : loadUser(context.deps, viewer.principalUserId),
  ]);
  return {
    benutzer,
    vertretenePerson,
    arbeitsbereiche: viewer.arbeitsbereiche.map(toArbeitsbereich),
    aktuellerArbeitsbereich: viewer.current ? toArbeitsbereich(viewer.current) : null,
    abilities: abilitiesOf(viewer),
  };
}

/** Sets the cookies of a fresh session and answers with the new Me. */
async function startSession(context: GraphQLContext, result: LoginResult): Promise<Me> {
  await context.cookies.write(context.res, result.sessionId, result.csrfToken);
  const session = {
    id: result.sessionId,
    userId: result.userId,
    actingForUserId: null,
    arbeitsbereich: null,
  };
  return meOf(context, await loadViewer(context.deps, session));
}

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => Me, { nullable: true, description: 'Die angemeldete Person, oder null ohne Sitzung' })
  async me(@Ctx() context: GraphQLContext): Promise<Me | null> {
    return context.viewer ? meOf(context, context.viewer) : null;
  }

  @Public()
  @Mutation(() => Me, { description: 'Anmeldung mit E-Mail-Adresse und Passwort; setzt das Sitzungs-Cookie' })
  async login(
    @Arg('input', () => LoginInput) input: LoginInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Me> {
    return startSession(
      context,
      await login(context.deps, {
        ...input,
        userAgent: context.req.get('user-agent'),
        clientAdresse: clientAdresse(context),
      }),
    );
  }

  @Public()
  @Mutation(() => Me, { description: 'Anmeldung fuer Ausbildungsbeauftragte mit E-Mail-Adresse und PIN' })
  async loginMitPin(
    @Arg('input', () => PinLoginInput) input: PinLoginInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Me> {
    return startSession(
      context,
      await loginWithPin(context.deps, {
        ...input,
        userAgent: context.req.get('user-agent'),
        clientAdresse: clientAdresse(context),
      }),
    );
  }

  @Mutation(() => Boolean, { description: 'Beendet die Sitzung auf dem Server und loescht die Cookies' })
  async logout(@Ctx() context: GraphQLContext): Promise<boolean> {
    await logout(context.deps, viewerOf(context));
    context.cookies.clear(context.res);
    return true;
  }

  @Mutation(() => Me, { description: 'Waehlt die Betriebsstaette (oder Kammer) fuer diese Sitzung' })
  async arbeitsbereichWaehlen(
    @Arg('key', () => ID) key: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Me> {
    return meOf(context, await selectArbeitsbereich(context.deps, viewerOf(context), key));
  }
}
