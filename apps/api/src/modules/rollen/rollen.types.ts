import { Rolle, RollenStatus } from '@portal/db';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BetriebsstaetteRef, PageInfo } from '../../graphql/shared.types.js';
import { MailZustellung } from '../konten/konten.types.js';

@ObjectType()
export class Rollenzuweisung {
  @Field(() => ID)
  id!: string;

  @Field(() => Rolle)
  rolle!: Rolle;

  @Field(() => BetriebsstaetteRef)
  betriebsstaette!: BetriebsstaetteRef;

  @Field(() => RollenStatus, { description: 'EINGELADEN: wirkt erst, wenn die Person annimmt' })
  status!: RollenStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Warum die Rolle nicht entzogen werden kann (letzte Administration einer Betriebsstaette); null: sie kann',
  })
  entziehenSperrgrund!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hinweis vor dem Entziehen der eigenen Rolle (was man selbst verliert)',
  })
  entziehenWarnung!: string | null;
}

@ObjectType({ description: 'Eine Person mit ihren Rollen im Verwaltungsbereich des Administrators' })
export class VerwalteterBenutzer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'Leer, solange die Person nur eingeladen ist (mitglied false)' })
  vorname!: string;

  @Field(() => String, { description: 'Leer, solange die Person nur eingeladen ist (mitglied false)' })
  nachname!: string;

  @Field(() => Boolean, {
    description:
      'Hat eine aktive Rolle im Unternehmen. false: nur eingeladen; Name und Konto bleiben verborgen, bis die Person annimmt',
  })
  mitglied!: boolean;

  @Field(() => [Rollenzuweisung], {
    description: 'Nur Rollen in Betriebsstaetten, die der Administrator verwaltet',
  })
  rollen!: Rollenzuweisung[];
}

@ObjectType()
export class BenutzerConnection {
  @Field(() => [VerwalteterBenutzer])
  nodes!: VerwalteterBenutzer[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({
  description: 'Antwort auf rolleEinladen: fuer jede Adresse ausserhalb des Unternehmens gleich',
})
export class RolleEinladenErgebnis {
  @Field(() => String, { description: 'Was geschehen ist, fuer die Statusmeldung der Seite' })
  meldung!: string;

  @Field(() => MailZustellung)
  zustellung!: MailZustellung;

  @Field(() => VerwalteterBenutzer)
  benutzer!: VerwalteterBenutzer;
}

@ObjectType({
  description: 'Eine Einladung in eine Rolle, die die Person unter Profil - Berechtigungen annimmt',
})
export class Einladung {
  @Field(() => ID, { description: 'Die Rollenzuweisung' })
  id!: string;

  @Field(() => Rolle)
  rolle!: Rolle;

  @Field(() => BetriebsstaetteRef)
  betriebsstaette!: BetriebsstaetteRef;

  @Field(() => String)
  unternehmenName!: string;

  @Field(() => Date)
  eingeladenAm!: Date;
}
