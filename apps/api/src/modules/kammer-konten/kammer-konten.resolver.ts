import { AntragStatus } from '@portal/db';
import {
  aenderungsmailSenden,
  hauptsitzZugriffSetzen,
  kammerAufgabeErledigen,
  listAenderungsmailAusbilder,
  listKammerAufgaben,
  listKammerPruefer,
  listOeffentlicheKammern,
  listUnternehmensantraege,
  type MailZustellung,
  prueferAnlegen,
  registrieren,
  unternehmenBeantragen,
  unternehmensantragAblehnen,
  unternehmensantragGenehmigen,
} from '@portal/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { clientAdresse, type GraphQLContext, viewerOf } from '../../graphql/context.js';
import { Public } from '../../graphql/public.js';
import { KammerUnternehmen } from '../kammer/kammer.types.js';
import {
  AenderungsmailInput,
  PrueferAnlegenInput,
  RegistrierungInput,
  UnternehmensantragInput,
} from './kammer-konten.inputs.js';
import {
  AenderungsmailAusbilder,
  AenderungsmailGesendet,
  AntragGenehmigt,
  FormularEingang,
  KammerAufgabe,
  KammerAuswahl,
  KammerPruefer,
  PrueferAngelegt,
  Unternehmensantrag,
} from './kammer-konten.types.js';

const zustellung = (z: MailZustellung) => ({
  mailZugestellt: z.zugestellt,
  mailMeldung: z.meldung,
  mailHinweis: z.hinweis,
});

export const ANTRAG_EINGEGANGEN =
  'Vielen Dank, Ihr Antrag ist eingegangen. Wir haben Ihnen eine Eingangsbestätigung an die angegebene E-Mail-Adresse gesendet. Ihre IHK prüft den Antrag; nach der Freischaltung erhalten Sie eine E-Mail mit Ihren Zugangsdaten.';
export const REGISTRIERUNG_EINGEGANGEN =
  'Vielen Dank. Wir haben Ihnen eine E-Mail an die angegebene Adresse gesendet. Bitte folgen Sie dem Link darin, um Ihr Passwort festzulegen (der Link ist 7 Tage gültig). Falls Sie bereits ein Konto haben, erklärt Ihnen die E-Mail, wie Sie sich anmelden.';

@Resolver()
export class KammerKontenResolver {
  // -- public forms ----------------------------------------------------------------------------

  @Public()
  @Query(() => [KammerAuswahl], {
    description: 'Die IHKs zur Auswahl in Registrierung und Unternehmensantrag',
  })
  async oeffentlicheKammern(@Ctx() context: GraphQLContext) {
    return listOeffentlicheKammern(context.deps);
  }

  @Public()
  @Mutation(() => FormularEingang, { description: 'Online-Antrag eines Unternehmens (ohne Anmeldung)' })
  async unternehmenBeantragen(
    @Arg('input', () => UnternehmensantragInput) input: UnternehmensantragInput,
    @Ctx() context: GraphQLContext,
  ): Promise<FormularEingang> {
    const z = await unternehmenBeantragen(context.deps, input, { adresse: clientAdresse(context) });
    return { hinweis: ANTRAG_EINGEGANGEN, ...zustellung(z) };
  }

  @Public()
  @Mutation(() => FormularEingang, {
    description: 'Selbstregistrierung fuer Teilnehmende einer Fortbildungspruefung (ohne Anmeldung)',
  })
  async registrieren(
    @Arg('input', () => RegistrierungInput) input: RegistrierungInput,
    @Ctx() context: GraphQLContext,
  ): Promise<FormularEingang> {
    const z = await registrieren(context.deps, input, { adresse: clientAdresse(context) });
    return { hinweis: REGISTRIERUNG_EINGEGANGEN, ...zustellung(z) };
  }

