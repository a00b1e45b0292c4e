import { Field, Float, InputType } from 'type-graphql';
import { DatumScalar } from '../../graphql/datum.js';

@InputType()
export class PruefungsterminInput {
  @Field(() => String)
  bezeichnung!: string;
  @Field(() => DatumScalar) datum!: string;
  @Field(() => String, { description: '"08:30"' }) uhrzeit!: string;
  @Field(() => String)
  ort!: string;
}

@InputType()
export class TeilergebnisInput {
  @Field(() => String, { description: 'Pruefungsbereich, z. B. "Planen eines Softwareproduktes"' })
  teil!: string;
  @Field(() => Float, { nullable: true, description: '0 bis 100' }) punkte?: number | null;
  @Field(() => String, { nullable: true })
  note?: string | null;
  @Field(() => Boolean) bestanden!: boolean;
}
