-- AlterTable
ALTER TABLE "MailOutbox" ADD COLUMN     "claimToken" UUID;

