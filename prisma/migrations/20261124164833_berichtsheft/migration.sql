-- CreateEnum
CREATE TYPE "NachweisFormat" AS ENUM ('WOECHENTLICH', 'TAEGLICH');

-- CreateEnum
CREATE TYPE "NachweisStatus" AS ENUM ('ENTWURF', 'EINGEREICHT', 'GENEHMIGT', 'ABGELEHNT');

-- CreateEnum
CREATE TYPE "Lernort" AS ENUM ('BETRIEB', 'BERUFSSCHULE', 'UEBERBETRIEBLICH');

-- CreateEnum
CREATE TYPE "Anwesenheit" AS ENUM ('ANWESEND', 'URLAUB', 'KRANK', 'FEIERTAG', 'BERUFSSCHULE_FREI', 'SONSTIGE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "pinFailedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pinHash" TEXT,
ADD COLUMN     "pinLockedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "BerichtsheftEinstellung" (
    "id" UUID NOT NULL,
    "betriebsstaetteId" UUID NOT NULL,
    "berufId" UUID NOT NULL,
    "elektronisch" BOOLEAN NOT NULL DEFAULT false,
    "format" "NachweisFormat" NOT NULL DEFAULT 'WOECHENTLICH',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "BerichtsheftEinstellung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nachweis" (
    "id" UUID NOT NULL,
    "vertragId" UUID NOT NULL,
    "von" DATE NOT NULL,
    "bis" DATE NOT NULL,
    "status" "NachweisStatus" NOT NULL DEFAULT 'ENTWURF',
    "abschnitt" TEXT NOT NULL DEFAULT '',
    "unterweisungen" TEXT NOT NULL DEFAULT '',
    "berufsschule" TEXT NOT NULL DEFAULT '',
    "papierNachweise" BOOLEAN NOT NULL DEFAULT false,
    "genehmigerEmail" TEXT,
    "genehmigerUserId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "eingereichtAt" TIMESTAMP(3),
    "entschiedenAt" TIMESTAMP(3),

    CONSTRAINT "Nachweis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NachweisTag" (
    "id" UUID NOT NULL,
    "nachweisId" UUID NOT NULL,
    "datum" DATE NOT NULL,
    "lernort" "Lernort" NOT NULL DEFAULT 'BETRIEB',
    "anwesenheit" "Anwesenheit" NOT NULL DEFAULT 'ANWESEND',
    "stunden" DECIMAL(4,2),
    "taetigkeiten" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "NachweisTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NachweisRahmenplan" (
    "nachweisId" UUID NOT NULL,
    "positionId" UUID NOT NULL,

    CONSTRAINT "NachweisRahmenplan_pkey" PRIMARY KEY ("nachweisId","positionId")
);

-- CreateTable
CREATE TABLE "NachweisEreignis" (
    "id" UUID NOT NULL,
    "nachweisId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID NOT NULL,
    "onBehalfOfUserId" UUID,
    "ereignis" TEXT NOT NULL,
    "vonStatus" "NachweisStatus",
    "nachStatus" "NachweisStatus" NOT NULL,
    "bemerkung" TEXT,

    CONSTRAINT "NachweisEreignis_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BerichtsheftEinstellung_betriebsstaetteId_berufId_key" ON "BerichtsheftEinstellung"("betriebsstaetteId", "berufId");

-- CreateIndex
CREATE INDEX "Nachweis_vertragId_von_idx" ON "Nachweis"("vertragId", "von");

-- CreateIndex
CREATE INDEX "Nachweis_genehmigerUserId_status_idx" ON "Nachweis"("genehmigerUserId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NachweisTag_nachweisId_datum_key" ON "NachweisTag"("nachweisId", "datum");

-- CreateIndex
CREATE INDEX "NachweisEreignis_nachweisId_at_idx" ON "NachweisEreignis"("nachweisId", "at");

-- AddForeignKey
ALTER TABLE "BerichtsheftEinstellung" ADD CONSTRAINT "BerichtsheftEinstellung_betriebsstaetteId_fkey" FOREIGN KEY ("betriebsstaetteId") REFERENCES "Betriebsstaette"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BerichtsheftEinstellung" ADD CONSTRAINT "BerichtsheftEinstellung_berufId_fkey" FOREIGN KEY ("berufId") REFERENCES "Ausbildungsberuf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nachweis" ADD CONSTRAINT "Nachweis_vertragId_fkey" FOREIGN KEY ("vertragId") REFERENCES "Ausbildungsverhaeltnis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nachweis" ADD CONSTRAINT "Nachweis_genehmigerUserId_fkey" FOREIGN KEY ("genehmigerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NachweisTag" ADD CONSTRAINT "NachweisTag_nachweisId_fkey" FOREIGN KEY ("nachweisId") REFERENCES "Nachweis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NachweisRahmenplan" ADD CONSTRAINT "NachweisRahmenplan_nachweisId_fkey" FOREIGN KEY ("nachweisId") REFERENCES "Nachweis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NachweisRahmenplan" ADD CONSTRAINT "NachweisRahmenplan_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "RahmenplanPosition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NachweisEreignis" ADD CONSTRAINT "NachweisEreignis_nachweisId_fkey" FOREIGN KEY ("nachweisId") REFERENCES "Nachweis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NachweisEreignis" ADD CONSTRAINT "NachweisEreignis_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

