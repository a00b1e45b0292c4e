import { DokumentArt } from '@portal/db';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(DokumentArt, { name: 'DokumentArt' });

@ObjectType({ description: 'Ein Teil des Pruefungsablaufs einer Pruefung (z. B. schriftliche Pruefung)' })
export class Pruefungstermin {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'z. B. "Schriftliche Prüfung"' }) bezeichnung!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) datum!: string;
  @Field(() => String, { description: '"08:30" (Ortszeit der Kammer)' }) uhrzeit!: string;
  @Field(() => String) ort!: string;
}

@ObjectType({ description: 'Das Ergebnis eines Pruefungsbereichs' })
export class Teilergebnis {
  @Field(() => String) teil!: string;
  @Field(() => Float, { nullable: true }) punkte!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Boolean) bestanden!: boolean;
}

@ObjectType({ description: 'Die Ergebnisse einer Pruefungsanmeldung (nur fuer Berechtigte)' })
export class AnmeldungErgebnis {
  @Field(() => ID) anmeldungId!: string;
  @Field(() => ID) pruefungId!: string;
  @Field(() => ID) vertragId!: string;
  @Field(() => String) azubiName!: string;
  @Field(() => String) identnummer!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'Ergebnisdatum; null = noch nicht freigegeben (nur die IHK sieht dann Ergebnisse)',
  })
  freigegebenAt!: Date | null;
  @Field(() => [Teilergebnis]) teile!: Teilergebnis[];
  @Field(() => Boolean, {
    description: 'Alle Pruefungsbereiche bestanden (und mindestens einer eingetragen)',
  })
  bestanden!: boolean;
  @Field(() => ID, { nullable: true, description: 'Das ausgestellte Zeugnis (GET /dokumente/<id>)' })
  zeugnisDokumentId!: string | null;
}

@ObjectType({ description: 'Ein Dokument unter "Profil – Dokumente" (z. B. ein Zeugnis)' })
export class Dokument {
  @Field(() => ID) id!: string;
  @Field(() => DokumentArt) art!: DokumentArt;
  @Field(() => String) titel!: string;
  @Field(() => String) dateiname!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { nullable: true }) azubiName!: string | null;
  @Field(() => String, {
    description: 'Download per GET mit dem Sitzungs-Cookie; das erste Oeffnen wird protokolliert',
  })
  url!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'Wann die eigene Seite (Azubi oder Betrieb) das Dokument zuerst geoeffnet hat',
  })
  geoeffnetAt!: Date | null;
}
