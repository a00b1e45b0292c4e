import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class GenehmigerBestaetigenInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Vorname der Person, fuer die der Betrieb buergt' })
  vorname!: string;

  @Field(() => String)
  nachname!: string;
}
