import { Rolle, RollenStatus } from '@portal/db';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BetriebsstaetteRef, PageInfo } from '../../graphql/shared.types.js';

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

  @Field(() => String)
  vorname!: string;

  @Field(() => String)
  nachname!: string;

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
