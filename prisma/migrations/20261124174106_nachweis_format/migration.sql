-- AlterTable
ALTER TABLE "Nachweis" ADD COLUMN     "format" "NachweisFormat" NOT NULL DEFAULT 'WOECHENTLICH',
ADD COLUMN     "taetigkeiten" TEXT NOT NULL DEFAULT '';

