import { Pruefungsart, Pruefungssaison } from '@portal/db';
import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DatumScalar } from '../../graphql/datum.js';

@InputType()
export class ZusatzfrageInput {
  @Field(() => String) frage!: string;
  @Field(() => Boolean) pflicht!: boolean;
}

@InputType()
export class PruefungAnlegenInput {
  @Field(() => Pruefungssaison) saison!: Pruefungssaison;
  @Field(() => Int) jahr!: number;
  @Field(() => Pruefungsart) art!: Pruefungsart;
  @Field(() => [ID])
  @ArrayMaxSize(50)
  berufIds!: string[];
  @Field(() => DatumScalar, {
    nullable: true,
    description: 'Ohne Angabe 31. Januar (Sommer) bzw. 31. Juli (Winter) des Jahres',
  })
  anmeldeschluss?: string | null;
  @Field(() => [ZusatzfrageInput], { nullable: true })
  @ArrayMaxSize(20)
  zusatzfragen?: ZusatzfrageInput[] | null;
}

@InputType()
export class AnmeldungAntwortInput {
  @Field(() => String) key!: string;
  @Field(() => String) antwort!: string;
}

@InputType()
export class AnmeldungEinreichenInput {
  @Field(() => ID) pruefungId!: string;
  @Field(() => ID) vertragId!: string;
  @Field(() => [AnmeldungAntwortInput]) @ArrayMaxSize(50) antworten!: AnmeldungAntwortInput[];
  @Field(() => Boolean, {
    description: 'Der Betrieb bestaetigt, dass der Ausbildungsnachweis gefuehrt wurde',
  })
  nachweiseBestaetigt!: boolean;
  @Field(() => Int, { nullable: true, description: 'Beim erneuten Einreichen: die gelesene Version' })
  version?: number | null;
}
