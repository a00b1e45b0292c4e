import { AntragStatus } from '@portal/db';
import { Field, ID, ObjectType } from 'type-graphql';
import './kammer-konten.inputs.js';

@ObjectType({ description: 'Eine IHK zur Auswahl in oeffentlichen Formularen' })
export class KammerAuswahl {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({
  description:
    'Antwort eines oeffentlichen Formulars: gleich, ob die E-Mail-Adresse ein Konto hat oder nicht',
})
export class FormularEingang {
  // Whether the mail the person waits for went out just now (konten/zustellung.ts).
  @Field(() => Boolean, { description: 'Der SMTP-Server hat die E-Mail soeben angenommen' })
  mailZugestellt!: boolean;

  @Field(() => String, { nullable: true, description: 'Leider konnten wir Ihnen keine E-Mail zusenden ...' })
  mailMeldung!: string | null;

  @Field(() => String, { nullable: true, description: 'Was jetzt zu tun ist' })
  mailHinweis!: string | null;

  @Field(() => String) hinweis!: string;
}

@ObjectType()
export class Unternehmensantrag {
  @Field(() => ID) id!: string;
  @Field(() => String) firmenname!: string;
  @Field(() => String, { nullable: true }) strasse!: string | null;
  @Field(() => String) plz!: string;
  @Field(() => String) ort!: string;
  @Field(() => String) bundesland!: string;
  @Field(() => String) unternehmensEmail!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
  @Field(() => String) email!: string;
  @Field(() => AntragStatus) status!: AntragStatus;
  @Field(() => String, { nullable: true }) begruendung!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) entschiedenAt!: Date | null;
  @Field(() => ID, { nullable: true }) unternehmenId!: string | null;
  @Field(() => Boolean, { description: 'Zur E-Mail-Adresse gibt es bereits ein Konto' })
  bestehendesKonto!: boolean;
}

@ObjectType()
export class AntragGenehmigt {
  // Whether the mail the person waits for went out just now (konten/zustellung.ts).
  @Field(() => Boolean, { description: 'Der SMTP-Server hat die E-Mail soeben angenommen' })
  mailZugestellt!: boolean;

  @Field(() => String, { nullable: true, description: 'Leider konnten wir Ihnen keine E-Mail zusenden ...' })
  mailMeldung!: string | null;

  @Field(() => String, { nullable: true, description: 'Was jetzt zu tun ist' })
  mailHinweis!: string | null;

  @Field(() => Unternehmensantrag) antrag!: Unternehmensantrag;

  @Field(() => Boolean, {
    description: 'Einladung zum Passwortsetzen versandt (sonst Hinweis an ein Konto mit Passwort)',
  })
  einladungVersandt!: boolean;
}

@ObjectType()
export class KammerPruefer {
  @Field(() => ID) id!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
  @Field(() => String) email!: string;
  @Field(() => Boolean, { description: 'Passwort gesetzt (Einladung angenommen)' }) kontoAktiv!: boolean;
  @Field(() => Date) seit!: Date;
}

@ObjectType()
export class PrueferAngelegt {
  // Whether the mail the person waits for went out just now (konten/zustellung.ts).
  @Field(() => Boolean, { description: 'Der SMTP-Server hat die E-Mail soeben angenommen' })
  mailZugestellt!: boolean;

  @Field(() => String, { nullable: true, description: 'Leider konnten wir Ihnen keine E-Mail zusenden ...' })
  mailMeldung!: string | null;

  @Field(() => String, { nullable: true, description: 'Was jetzt zu tun ist' })
  mailHinweis!: string | null;

  @Field(() => KammerPruefer) pruefer!: KammerPruefer;
  @Field(() => Boolean) bestehendesKonto!: boolean;
  @Field(() => Boolean) einladungVersandt!: boolean;
}

@ObjectType()
export class AenderungsmailAusbilder {
  @Field(() => ID) userId!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
  @Field(() => String) email!: string;
  @Field(() => ID) betriebsstaetteId!: string;
  @Field(() => String) betriebsstaetteName!: string;
}

@ObjectType()
export class AenderungsmailGesendet {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class AufgabePerson {
  @Field(() => ID) id!: string;
  @Field(() => String) vorname!: string;
  @Field(() => String) nachname!: string;
  @Field(() => String) email!: string;
}

@ObjectType({ description: 'Eine Aufgabe im IHK-Backoffice (z. B. eine Aenderungsmail zu einem Ausbilder)' })
export class KammerAufgabe {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'AUSBILDER_AENDERUNG' }) art!: string;
  @Field(() => String) text!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) erledigtAt!: Date | null;
  @Field(() => String) unternehmenName!: string;
  @Field(() => String, { nullable: true }) betriebsstaetteName!: string | null;
  @Field(() => AufgabePerson, { nullable: true, description: 'Die Person, um die es geht' })
  betreff!: AufgabePerson | null;
  @Field(() => AufgabePerson, { nullable: true }) gemeldetVon!: AufgabePerson | null;
  @Field(() => AufgabePerson, {
    nullable: true,
    description: 'Bei einer Vertretung: fuer wen gemeldet wurde',
  })
  inVertretungFuer!: AufgabePerson | null;
}