  // -- IHK back office ---------------------------------------------------------------------------

  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => [Unternehmensantrag], {
    description: 'Unternehmensantraege der eigenen Kammer (Standard: offene)',
  })
  async unternehmensantraege(
    @Ctx() context: GraphQLContext,
    @Arg('status', () => AntragStatus, { nullable: true }) status?: AntragStatus,
  ) {
    return listUnternehmensantraege(context.deps, viewerOf(context), { status });
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => AntragGenehmigt, {
    description: 'Legt Unternehmen, Hauptsitz und Ausbildungsadministrator/-in an und laedt ein',
  })
  async unternehmensantragGenehmigen(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    const r = await unternehmensantragGenehmigen(context.deps, viewerOf(context), id);
    return { antrag: r.antrag, einladungVersandt: r.einladungVersandt, ...zustellung(r.zustellung) };
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => Unternehmensantrag, {
    description: 'Lehnt einen Antrag mit Begruendung ab (E-Mail an den Antragsteller)',
  })
  async unternehmensantragAblehnen(
    @Arg('id', () => ID) id: string,
    @Arg('begruendung', () => String) begruendung: string,
    @Ctx() context: GraphQLContext,
  ) {
    return unternehmensantragAblehnen(context.deps, viewerOf(context), {
      id,
      begruendung,
    });
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => [KammerPruefer], { description: 'Prueferinnen und Pruefer der eigenen Kammer' })
  async kammerPruefer(@Ctx() context: GraphQLContext) {
    return listKammerPruefer(context.deps, viewerOf(context));
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => PrueferAngelegt, { description: 'Legt ein Pruefer-Konto an (oder ergaenzt die Rolle)' })
  async prueferAnlegen(
    @Arg('input', () => PrueferAnlegenInput) input: PrueferAnlegenInput,
    @Ctx() context: GraphQLContext,
  ) {
    const r = await prueferAnlegen(context.deps, viewerOf(context), input);
    return {
      pruefer: r.pruefer,
      bestehendesKonto: r.bestehendesKonto,
      einladungVersandt: r.einladungVersandt,
      ...zustellung(r.zustellung),
    };
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => KammerUnternehmen, {
    description: 'Schaltet den Hauptsitz-Zugriff auf alle Filialen frei oder ab',
  })
  async hauptsitzZugriffSetzen(
    @Arg('unternehmenId', () => ID) unternehmenId: string,
    @Arg('aktiv', () => Boolean) aktiv: boolean,
    @Ctx() context: GraphQLContext,
  ) {
    return hauptsitzZugriffSetzen(context.deps, viewerOf(context), {
      unternehmenId,
      aktiv,
    });
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Query(() => [KammerAufgabe], { description: 'Aufgaben des IHK-Backoffice (Standard: offene)' })
  async kammerAufgaben(
    @Ctx() context: GraphQLContext,
    @Arg('erledigt', () => Boolean, { nullable: true }) erledigt?: boolean,
  ) {
    return listKammerAufgaben(context.deps, viewerOf(context), { erledigt });
  }

  @Authorized('IHK_SACHBEARBEITER')
  @Mutation(() => KammerAufgabe)
  async kammerAufgabeErledigen(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return kammerAufgabeErledigen(context.deps, viewerOf(context), id);
  }

  // -- Betrieb: Aenderungsmail -----------------------------------------------------------------

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Query(() => [AenderungsmailAusbilder], {
    description: 'Ausbilder/-innen der verwalteten Betriebsstaetten (fuer die Aenderungsmail)',
  })
  async aenderungsmailAusbilder(@Ctx() context: GraphQLContext) {
    return listAenderungsmailAusbilder(context.deps, viewerOf(context));
  }

  @Authorized('AUSBILDUNGSADMINISTRATOR')
  @Mutation(() => AenderungsmailGesendet, { description: 'Meldet der IHK eine Aenderung zu einem Ausbilder' })
  async aenderungsmailSenden(
    @Arg('input', () => AenderungsmailInput) input: AenderungsmailInput,
    @Ctx() context: GraphQLContext,
  ) {
    return aenderungsmailSenden(context.deps, viewerOf(context), {
      ...input,
      betriebsstaetteId: input.betriebsstaetteId,
      ausbilderUserId: input.ausbilderUserId,
    });
  }
}
