-- CreateEnum
CREATE TYPE "Pruefungssaison" AS ENUM ('SOMMER', 'WINTER');

-- CreateEnum
CREATE TYPE "Pruefungsart" AS ENUM ('ZWISCHENPRUEFUNG', 'ABSCHLUSSPRUEFUNG', 'TEIL_1', 'TEIL_2');

-- CreateEnum
CREATE TYPE "AnmeldungStatus" AS ENUM ('ENTWURF', 'AZUBI_PRUEFT', 'ZURUECK_AN_BETRIEB', 'BEI_IHK', 'ZUGELASSEN', 'ABGELEHNT');

-- CreateEnum
CREATE TYPE "DokumentArt" AS ENUM ('ZEUGNIS', 'EINTRAGUNGSBESTAETIGUNG', 'SONSTIGES');

-- CreateEnum
CREATE TYPE "KontoTokenZweck" AS ENUM ('EINLADUNG', 'PASSWORT_RESET', 'EMAIL_AENDERUNG');

-- CreateEnum
CREATE TYPE "VertretungStatus" AS ENUM ('BEANTRAGT', 'AKTIV', 'BEENDET', 'ABGELEHNT');

-- CreateEnum
CREATE TYPE "AntragStatus" AS ENUM ('BEANTRAGT', 'GENEHMIGT', 'ABGELEHNT');

-- CreateEnum
CREATE TYPE "KammerAufgabeArt" AS ENUM ('AUSBILDER_AENDERUNG');

