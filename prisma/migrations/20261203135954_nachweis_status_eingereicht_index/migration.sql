-- CreateIndex
CREATE INDEX "Nachweis_status_eingereichtAt_idx" ON "Nachweis"("status", "eingereichtAt");

