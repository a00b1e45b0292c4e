import { Rolle } from '@portal/db';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class RolleZuweisenInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  betriebsstaetteId!: string;

  @Field(() => Rolle)
  rolle!: Rolle;
}

@InputType({
  description:
    'Eine Rolle fuer eine Person per E-Mail-Adresse: Mitglieder sofort, alle anderen per Einladung',
})
export class RolleEinladenInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'Nur fuer ein neues Konto verwendet' })
  vorname!: string;

  @Field(() => String, { description: 'Nur fuer ein neues Konto verwendet' })
  nachname!: string;

  @Field(() => ID)
  betriebsstaetteId!: string;

  @Field(() => Rolle)
  rolle!: Rolle;
}
