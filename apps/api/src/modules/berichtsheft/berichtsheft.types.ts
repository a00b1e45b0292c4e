import { Anwesenheit, Lernort, NachweisFormat, NachweisStatus, Rolle } from '@portal/db';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(NachweisStatus, { name: 'NachweisStatus' });
registerEnumType(Lernort, { name: 'Lernort' });
registerEnumType(Anwesenheit, { name: 'Anwesenheit' });
registerEnumType(NachweisFormat, { name: 'NachweisFormat' });

export enum GenehmigerStand {
  BESTAETIGT = 'BESTAETIGT',
  WARTET_AUF_BETRIEB = 'WARTET_AUF_BETRIEB',
  WARTET_AUF_ANNAHME = 'WARTET_AUF_ANNAHME',
  KEIN_GENEHMIGER = 'KEIN_GENEHMIGER',
}
registerEnumType(GenehmigerStand, {
  name: 'GenehmigerStand',
  description:
    'BESTAETIGT: kann genehmigen; WARTET_AUF_BETRIEB: Adresse noch nicht vom Betrieb bestaetigt; WARTET_AUF_ANNAHME: eingeladen, noch nicht angenommen',
});

@ObjectType()
export class NachweisTag {
  @Field(() => String, { description: 'YYYY-MM-DD' }) datum!: string;
  @Field(() => Lernort) lernort!: Lernort;
  @Field(() => Anwesenheit) anwesenheit!: Anwesenheit;
  @Field(() => Float, { nullable: true }) stunden!: number | null;
  @Field(() => String) taetigkeiten!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Gesetzlicher Feiertag im Bundesland der Betriebsstaette',
  })
  feiertag!: string | null;
}

@ObjectType({ description: 'Ein Eintrag in der Historie eines Nachweises' })
export class NachweisEreignis {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String) ereignis!: string;
  @Field(() => NachweisStatus, { nullable: true }) vonStatus!: NachweisStatus | null;
  @Field(() => NachweisStatus) nachStatus!: NachweisStatus;
  @Field(() => String, { nullable: true }) bemerkung!: string | null;
  @Field(() => String, { description: 'Wer den Schritt getan hat (Name zum Zeitpunkt des Schritts)' })
  von!: string;
  @Field(() => Rolle, {
    nullable: true,
    description: 'In welcher Rolle (Genehmigungen: Ausbilder/-in oder Ausbildungsbeauftragte/r)',
  })
  rolle!: Rolle | null;
  @Field(() => Boolean, { description: 'In Vertretung fuer eine andere Person' }) fuerAndere!: boolean;
}

@ObjectType()
export class NachweisAbilities {
  @Field(() => Boolean) canEdit!: boolean;
  @Field(() => Boolean) canSubmit!: boolean;
  @Field(() => Boolean) canApprove!: boolean;
  @Field(() => Boolean) canReject!: boolean;
  @Field(() => Boolean) canRejectAfterwards!: boolean;
}

@ObjectType()
export class RahmenplanPosition {
  @Field(() => ID) id!: string;
  @Field(() => String) nummer!: string;
  @Field(() => String) titel!: string;
}

@ObjectType({ description: 'Ein Ausbildungsnachweis (meist eine Woche)' })
export class Nachweis {
  @Field(() => ID) id!: string;
  @Field(() => ID) vertragId!: string;
  @Field(() => String) von!: string;
  @Field(() => String) bis!: string;
  @Field(() => NachweisStatus) status!: NachweisStatus;
  @Field(() => NachweisFormat, {
    description: 'Woechentlich: ein Taetigkeitstext fuer die Woche; taeglich: je Tag',
  })
  format!: NachweisFormat;
  @Field(() => String, { description: 'Betriebliche Taetigkeiten der Woche (woechentliche Form)' })
  taetigkeiten!: string;
  @Field(() => String) abschnitt!: string;
  @Field(() => String) unterweisungen!: string;
  @Field(() => String) berufsschule!: string;
  @Field(() => Boolean) papierNachweise!: boolean;
  @Field(() => String, { nullable: true }) genehmigerEmail!: string | null;
  @Field(() => Int, { description: 'Steigt mit jeder Speicherung; fuer die Konflikterkennung' })
  version!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => [NachweisTag]) tage!: NachweisTag[];
  @Field(() => [ID]) rahmenplanIds!: string[];
  @Field(() => [RahmenplanPosition], {
    description: 'Der Ausbildungsrahmenplan des Berufs, fuer alle, die den Nachweis lesen duerfen',
  })
  rahmenplanPositionen!: RahmenplanPosition[];
  @Field(() => [String], { description: 'Fruehere Ausbildungsabschnitte dieses Ausbildungsverhaeltnisses' })
  abschnittVorschlaege!: string[];
  @Field(() => [NachweisEreignis]) ereignisse!: NachweisEreignis[];
  @Field(() => NachweisAbilities) abilities!: NachweisAbilities;
  @Field(() => GenehmigerStand, {
    nullable: true,
    description:
      'Ob die Person, an die der Nachweis ging, schon genehmigen kann (null: noch nicht eingereicht)',
  })
  genehmigerStand!: GenehmigerStand | null;
}

