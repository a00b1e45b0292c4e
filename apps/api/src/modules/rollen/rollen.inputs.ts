import { Rolle } from '@portal/db';
import { IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class RolleZuweisenInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie eine Person aus.' })
  userId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie eine Betriebsstätte aus.' })
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
  @MaxLength(254, { message: 'Die E-Mail-Adresse ist zu lang.' })
  email!: string;

  @Field(() => String, { description: 'Nur fuer ein neues Konto verwendet' })
  vorname!: string;

  @Field(() => String, { description: 'Nur fuer ein neues Konto verwendet' })
  nachname!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie eine Betriebsstätte aus.' })
  betriebsstaetteId!: string;

  @Field(() => Rolle)
  rolle!: Rolle;
}
