import { AntragStatus } from '@portal/db';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

registerEnumType(AntragStatus, { name: 'AntragStatus', description: 'Stand eines Unternehmensantrags' });

// Field rules (required, lengths, formats) live in packages/domain/src/kammer-konten/regeln.ts, so
// the German field messages come from one place; the inputs only give the shapes.

@InputType({ description: 'Online-Antrag eines Unternehmens auf einen Zugang' })
export class UnternehmensantragInput {
  @Field(() => ID) kammerId!: string;
  @Field(() => String) firmenname!: string;
  @Field(() => String) strasse!: string;
  @Field(() => String) plz!: string;
  @Field(() => String) ort!: string;
  @Field(() => String, { description: 'Kuerzel nach ISO 3166-2 ohne "DE-", z. B. NW' }) bundesland!: string;
  @Field(() => String) unternehmensEmail!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
  @Field(() => String, { description: 'E-Mail-Adresse der antragstellenden Person' }) email!: string;
}

@InputType({ description: 'Selbstregistrierung fuer Teilnehmende einer Fortbildungspruefung' })
export class RegistrierungInput {
  @Field(() => ID) kammerId!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
  @Field(() => String) email!: string;
}

@InputType()
export class PrueferAnlegenInput {
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
  @Field(() => String) email!: string;
}

@InputType()
export class AenderungsmailInput {
  @Field(() => ID) betriebsstaetteId!: string;
  @Field(() => ID) ausbilderUserId!: string;
  @Field(() => String, { description: 'Was sich geaendert hat' }) text!: string;
}
