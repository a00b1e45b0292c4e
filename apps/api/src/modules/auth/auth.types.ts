import { Rolle } from '@portal/db';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ArbeitsbereichArt {
  BETRIEBSSTAETTE = 'BETRIEBSSTAETTE',
  KAMMER = 'KAMMER',
}
registerEnumType(ArbeitsbereichArt, { name: 'ArbeitsbereichArt' });

@ObjectType({ description: 'Die angemeldete Person' })
export class Benutzer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  vorname!: string;

  @Field(() => String)
  nachname!: string;
}

@ObjectType({
  description: 'Eine Betriebsstaette oder Kammer, in der die Person Rollen hat (Auswahl im Kopf der Seite)',
})
export class Arbeitsbereich {
  @Field(() => ID, { description: '"B:<id>" fuer Betriebsstaetten, "K:<id>" fuer Kammern' })
  key!: string;

  @Field(() => ArbeitsbereichArt)
  art!: ArbeitsbereichArt;

  @Field(() => ID, { description: 'Id der Betriebsstaette bzw. Kammer' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  unternehmenName!: string | null;

  @Field(() => [Rolle])
  rollen!: Rolle[];
}

@ObjectType({
  description: 'Was die Person im gewaehlten Arbeitsbereich darf; das Menue richtet sich danach',
})
export class Abilities {
  @Field(() => Boolean) canManageRoles!: boolean;
  @Field(() => Boolean) canSeeAzubiVerwaltung!: boolean;
  @Field(() => Boolean) canManageBerichtsheftEinstellungen!: boolean;
  @Field(() => Boolean) canSeeOwnAusbildung!: boolean;
  @Field(() => Boolean) canSeeIhreAuszubildenden!: boolean;
  @Field(() => Boolean) canApproveNachweise!: boolean;
  @Field(() => Boolean) canVouchForGenehmiger!: boolean;
  @Field(() => Boolean) canSeeKammerBackoffice!: boolean;
  @Field(() => Boolean) canExamine!: boolean;
  @Field(() => Boolean) canManagePruefungen!: boolean;
  @Field(() => Boolean) canMeldePruefungen!: boolean;
  @Field(() => Boolean) canSeeEigenePruefungen!: boolean;
}

@ObjectType()
export class Me {
  @Field(() => Benutzer)
  benutzer!: Benutzer;

  @Field(() => Benutzer, {
    nullable: true,
    description: 'Gesetzt, solange die Person als Vertretung handelt',
  })
  vertretenePerson!: Benutzer | null;

  @Field(() => [Arbeitsbereich])
  arbeitsbereiche!: Arbeitsbereich[];

  @Field(() => Arbeitsbereich, { nullable: true })
  aktuellerArbeitsbereich!: Arbeitsbereich | null;

  @Field(() => Abilities)
  abilities!: Abilities;
}