@ObjectType({ description: 'Ein Ergebnis der Plausibilitaetspruefung' })
export class Befund {
  @Field(() => String) field!: string;
  @Field(() => String) message!: string;
  @Field(() => String, { description: 'error oder warning' }) severity!: string;
}

@ObjectType({ description: 'Was ein Speichern geaendert hat; den Inhalt hat der Client selbst gesendet' })
export class NachweisGespeichert {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Die neue Version (fuer das naechste Speichern oder Einreichen)' })
  version!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => [Befund]) warnungen!: Befund[];
  // nachweis: the whole Nachweis again, loaded only when asked (NachweisGespeichertResolver).
}

@ObjectType()
export class WochenNachweis {
  @Field(() => ID) id!: string;
  @Field(() => String) von!: string;
  @Field(() => String) bis!: string;
  @Field(() => NachweisStatus) status!: NachweisStatus;
}

@ObjectType({ description: 'Eine Kalenderwoche des Ausbildungsverhaeltnisses' })
export class WochenEintrag {
  @Field(() => String) montag!: string;
  @Field(() => String) sonntag!: string;
  @Field(() => Boolean) fehlt!: boolean;
  @Field(() => [WochenNachweis]) nachweise!: WochenNachweis[];
}

@ObjectType()
export class AuszubildendeUebersicht {
  @Field(() => ID) vertragId!: string;
  @Field(() => String) azubiVorname!: string;
  @Field(() => String) azubiNachname!: string;
  @Field(() => String) beruf!: string;
  @Field(() => String) betriebsstaette!: string;
  @Field(() => Int) eingereicht!: number;
  @Field(() => Int) abgelehnt!: number;
  @Field(() => Int) genehmigt!: number;
  @Field(() => Int) fehlend!: number;
}

@ObjectType()
export class OffeneGenehmigung {
  @Field(() => ID) id!: string;
  @Field(() => String) von!: string;
  @Field(() => String) bis!: string;
  @Field(() => Date, { nullable: true }) eingereichtAt!: Date | null;
  @Field(() => Boolean) papierNachweise!: boolean;
  @Field(() => String) azubiName!: string;
  @Field(() => String) beruf!: string;
}

@ObjectType()
export class RahmenplanAbdeckung {
  @Field(() => ID) id!: string;
  @Field(() => String) nummer!: string;
  @Field(() => String) titel!: string;
  @Field(() => Boolean) abgedeckt!: boolean;
}

@ObjectType()
export class StundenNachLernort {
  @Field(() => Float) betrieb!: number;
  @Field(() => Float) berufsschule!: number;
  @Field(() => Float) ueberbetrieblich!: number;
}

@ObjectType()
export class Abdeckung {
  @Field(() => [RahmenplanAbdeckung]) positionen!: RahmenplanAbdeckung[];
  @Field(() => StundenNachLernort) stunden!: StundenNachLernort;
}

@ObjectType()
export class BerufRef {
  @Field(() => ID) id!: string;
  @Field(() => String) bezeichnung!: string;
}

@ObjectType()
export class BerichtsheftEinstellung {
  @Field(() => ID) betriebsstaetteId!: string;
  @Field(() => BerufRef) beruf!: BerufRef;
  @Field(() => Boolean) elektronisch!: boolean;
  @Field(() => NachweisFormat) format!: NachweisFormat;
}

@ObjectType()
export class SammelErgebnis {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
}
