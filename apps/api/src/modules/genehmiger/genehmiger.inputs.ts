import { IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class GenehmigerBestaetigenInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dieser Vorschlag wurde nicht gefunden.' })
  id!: string;

  @Field(() => String, { description: 'Vorname der Person, fuer die der Betrieb buergt' })
  @MaxLength(100, { message: 'Der Vorname ist zu lang (höchstens 100 Zeichen).' })
  vorname!: string;

  @Field(() => String)
  @MaxLength(100, { message: 'Der Nachname ist zu lang (höchstens 100 Zeichen).' })
  nachname!: string;
}
