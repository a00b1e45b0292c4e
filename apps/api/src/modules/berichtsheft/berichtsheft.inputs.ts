import { Anwesenheit, Lernort, NachweisFormat } from '@portal/db';
import { ArrayMaxSize } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DatumScalar } from '../../graphql/datum.js';

@InputType()
export class NachweisAnlegenInput {
  @Field(() => ID)
  vertragId!: string;
  @Field(() => DatumScalar) von!: string;
  @Field(() => DatumScalar) bis!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Nur der erste Nachweis: deckt fruehere schriftliche Nachweise ab',
  })
  papierNachweise?: boolean;
}

@InputType()
export class NachweisTagInput {
  @Field(() => DatumScalar) datum!: string;
  @Field(() => Lernort) lernort!: Lernort;
  @Field(() => Anwesenheit) anwesenheit!: Anwesenheit;
  @Field(() => Float, { nullable: true }) stunden!: number | null;
  @Field(() => String) taetigkeiten!: string;
}

@InputType()
export class NachweisSpeichernInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Betriebliche Taetigkeiten der Woche (woechentliche Form)',
  })
  taetigkeiten?: string | null;
  @Field(() => String) abschnitt!: string;
  @Field(() => String) unterweisungen!: string;
  @Field(() => String) berufsschule!: string;
  @Field(() => String, { nullable: true }) genehmigerEmail?: string | null;
  @Field(() => [NachweisTagInput])
  @ArrayMaxSize(31, { message: 'Ein Nachweis hat höchstens 31 Tage.' })
  tage!: NachweisTagInput[];
  @Field(() => [ID])
  @ArrayMaxSize(200, { message: 'Zu viele Rahmenplan-Positionen.' })
  rahmenplanIds!: string[];
}

@InputType()
export class NachweisEinreichenInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String)
  genehmigerEmail!: string;
}

@InputType()
export class NachweisEntscheidungInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Bemerkung des Betreuers; beim Ablehnen Pflicht' })
  bemerkung?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Bestaetigung der ordnungsgemaess gefuehrten schriftlichen Nachweise',
  })
  papierBestaetigt?: boolean;
}

@InputType()
export class BerichtsheftEinstellungInput {
  @Field(() => ID) betriebsstaetteId!: string;
  @Field(() => ID) berufId!: string;
  @Field(() => Boolean) elektronisch!: boolean;
  @Field(() => NachweisFormat) format!: NachweisFormat;
}

@InputType()
export class PinLoginInput {
  @Field(() => String) email!: string;
  @Field(() => String) pin!: string;
}
