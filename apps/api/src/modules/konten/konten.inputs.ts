import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AzubiKontoInput {
  @Field(() => ID)
  vertragId!: string;

  @Field(() => String)
  email!: string;
}

@InputType()
export class AusbilderKontoInput {
  @Field(() => ID)
  betriebsstaetteId!: string;

  @Field(() => String) email!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
}

@InputType()
export class AusbilderEmailInput {
  @Field(() => ID)
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
