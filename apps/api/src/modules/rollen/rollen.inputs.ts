import { Rolle } from '@portal/db';
import { IsUUID } from 'class-validator';
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
