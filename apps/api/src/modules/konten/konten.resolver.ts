import {
  andereSitzungenBeenden,
  ausbilderAccountErstellen,
  ausbilderEmailAendern,
  ausbilderPasswortZuruecksetzen,
  azubiAccountErstellen,
  azubiEmailAendern,
  azubiPasswortZuruecksetzen,
  emailAendernAnfordern,
  emailBestaetigen,
  kontoLinkPruefen,
  listAusbilder,
  meineSitzungen,
  meineZugangsdaten,
  passwortAendern,
  passwortSetzen,
  passwortVergessen,
  sitzungBeenden,
} from '@portal/domain';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { clientAdresse, type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { Public } from '../../graphql/public.js';
import {
  AusbilderEmailInput,
  AusbilderKontoInput,
  AzubiKontoInput,
  EmailAendernInput,
  PasswortAendernInput,
  PasswortSetzenInput,
} from './konten.inputs.js';
import {
  AusbilderEintrag,
  KontoAktionErgebnis,
  KontoEmail,
  KontoLink,
  MailZustellung,
  PasswortGeaendert,
  PasswortVergessenErgebnis,
  Sitzung,
  Zugangsdaten,
} from './konten.types.js';

@Resolver()
export class KontenResolver {
  // -- Ausbildungsadministrator: accounts for Azubis and Ausbilder/-innen ------------------------

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => KontoAktionErgebnis, {
    description:
      'Azubi-Verwaltung "Account erstellen": Konto zur E-Mail anlegen/verknuepfen, Einladungslink senden',
  })
  async azubiAccountErstellen(
    @Arg('input', () => AzubiKontoInput) input: AzubiKontoInput,
    @Ctx() context: GraphQLContext,
  ) {
    return azubiAccountErstellen(context.deps, viewerOf(context), input);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => KontoAktionErgebnis, {
    description: 'Azubi-Verwaltung "Passwort zuruecksetzen": Link an die oder den Azubi',
  })
  async azubiPasswortZuruecksetzen(
    @Arg('vertragId', () => ID) vertragId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return azubiPasswortZuruecksetzen(context.deps, viewerOf(context), { vertragId });
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => KontoAktionErgebnis, {
    description:
      'Azubi-Verwaltung "E-Mail-Adresse aendern" (Vertrag; Anmelde-E-Mail nur bei ungenutztem Konto)',
  })
  async azubiEmailAendern(
    @Arg('input', () => AzubiKontoInput) input: AzubiKontoInput,
    @Ctx() context: GraphQLContext,
  ) {
    return azubiEmailAendern(context.deps, viewerOf(context), input);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => [AusbilderEintrag], { description: 'Ausbilder/-innen der verwalteten Betriebsstaetten' })
  async ausbilderListe(
    @Ctx() context: GraphQLContext,
    @Arg('betriebsstaetteId', () => ID, { nullable: true }) betriebsstaetteId?: string,
  ) {
    return listAusbilder(context.deps, viewerOf(context), { betriebsstaetteId });
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => KontoAktionErgebnis, { description: 'Ausbilder/-in "Account erstellen"' })
  async ausbilderAccountErstellen(
    @Arg('input', () => AusbilderKontoInput) input: AusbilderKontoInput,
    @Ctx() context: GraphQLContext,
  ) {
    return ausbilderAccountErstellen(context.deps, viewerOf(context), input);
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => KontoAktionErgebnis, { description: 'Ausbilder/-in "Passwort zuruecksetzen"' })
  async ausbilderPasswortZuruecksetzen(
    @Arg('userId', () => ID) userId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return ausbilderPasswortZuruecksetzen(context.deps, viewerOf(context), { userId });
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => KontoAktionErgebnis, {
    description:
      'Ausbilder/-in "E-Mail-Adresse aendern" (nur fuer ein ungenutztes, vom eigenen Unternehmen angelegtes Konto)',
  })
  async ausbilderEmailAendern(
    @Arg('input', () => AusbilderEmailInput) input: AusbilderEmailInput,
    @Ctx() context: GraphQLContext,
  ) {
    return ausbilderEmailAendern(context.deps, viewerOf(context), input);
  }

  // -- Public: forgotten password, links from e-mails ------------------------------------------

  @Public()
  @Mutation(() => PasswortVergessenErgebnis, {
    description: 'Passwort vergessen (E-Mail, Benutzername oder Identnummer); immer dieselbe Antwort',
  })
  async passwortVergessen(@Arg('kennung', () => String) kennung: string, @Ctx() context: GraphQLContext) {
    return passwortVergessen(context.deps, { kennung, clientAdresse: clientAdresse(context) });
  }

  @Public()
  @Query(() => KontoLink, { description: 'Prueft einen Link aus einer E-Mail, bevor das Formular erscheint' })
  async kontoLink(@Arg('token', () => String) token: string, @Ctx() context: GraphQLContext) {
    return kontoLinkPruefen(context.deps, { token, clientAdresse: clientAdresse(context) });
  }

  @Public()
  @Mutation(() => KontoEmail, {
    description: 'Passwort ueber einen Einladungs- oder Zuruecksetzen-Link festlegen',
  })
  async passwortSetzen(
    @Arg('input', () => PasswortSetzenInput) input: PasswortSetzenInput,
    @Ctx() context: GraphQLContext,
  ) {
    return passwortSetzen(context.deps, { ...input, clientAdresse: clientAdresse(context) });
  }

  @Public()
  @Mutation(() => KontoEmail, { description: 'Neue E-Mail-Adresse ueber den Bestaetigungslink uebernehmen' })
  async emailBestaetigen(@Arg('token', () => String) token: string, @Ctx() context: GraphQLContext) {
    return emailBestaetigen(context.deps, {
      token,
      clientAdresse: clientAdresse(context),
      sessionId: context.viewer?.sessionId ?? null,
    });
  }

  // -- Profil: own access data and sessions (the logged-in person, also while deputising) ------

  @Query(() => Zugangsdaten, { description: 'Profil - Zugangsdaten' })
  async meineZugangsdaten(@Ctx() context: GraphQLContext) {
    return meineZugangsdaten(context.deps, viewerOf(context));
  }

  @Mutation(() => MailZustellung, {
    description: 'E-Mail-Adresse aendern: Bestaetigungslink an die neue, Hinweis an die alte Adresse',
  })
  async emailAendern(
    @Arg('input', () => EmailAendernInput) input: EmailAendernInput,
    @Ctx() context: GraphQLContext,
  ) {
    return emailAendernAnfordern(context.deps, viewerOf(context), input);
  }

  @Mutation(() => PasswortGeaendert, { description: 'Passwort aendern; beendet alle anderen Sitzungen' })
  async passwortAendern(
    @Arg('input', () => PasswortAendernInput) input: PasswortAendernInput,
    @Ctx() context: GraphQLContext,
  ) {
    return passwortAendern(context.deps, viewerOf(context), input);
  }

  @Query(() => [Sitzung], { description: 'Profil - Sitzungen: die eigenen aktiven Sitzungen' })
  async meineSitzungen(@Ctx() context: GraphQLContext) {
    return meineSitzungen(context.deps, viewerOf(context));
  }

  @Mutation(() => Boolean, { description: 'Beendet eine eigene Sitzung' })
  async sitzungBeenden(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    await sitzungBeenden(context.deps, viewerOf(context), id);
    return true;
  }

  @Mutation(() => Int, { description: 'Beendet alle anderen eigenen Sitzungen; Anzahl der beendeten' })
  async andereSitzungenBeenden(@Ctx() context: GraphQLContext) {
    return andereSitzungenBeenden(context.deps, viewerOf(context));
  }
}
