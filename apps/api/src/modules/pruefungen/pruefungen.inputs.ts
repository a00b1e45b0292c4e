import { Pruefungsart, Pruefungssaison } from '@portal/db';
import { ArrayMaxSize, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class ZusatzfrageInput {
  @Field(() => String) @MaxLength(300) frage!: string;
  @Field(() => Boolean) pflicht!: boolean;
}

@InputType()
export class PruefungAnlegenInput {
  @Field(() => Pruefungssaison) saison!: Pruefungssaison;
  @Field(() => Int) jahr!: number;
  @Field(() => Pruefungsart) art!: Pruefungsart;
  @Field(() => [ID])
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Bitte wählen Sie gültige Ausbildungsberufe.' })
  berufIds!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; ohne Angabe 31. Januar (Sommer) bzw. 31. Juli (Winter) des Jahres',
  })
  anmeldeschluss?: string | null;
  @Field(() => [ZusatzfrageInput], { nullable: true })
  @ArrayMaxSize(20)
  zusatzfragen?: ZusatzfrageInput[] | null;
}

@InputType()
export class AnmeldungAntwortInput {
  @Field(() => String) @MaxLength(50) key!: string;
  @Field(() => String) @MaxLength(2000) antwort!: string;
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
