import { AnmeldungStatus, Pruefungsart, Pruefungssaison } from '@portal/db';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AusbildungsberufRef } from '../azubis/azubis.types.js';

registerEnumType(Pruefungssaison, { name: 'Pruefungssaison' });
registerEnumType(Pruefungsart, { name: 'Pruefungsart' });
registerEnumType(AnmeldungStatus, { name: 'AnmeldungStatus' });

export enum AmpelFarbe {
  ROT = 'ROT',
  GELB = 'GELB',
  GRUEN = 'GRUEN',
}
registerEnumType(AmpelFarbe, { name: 'AmpelFarbe' });

@ObjectType({ description: 'Eine Zusatzfrage, die der Betrieb mit jeder Anmeldung beantwortet' })
export class Zusatzfrage {
  @Field(() => String) key!: string;
  @Field(() => String) frage!: string;
  @Field(() => Boolean) pflicht!: boolean;
}

@ObjectType({
  description:
    'Ein Pruefungstermin (Pruefungssaison einer Kammer), z. B. "Sommer 2027 – Abschlussprüfung Teil 2"',
})
export class Pruefung {
  @Field(() => ID) id!: string;
  @Field(() => String) bezeichnung!: string;
  @Field(() => Pruefungssaison) saison!: Pruefungssaison;
  @Field(() => Int) jahr!: number;
  @Field(() => Pruefungsart) art!: Pruefungsart;
  @Field(() => String) artBezeichnung!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) anmeldeschluss!: string;
  @Field(() => Boolean) anmeldeschlussVorbei!: boolean;
  @Field(() => [Zusatzfrage]) zusatzfragen!: Zusatzfrage[];
  @Field(() => [AusbildungsberufRef]) berufe!: AusbildungsberufRef[];
  @Field(() => Boolean) termineFreigegeben!: boolean;
  @Field(() => Int, { description: 'Anmeldungen, die bei der IHK angekommen sind' })
  anzahlAnmeldungen!: number;
}

@ObjectType({ description: 'Die Ampel einer Pruefungsanmeldung, abhaengig vom Betrachter' })
export class Ampel {
  @Field(() => AmpelFarbe) farbe!: AmpelFarbe;
  @Field(() => String, { description: 'Farbe in Worten und Kurzstand, z. B. "Gelb – Warten auf Azubi"' })
  label!: string;
  @Field(() => String, { description: 'Was als Naechstes geschieht und wer es tun muss' })
  naechsterSchritt!: string;
}

@ObjectType()
export class AnmeldungAntwort {
  @Field(() => String) key!: string;
  @Field(() => String) frage!: string;
  @Field(() => String) antwort!: string;
}

@ObjectType({ description: 'Ein Eintrag in der Historie einer Pruefungsanmeldung' })
export class AnmeldungEreignis {
  @Field(() => Date) at!: Date;
  @Field(() => String) actorName!: string;
  @Field(() => String) ereignis!: string;
  @Field(() => AnmeldungStatus, { nullable: true }) vonStatus!: AnmeldungStatus | null;
  @Field(() => AnmeldungStatus) nachStatus!: AnmeldungStatus;
  @Field(() => String, { nullable: true }) bemerkung!: string | null;
}

@ObjectType({ description: 'Die Anmeldung eines Azubis zu einer Pruefung' })
export class Pruefungsanmeldung {
  @Field(() => ID) id!: string;
  @Field(() => AnmeldungStatus) status!: AnmeldungStatus;
  @Field(() => Ampel) ampel!: Ampel;
  @Field(() => Pruefung) pruefung!: Pruefung;
  @Field(() => ID) vertragId!: string;
  @Field(() => String) azubiName!: string;
  @Field(() => String) identnummer!: string;
  @Field(() => AusbildungsberufRef) beruf!: AusbildungsberufRef;
  @Field(() => String) betriebsstaetteName!: string;
  @Field(() => String) unternehmenName!: string;
  @Field(() => [AnmeldungAntwort]) antworten!: AnmeldungAntwort[];
  @Field(() => Boolean) nachweiseBestaetigt!: boolean;
  @Field(() => String, { nullable: true }) bemerkung!: string | null;
  @Field(() => Int, { description: 'Fuer die Konflikterkennung beim erneuten Einreichen' }) version!: number;
  @Field(() => Date, { nullable: true }) eingereichtAt!: Date | null;
  @Field(() => Date, { nullable: true }) bestaetigtAt!: Date | null;
  @Field(() => Date, { nullable: true }) entschiedenAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Ergebnisdatum' }) ergebnisFreigegebenAt!: Date | null;
  @Field(() => [AnmeldungEreignis]) ereignisse!: AnmeldungEreignis[];
  @Field(() => [String], {
    description:
      'Was der Betrachter jetzt tun darf: EINREICHEN, BESTAETIGEN, ZURUECKGEBEN, ZULASSEN, ABLEHNEN',
  })
  aktionen!: string[];
}

@ObjectType({ description: 'Eine Zeile der Seite "Pruefungen" des Betriebs: Pruefung x Azubi' })
export class BetriebPruefungZeile {
  @Field(() => Pruefung) pruefung!: Pruefung;
  @Field(() => ID) vertragId!: string;
  @Field(() => String) azubiName!: string;
  @Field(() => AusbildungsberufRef) beruf!: AusbildungsberufRef;
  @Field(() => String) betriebsstaetteName!: string;
  @Field(() => Pruefungsanmeldung, { nullable: true, description: 'null = noch nicht angemeldet' })
  anmeldung!: Pruefungsanmeldung | null;
  @Field(() => Ampel) ampel!: Ampel;
  @Field(() => [String], { description: 'Was der Betrieb jetzt tun darf (EINREICHEN)' }) aktionen!: string[];
}

@ObjectType({ description: 'Hinweise vor dem Einreichen einer Anmeldung' })
export class AnmeldungVorpruefung {
  @Field(() => [String]) warnungen!: string[];
  @Field(() => Int) fehlendeNachweise!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) letzterGenehmigterNachweisBis!:
    | string
    | null;
}
