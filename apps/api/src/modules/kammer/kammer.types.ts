import { BetriebsstaettenArt } from '@portal/db';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(BetriebsstaettenArt, { name: 'BetriebsstaettenArt' });

@ObjectType()
export class KammerBetriebsstaette {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BetriebsstaettenArt)
  art!: BetriebsstaettenArt;

  @Field(() => String)
  ort!: string;
}

@ObjectType()
export class KammerUnternehmen {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Boolean, { description: 'Hauptsitz sieht alle Filialen (von der IHK freigeschaltet)' })
  hauptsitzZugriff!: boolean;

  @Field(() => [KammerBetriebsstaette])
  betriebsstaetten!: KammerBetriebsstaette[];
}
