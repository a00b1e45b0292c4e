import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Die vertretende Person, wie die vertretene Person sie angibt' })
export class VertretungPersonInput {
  @Field(() => String)
  @MaxLength(100, { message: 'Der Vorname ist zu lang (höchstens 100 Zeichen).' })
  vorname!: string;

  @Field(() => String)
  @MaxLength(100, { message: 'Der Nachname ist zu lang (höchstens 100 Zeichen).' })
  nachname!: string;

  @Field(() => String)
  @MaxLength(254, { message: 'Die E-Mail-Adresse ist zu lang.' })
  email!: string;
}
