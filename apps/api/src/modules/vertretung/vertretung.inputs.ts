import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Die vertretende Person, wie die vertretene Person sie angibt' })
export class VertretungPersonInput {
  @Field(() => String)
  vorname!: string;

  @Field(() => String)
  nachname!: string;

  @Field(() => String)
  email!: string;
}
