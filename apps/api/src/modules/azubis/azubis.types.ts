import { NachweisForm } from '@portal/db';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BetriebsstaetteRef, PageInfo, Person } from '../../graphql/shared.types.js';
import { KontoStatus } from '../konten/konten.types.js';

registerEnumType(NachweisForm, { name: 'NachweisForm' });

@ObjectType()
export class AusbildungsberufRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  bezeichnung!: string;
}

@ObjectType()
export class Ausbildungsverhaeltnis {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Identnummer (Azubinummer) aus der Eintragungsbestaetigung' })
  identnummer!: string;

  @Field(() => String)
  azubiVorname!: string;

  @Field(() => String)
  azubiNachname!: string;

  @Field(() => String, { nullable: true })
  azubiEmail!: string | null;

  @Field(() => Boolean, { description: 'Ob die oder der Auszubildende ein Konto im Portal hat' })
  hatAccount!: boolean;

  @Field(() => KontoStatus, { description: 'KEIN_KONTO, EINGELADEN (noch kein Passwort) oder AKTIV' })
  kontoStatus!: KontoStatus;

  @Field(() => AusbildungsberufRef)
  beruf!: AusbildungsberufRef;

  @Field(() => BetriebsstaetteRef)
  betriebsstaette!: BetriebsstaetteRef;

  @Field(() => Person, { nullable: true })
  ausbilder!: Person | null;

  @Field(() => String, { description: 'Beginn, YYYY-MM-DD' })
  beginn!: string;

  @Field(() => String, { description: 'Ende, YYYY-MM-DD' })
  ende!: string;

  @Field(() => NachweisForm)
  nachweisForm!: NachweisForm;
}

@ObjectType()
export class AusbildungsverhaeltnisConnection {
  @Field(() => [Ausbildungsverhaeltnis])
  nodes!: Ausbildungsverhaeltnis[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
