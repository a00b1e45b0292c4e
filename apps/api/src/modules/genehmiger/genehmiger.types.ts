import { RollenStatus } from '@portal/db';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BetriebsstaetteRef } from '../../graphql/shared.types.js';

@ObjectType({
  description:
    'Eine Ausbildungsbeauftragte Person der Betriebsstaette: vorgeschlagen (von einer/einem Auszubildenden genannt), eingeladen oder aktiv',
})
export class Ausbildungsbeauftragte {
  @Field(() => ID, { description: 'Die Rollenzuweisung' }) id!: string;
  @Field(() => RollenStatus) status!: RollenStatus;
  @Field(() => String, { description: 'Die Adresse, an die Nachweise gesendet wurden' }) email!: string;
  @Field(() => String, { nullable: true, description: 'Nur fuer aktive Personen' }) name!: string | null;
  @Field(() => BetriebsstaetteRef) betriebsstaette!: BetriebsstaetteRef;
  @Field(() => String, {
    nullable: true,
    description: 'Die oder der Auszubildende, die/der die Adresse nannte',
  })
  vorgeschlagenVon!: string | null;
  @Field(() => Date) vorgeschlagenAm!: Date;
  @Field(() => Int, { description: 'Eingereichte Nachweise, die an diese Adresse gingen' })
  wartendeNachweise!: number;
  @Field(() => [String]) wartendeAzubis!: string[];
}