-- AlterEnum
ALTER TYPE "Rolle" ADD VALUE 'PRUEFUNGSTEILNEHMER';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "benutzername" TEXT,
ADD COLUMN     "passwordChangedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Pruefung" (
    "id" UUID NOT NULL,
    "kammerId" UUID NOT NULL,
    "saison" "Pruefungssaison" NOT NULL,
    "jahr" INTEGER NOT NULL,
    "art" "Pruefungsart" NOT NULL,
    "anmeldeschluss" DATE NOT NULL,
    "zusatzfragen" JSONB NOT NULL DEFAULT '[]',
    "termineFreigegebenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Pruefung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PruefungBeruf" (
    "pruefungId" UUID NOT NULL,
    "berufId" UUID NOT NULL,

    CONSTRAINT "PruefungBeruf_pkey" PRIMARY KEY ("pruefungId","berufId")
);

-- CreateTable
CREATE TABLE "Pruefungstermin" (
    "id" UUID NOT NULL,
    "pruefungId" UUID NOT NULL,
    "bezeichnung" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "uhrzeit" TEXT NOT NULL,
    "ort" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pruefungstermin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pruefungsanmeldung" (
    "id" UUID NOT NULL,
    "pruefungId" UUID NOT NULL,
    "vertragId" UUID NOT NULL,
    "status" "AnmeldungStatus" NOT NULL DEFAULT 'ENTWURF',
    "antworten" JSONB NOT NULL DEFAULT '{}',
    "nachweiseBestaetigt" BOOLEAN NOT NULL DEFAULT false,
    "bemerkung" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,
    "eingereichtAt" TIMESTAMP(3),
    "bestaetigtAt" TIMESTAMP(3),
    "entschiedenAt" TIMESTAMP(3),
    "ergebnisFreigegebenAt" TIMESTAMP(3),

    CONSTRAINT "Pruefungsanmeldung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PruefungsanmeldungEreignis" (
    "id" UUID NOT NULL,
    "anmeldungId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID NOT NULL,
    "onBehalfOfUserId" UUID,
    "ereignis" TEXT NOT NULL,
    "vonStatus" "AnmeldungStatus",
    "nachStatus" "AnmeldungStatus" NOT NULL,
    "bemerkung" TEXT,

    CONSTRAINT "PruefungsanmeldungEreignis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pruefungsergebnis" (
    "id" UUID NOT NULL,
    "anmeldungId" UUID NOT NULL,
    "teil" TEXT NOT NULL,
    "punkte" DECIMAL(5,2),
    "note" TEXT,
    "bestanden" BOOLEAN NOT NULL,
    "eingetragenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eingetragenById" UUID,

    CONSTRAINT "Pruefungsergebnis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dokument" (
    "id" UUID NOT NULL,
    "art" "DokumentArt" NOT NULL,
    "titel" TEXT NOT NULL,
    "dateiname" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL DEFAULT 'application/pdf',
    "inhalt" BYTEA NOT NULL,
    "vertragId" UUID,
    "anmeldungId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "geoeffnetAzubiAt" TIMESTAMP(3),
    "geoeffnetBetriebAt" TIMESTAMP(3),

    CONSTRAINT "Dokument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KontoToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "zweck" "KontoTokenZweck" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "neueEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "invalidatedAt" TIMESTAMP(3),
    "createdById" UUID,

    CONSTRAINT "KontoToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Drosselung" (
    "schluessel" TEXT NOT NULL,
    "fenster" TIMESTAMP(3) NOT NULL,
    "anzahl" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Drosselung_pkey" PRIMARY KEY ("schluessel","fenster")
);

-- CreateTable
CREATE TABLE "Vertretung" (
    "id" UUID NOT NULL,
    "vertretenerUserId" UUID NOT NULL,
    "vertreterUserId" UUID,
    "vertreterEmail" TEXT NOT NULL,
    "vertreterVorname" TEXT NOT NULL,
    "vertreterNachname" TEXT NOT NULL,
    "kammerId" UUID,
    "status" "VertretungStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,
    "entschiedenAt" TIMESTAMP(3),
    "entschiedenById" UUID,
    "beendetAt" TIMESTAMP(3),
    "beendetById" UUID,

    CONSTRAINT "Vertretung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unternehmensantrag" (
    "id" UUID NOT NULL,
    "kammerId" UUID NOT NULL,
    "firmenname" TEXT NOT NULL,
    "strasse" TEXT,
    "plz" TEXT NOT NULL,
    "ort" TEXT NOT NULL,
    "bundesland" TEXT NOT NULL,
    "unternehmensEmail" TEXT NOT NULL,
    "vorname" TEXT NOT NULL,
    "nachname" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" "AntragStatus" NOT NULL DEFAULT 'BEANTRAGT',
    "begruendung" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entschiedenAt" TIMESTAMP(3),
    "entschiedenById" UUID,
    "unternehmenId" UUID,

    CONSTRAINT "Unternehmensantrag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KammerAufgabe" (
    "id" UUID NOT NULL,
    "kammerId" UUID NOT NULL,
    "art" "KammerAufgabeArt" NOT NULL,
    "unternehmenId" UUID NOT NULL,
    "betriebsstaetteId" UUID,
    "betreffUserId" UUID,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,
    "onBehalfOfUserId" UUID,
    "erledigtAt" TIMESTAMP(3),
    "erledigtById" UUID,

    CONSTRAINT "KammerAufgabe_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Pruefung_kammerId_anmeldeschluss_idx" ON "Pruefung"("kammerId", "anmeldeschluss");

-- CreateIndex
CREATE INDEX "PruefungBeruf_berufId_idx" ON "PruefungBeruf"("berufId");

-- CreateIndex
CREATE INDEX "Pruefungstermin_pruefungId_datum_idx" ON "Pruefungstermin"("pruefungId", "datum");

-- CreateIndex
CREATE INDEX "Pruefungsanmeldung_vertragId_idx" ON "Pruefungsanmeldung"("vertragId");

-- CreateIndex
CREATE INDEX "Pruefungsanmeldung_pruefungId_status_idx" ON "Pruefungsanmeldung"("pruefungId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Pruefungsanmeldung_pruefungId_vertragId_key" ON "Pruefungsanmeldung"("pruefungId", "vertragId");

-- CreateIndex
CREATE INDEX "PruefungsanmeldungEreignis_anmeldungId_at_idx" ON "PruefungsanmeldungEreignis"("anmeldungId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Pruefungsergebnis_anmeldungId_teil_key" ON "Pruefungsergebnis"("anmeldungId", "teil");

-- CreateIndex
CREATE INDEX "Dokument_vertragId_idx" ON "Dokument"("vertragId");

-- CreateIndex
CREATE INDEX "Dokument_anmeldungId_idx" ON "Dokument"("anmeldungId");

-- CreateIndex
CREATE UNIQUE INDEX "KontoToken_tokenHash_key" ON "KontoToken"("tokenHash");

-- CreateIndex
CREATE INDEX "KontoToken_userId_zweck_idx" ON "KontoToken"("userId", "zweck");

-- CreateIndex
CREATE INDEX "Vertretung_vertretenerUserId_status_idx" ON "Vertretung"("vertretenerUserId", "status");

-- CreateIndex
CREATE INDEX "Vertretung_vertreterUserId_status_idx" ON "Vertretung"("vertreterUserId", "status");

-- CreateIndex
CREATE INDEX "Vertretung_kammerId_status_idx" ON "Vertretung"("kammerId", "status");

-- CreateIndex
CREATE INDEX "Unternehmensantrag_kammerId_status_idx" ON "Unternehmensantrag"("kammerId", "status");

-- CreateIndex
CREATE INDEX "KammerAufgabe_kammerId_erledigtAt_idx" ON "KammerAufgabe"("kammerId", "erledigtAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_benutzername_key" ON "User"("benutzername");

-- AddForeignKey
ALTER TABLE "Pruefung" ADD CONSTRAINT "Pruefung_kammerId_fkey" FOREIGN KEY ("kammerId") REFERENCES "Kammer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PruefungBeruf" ADD CONSTRAINT "PruefungBeruf_pruefungId_fkey" FOREIGN KEY ("pruefungId") REFERENCES "Pruefung"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PruefungBeruf" ADD CONSTRAINT "PruefungBeruf_berufId_fkey" FOREIGN KEY ("berufId") REFERENCES "Ausbildungsberuf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pruefungstermin" ADD CONSTRAINT "Pruefungstermin_pruefungId_fkey" FOREIGN KEY ("pruefungId") REFERENCES "Pruefung"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pruefungsanmeldung" ADD CONSTRAINT "Pruefungsanmeldung_pruefungId_fkey" FOREIGN KEY ("pruefungId") REFERENCES "Pruefung"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pruefungsanmeldung" ADD CONSTRAINT "Pruefungsanmeldung_vertragId_fkey" FOREIGN KEY ("vertragId") REFERENCES "Ausbildungsverhaeltnis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PruefungsanmeldungEreignis" ADD CONSTRAINT "PruefungsanmeldungEreignis_anmeldungId_fkey" FOREIGN KEY ("anmeldungId") REFERENCES "Pruefungsanmeldung"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pruefungsergebnis" ADD CONSTRAINT "Pruefungsergebnis_anmeldungId_fkey" FOREIGN KEY ("anmeldungId") REFERENCES "Pruefungsanmeldung"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dokument" ADD CONSTRAINT "Dokument_vertragId_fkey" FOREIGN KEY ("vertragId") REFERENCES "Ausbildungsverhaeltnis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dokument" ADD CONSTRAINT "Dokument_anmeldungId_fkey" FOREIGN KEY ("anmeldungId") REFERENCES "Pruefungsanmeldung"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KontoToken" ADD CONSTRAINT "KontoToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vertretung" ADD CONSTRAINT "Vertretung_vertretenerUserId_fkey" FOREIGN KEY ("vertretenerUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vertretung" ADD CONSTRAINT "Vertretung_vertreterUserId_fkey" FOREIGN KEY ("vertreterUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unternehmensantrag" ADD CONSTRAINT "Unternehmensantrag_kammerId_fkey" FOREIGN KEY ("kammerId") REFERENCES "Kammer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KammerAufgabe" ADD CONSTRAINT "KammerAufgabe_kammerId_fkey" FOREIGN KEY ("kammerId") REFERENCES "Kammer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

