import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class LoginInput {
  @Field(() => String)
  @MaxLength(254, { message: 'Die E-Mail-Adresse ist zu lang.' })
  email!: string;

  @Field(() => String)
  @MaxLength(1024, { message: 'Das Passwort ist zu lang.' })
  password!: string;
}
