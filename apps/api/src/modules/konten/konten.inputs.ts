import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AzubiKontoInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie ein Ausbildungsverhältnis aus.' })
  vertragId!: string;

  @Field(() => String)
  email!: string;
}

@InputType()
export class AusbilderKontoInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie eine Betriebsstätte aus.' })
  betriebsstaetteId!: string;

  @Field(() => String) email!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
}

@InputType()
export class AusbilderEmailInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie eine Person aus.' })
  userId!: string;

  @Field(() => String)
  email!: string;
}

@InputType()
export class PasswortSetzenInput {
  @Field(() => String) token!: string;
  @Field(() => String) passwort!: string;
  @Field(() => String) passwortWiederholung!: string;
}

@InputType()
export class EmailAendernInput {
  @Field(() => String) neueEmail!: string;
  @Field(() => String, { description: 'Das aktuelle Passwort' }) passwort!: string;
}

@InputType()
export class PasswortAendernInput {
  @Field(() => String) aktuellesPasswort!: string;
  @Field(() => String) neuesPasswort!: string;
  @Field(() => String) neuesPasswortWiederholung!: string;
}
