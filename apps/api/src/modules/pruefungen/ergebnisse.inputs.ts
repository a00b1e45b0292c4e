import { MaxLength } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

@InputType()
export class PruefungsterminInput {
  @Field(() => String)
  @MaxLength(120, { message: 'Die Bezeichnung ist zu lang (höchstens 120 Zeichen).' })
  bezeichnung!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) datum!: string;
  @Field(() => String, { description: '"08:30"' }) uhrzeit!: string;
  @Field(() => String)
  @MaxLength(200, { message: 'Der Ort ist zu lang (höchstens 200 Zeichen).' })
  ort!: string;
}

@InputType()
export class TeilergebnisInput {
  @Field(() => String, { description: 'Pruefungsbereich, z. B. "Planen eines Softwareproduktes"' })
  @MaxLength(120, { message: 'Der Name des Prüfungsbereichs ist zu lang (höchstens 120 Zeichen).' })
  teil!: string;
  @Field(() => Float, { nullable: true, description: '0 bis 100' }) punkte?: number | null;
  @Field(() => String, { nullable: true })
  @MaxLength(20, { message: 'Die Note ist zu lang (höchstens 20 Zeichen).' })
  note?: string | null;
  @Field(() => Boolean) bestanden!: boolean;
}
