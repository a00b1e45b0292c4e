import { KontoTokenZweck } from '@portal/db';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BetriebsstaetteRef } from '../../graphql/shared.types.js';

registerEnumType(KontoTokenZweck, {
  name: 'KontoTokenZweck',
  description: 'Wofuer ein Link aus einer E-Mail dient',
});

export enum KontoStatus {
  KEIN_KONTO = 'KEIN_KONTO',
  EINGELADEN = 'EINGELADEN',
  AKTIV = 'AKTIV',
}
registerEnumType(KontoStatus, {
  name: 'KontoStatus',
  description: 'KEIN_KONTO; EINGELADEN (Konto ohne Passwort, Einladung offen); AKTIV (kann sich anmelden)',
});

@ObjectType({
  description:
    'Ob eine E-Mail, auf die jemand wartet, sofort versendet werden konnte. Wenn nicht: meldung und hinweis anzeigen; die E-Mail bleibt im Postausgang und wird erneut versucht.',
})
export class MailZustellung {
  @Field(() => Boolean) zugestellt!: boolean;
  @Field(() => String, { nullable: true }) meldung!: string | null;
  @Field(() => String, { nullable: true }) hinweis!: string | null;
}

@ObjectType()
export class KontoAktionErgebnis {
  @Field(() => String, { description: 'Was geschehen ist, fuer die Statusmeldung der Seite' })
  meldung!: string;

  @Field(() => MailZustellung) zustellung!: MailZustellung;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Nur bei azubiEmailAendern/ausbilderEmailAendern: ob auch die Anmelde-E-Mail des (ungenutzten) Kontos umgestellt wurde',
  })
  kontoEmailGeaendert?: boolean | null;
}

@ObjectType({
  description: 'Ausbilder/-in einer verwalteten Betriebsstaette (Rolle oder im Vertrag genannt)',
})
export class AusbilderEintrag {
  @Field(() => ID) userId!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
  @Field(() => String) email!: string;
  @Field(() => KontoStatus) kontoStatus!: KontoStatus;
  @Field(() => [BetriebsstaetteRef]) betriebsstaetten!: BetriebsstaetteRef[];
  @Field(() => Boolean) hatAusbilderRolle!: boolean;
  @Field(() => Int) anzahlAzubis!: number;
}

@ObjectType()
export class PasswortVergessenErgebnis {
  @Field(() => String, { description: 'Immer dieselbe Antwort, ob ein Konto existiert oder nicht' })
  meldung!: string;
}

@ObjectType({ description: 'Was ein gueltiger Link aus einer E-Mail bewirkt' })
export class KontoLink {
  @Field(() => KontoTokenZweck) zweck!: KontoTokenZweck;
  @Field(() => String, { description: 'E-Mail des Kontos bzw. die neue Adresse (E-Mail-Aenderung)' })
  email!: string;
  @Field(() => String) vorname!: string;
}

@ObjectType()
export class KontoEmail {
  @Field(() => String) email!: string;
}

@ObjectType({ description: 'Profil - Zugangsdaten der angemeldeten Person' })
export class Zugangsdaten {
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) benutzername!: string | null;
  @Field(() => Boolean) hatPasswort!: boolean;
  @Field(() => Date, { nullable: true }) passwortGeaendertAm!: Date | null;
  @Field(() => Boolean, {
    description: 'Ausbildungsbeauftragte koennen ihre E-Mail-Adresse nicht selbst aendern',
  })
  darfEmailAendern!: boolean;
  @Field(() => String, { nullable: true, description: 'Neue Adresse, deren Bestaetigung noch aussteht' })
  offeneEmailAenderung!: string | null;
}

@ObjectType()
export class PasswortGeaendert {
  @Field(() => Int) beendeteSitzungen!: number;
}

@ObjectType({ description: 'Eine Sitzung der angemeldeten Person' })
export class Sitzung {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) lastSeenAt!: Date;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Boolean, { description: 'Die Sitzung dieser Anfrage' }) aktuell!: boolean;
  @Field(() => Boolean, { description: 'Handelt gerade als Vertretung' }) vertretung!: boolean;
}
