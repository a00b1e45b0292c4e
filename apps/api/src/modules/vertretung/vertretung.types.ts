import { VertretungStatus } from '@portal/db';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from '../../graphql/shared.types.js';
import { MailZustellung } from '../konten/konten.types.js';

registerEnumType(VertretungStatus, {
  name: 'VertretungStatus',
  description: 'BEANTRAGT: wartet auf die Genehmigung der IHK; AKTIV; BEENDET; ABGELEHNT (von der IHK)',
});

@ObjectType({ description: 'Eine Vertretung aus Sicht der vertretenen Person (Profil - Vertretung)' })
export class Vertretung {
  @Field(() => ID)
  id!: string;

  @Field(() => VertretungStatus)
  status!: VertretungStatus;

  @Field(() => String, { description: 'Wie bei der Anlage angegeben' })
  vertreterVorname!: string;

  @Field(() => String)
  vertreterNachname!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Anmelde-E-Mail der Vertretung; null, wenn sie aus der Mitarbeiterliste gewaehlt wurde und die Person sie nicht sehen darf (nur Ausbildungsadministratoren der Betriebsstaette)',
  })
  vertreterEmail!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Genehmigt/abgelehnt bzw. direkt wirksam seit' })
  entschiedenAt!: Date | null;
}

@ObjectType()
export class VertretungVertretener extends Person {
  @Field(() => String)
  email!: string;
}

@ObjectType({ description: 'IHK-Backoffice: eine beantragte Vertretung ohne bestehendes Konto' })
export class Vertretungsantrag extends Vertretung {
  @Field(() => VertretungVertretener)
  vertretener!: VertretungVertretener;
}

@ObjectType({ description: 'Profil - Berechtigungen: eine Person, die man vertreten darf' })
export class Vertretungsberechtigung {
  @Field(() => ID, { description: 'Id der Vertretung (fuer "Zum Programm")' })
  id!: string;

  @Field(() => Person)
  vertretener!: Person;

  @Field(() => [String], { description: 'Unternehmen, in denen die vertretene Person Rollen hat' })
  unternehmen!: string[];

  @Field(() => Date)
  seit!: Date;

  @Field(() => Boolean, { description: 'Diese Sitzung handelt gerade fuer die Person' })
  aktiv!: boolean;
}

@ObjectType({
  description: 'Ergebnis der Genehmigung: die Vertretung und ob die Einladung sofort versendet wurde',
})
export class VertretungGenehmigt {
  @Field(() => Vertretung)
  vertretung!: Vertretung;

  @Field(() => MailZustellung)
  zustellung!: MailZustellung;
}
