-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Rolle" AS ENUM ('AZUBI', 'AUSBILDER', 'AUSBILDUNGSBEAUFTRAGTE', 'AUSBILDUNGSADMINISTRATOR', 'IHK_SACHBEARBEITER', 'PRUEFER');

-- CreateEnum
CREATE TYPE "BetriebsstaettenArt" AS ENUM ('HAUPTSITZ', 'FILIALE', 'NIEDERLASSUNG');

-- CreateEnum
CREATE TYPE "NachweisForm" AS ENUM ('SCHRIFTLICH', 'ELEKTRONISCH');

-- CreateTable
CREATE TABLE "Kammer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kurzname" TEXT NOT NULL,

    CONSTRAINT "Kammer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unternehmen" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kammerId" UUID NOT NULL,
    "email" TEXT,
    "hauptsitzZugriff" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unternehmen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Betriebsstaette" (
    "id" UUID NOT NULL,
    "unternehmenId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "art" "BetriebsstaettenArt" NOT NULL,
    "strasse" TEXT,
    "plz" TEXT NOT NULL,
    "ort" TEXT NOT NULL,
    "bundesland" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Betriebsstaette_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "vorname" TEXT NOT NULL,
    "nachname" TEXT NOT NULL,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rollenzuweisung" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "rolle" "Rolle" NOT NULL,
    "betriebsstaetteId" UUID,
    "kammerId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Rollenzuweisung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "csrfTokenHash" TEXT NOT NULL,
    "arbeitsbereich" TEXT,
    "actingForUserId" UUID,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ausbildungsberuf" (
    "id" UUID NOT NULL,
    "bezeichnung" TEXT NOT NULL,
    "berufsnummer" TEXT NOT NULL,

    CONSTRAINT "Ausbildungsberuf_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RahmenplanPosition" (
    "id" UUID NOT NULL,
    "berufId" UUID NOT NULL,
    "nummer" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "sortierung" INTEGER NOT NULL,

    CONSTRAINT "RahmenplanPosition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ausbildungsverhaeltnis" (
    "id" UUID NOT NULL,
    "betriebsstaetteId" UUID NOT NULL,
    "berufId" UUID NOT NULL,
    "identnummer" TEXT NOT NULL,
    "azubiVorname" TEXT NOT NULL,
    "azubiNachname" TEXT NOT NULL,
    "azubiEmail" TEXT,
    "azubiUserId" UUID,
    "ausbilderUserId" UUID,
    "beginn" DATE NOT NULL,
    "ende" DATE NOT NULL,
    "nachweisForm" "NachweisForm" NOT NULL DEFAULT 'ELEKTRONISCH',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ausbildungsverhaeltnis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID NOT NULL,
    "onBehalfOfUserId" UUID,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "unternehmenId" UUID,
    "data" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Kammer_kurzname_key" ON "Kammer"("kurzname");

-- CreateIndex
CREATE INDEX "Unternehmen_kammerId_idx" ON "Unternehmen"("kammerId");

-- CreateIndex
CREATE INDEX "Betriebsstaette_unternehmenId_idx" ON "Betriebsstaette"("unternehmenId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Rollenzuweisung_betriebsstaetteId_idx" ON "Rollenzuweisung"("betriebsstaetteId");

-- CreateIndex
CREATE INDEX "Rollenzuweisung_kammerId_idx" ON "Rollenzuweisung"("kammerId");

-- CreateIndex
CREATE UNIQUE INDEX "Rollenzuweisung_userId_betriebsstaetteId_rolle_key" ON "Rollenzuweisung"("userId", "betriebsstaetteId", "rolle");

-- CreateIndex
CREATE UNIQUE INDEX "Rollenzuweisung_userId_kammerId_rolle_key" ON "Rollenzuweisung"("userId", "kammerId", "rolle");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Ausbildungsberuf_berufsnummer_key" ON "Ausbildungsberuf"("berufsnummer");

-- CreateIndex
CREATE UNIQUE INDEX "RahmenplanPosition_berufId_nummer_key" ON "RahmenplanPosition"("berufId", "nummer");

-- CreateIndex
CREATE UNIQUE INDEX "Ausbildungsverhaeltnis_identnummer_key" ON "Ausbildungsverhaeltnis"("identnummer");

-- CreateIndex
CREATE INDEX "Ausbildungsverhaeltnis_betriebsstaetteId_idx" ON "Ausbildungsverhaeltnis"("betriebsstaetteId");

-- CreateIndex
CREATE INDEX "Ausbildungsverhaeltnis_azubiUserId_idx" ON "Ausbildungsverhaeltnis"("azubiUserId");

-- CreateIndex
CREATE INDEX "Ausbildungsverhaeltnis_ausbilderUserId_idx" ON "Ausbildungsverhaeltnis"("ausbilderUserId");

-- CreateIndex
CREATE INDEX "AuditEvent_unternehmenId_at_idx" ON "AuditEvent"("unternehmenId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_idx" ON "AuditEvent"("subjectType", "subjectId");

-- AddForeignKey
ALTER TABLE "Unternehmen" ADD CONSTRAINT "Unternehmen_kammerId_fkey" FOREIGN KEY ("kammerId") REFERENCES "Kammer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Betriebsstaette" ADD CONSTRAINT "Betriebsstaette_unternehmenId_fkey" FOREIGN KEY ("unternehmenId") REFERENCES "Unternehmen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rollenzuweisung" ADD CONSTRAINT "Rollenzuweisung_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rollenzuweisung" ADD CONSTRAINT "Rollenzuweisung_betriebsstaetteId_fkey" FOREIGN KEY ("betriebsstaetteId") REFERENCES "Betriebsstaette"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rollenzuweisung" ADD CONSTRAINT "Rollenzuweisung_kammerId_fkey" FOREIGN KEY ("kammerId") REFERENCES "Kammer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RahmenplanPosition" ADD CONSTRAINT "RahmenplanPosition_berufId_fkey" FOREIGN KEY ("berufId") REFERENCES "Ausbildungsberuf"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ausbildungsverhaeltnis" ADD CONSTRAINT "Ausbildungsverhaeltnis_betriebsstaetteId_fkey" FOREIGN KEY ("betriebsstaetteId") REFERENCES "Betriebsstaette"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ausbildungsverhaeltnis" ADD CONSTRAINT "Ausbildungsverhaeltnis_berufId_fkey" FOREIGN KEY ("berufId") REFERENCES "Ausbildungsberuf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ausbildungsverhaeltnis" ADD CONSTRAINT "Ausbildungsverhaeltnis_azubiUserId_fkey" FOREIGN KEY ("azubiUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ausbildungsverhaeltnis" ADD CONSTRAINT "Ausbildungsverhaeltnis_ausbilderUserId_fkey" FOREIGN KEY ("ausbilderUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

