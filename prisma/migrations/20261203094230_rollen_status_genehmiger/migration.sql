-- CreateEnum
CREATE TYPE "RollenStatus" AS ENUM ('AKTIV', 'EINGELADEN', 'VORGESCHLAGEN');

-- AlterTable
ALTER TABLE "Rollenzuweisung" ADD COLUMN     "status" "RollenStatus" NOT NULL DEFAULT 'AKTIV',
ADD COLUMN     "vorgeschlagenVonUserId" UUID,
ADD COLUMN     "wirksamAb" TIMESTAMP(3),
ADD COLUMN     "wirksamDurchId" UUID;

-- AlterTable
ALTER TABLE "NachweisEreignis" ADD COLUMN     "actorName" TEXT,
ADD COLUMN     "actorRolle" "Rolle";

