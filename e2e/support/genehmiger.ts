import { type Browser, expect, type Page } from '@playwright/test';
import { waitForMail } from './mails.js';
import { Shell } from './portal.js';

/** For building a RegExp from an e-mail address. */
export const regexText = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Betrieb (an Ausbilder/-in or administrator, logged in on `page`) confirms an approver address
 * an Azubi named, under "Ausbildungsbeauftragte", naming the person.
 */
export async function adresseBestaetigen(page: Page, adresse: string, vorname: string, nachname: string) {
  await new Shell(page).go('Ausbildungsbeauftragte');
  await expect(page.getByRole('heading', { level: 1, name: 'Ausbildungsbeauftragte' })).toBeVisible();
  const karte = page.getByRole('article', { name: adresse });
  await expect(karte).toContainText('Vorgeschlagen – wartet auf Ihre Bestätigung');
  await karte.getByRole('button', { name: `Bestätigen – ${adresse}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Ausbildungsbeauftragte/n bestätigen' });
  await dialog.getByLabel('Vorname').fill(vorname);
  await dialog.getByLabel('Nachname').fill(nachname);
  await dialog.getByRole('button', { name: 'Bestätigen', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${adresse} ist bestätigt` })).toBeVisible();
}

/** The PIN from the mail the confirmed address gets (sent once, on confirmation). */
export async function pinAusMail(adresse: string): Promise<string> {
  const mail = await waitForMail(adresse, /Zugang als Ausbildungsbeauftragte/);
  return mail.text.match(/Ihre PIN: (\d{8})/)![1];
}

/** Logs in with e-mail and PIN in a fresh browser context. */
export async function mitPinAnmelden(
  browser: Browser,
  adresse: string,
  pin: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
  await page.goto('/anmelden/pin');
  await expect(page.getByRole('heading', { name: 'Anmeldung mit PIN' })).toBeVisible();
  await page.getByLabel('E-Mail-Adresse').fill(adresse);
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Willkommen|Noch keine Rolle/ })).toBeVisible();
  return page;
}

/** The invited person accepts the role under "Profil – Berechtigungen". */
export async function einladungAnnehmen(page: Page) {
  await page.goto('/profil/berechtigungen');
  await expect(page.getByRole('heading', { level: 1, name: 'Berechtigungen' })).toBeVisible();
  const einladung = page.getByRole('article').filter({ hasText: 'Ausbildungsbeauftragte' });
  await einladung.getByRole('button', { name: /Annehmen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /angenommen/ })).toBeVisible();
}

/** The approver opens a submitted week from "Genehmigungen" (link "Nachweis von …, 09.11.–15.11.2026 öffnen"). */
export async function ausGenehmigungenOeffnen(page: Page, azubiName: string, zeitraum: string) {
  await page.goto('/genehmigungen');
  await expect(page.getByRole('heading', { level: 1, name: 'Genehmigungen' })).toBeVisible();
  await page
    .getByRole('link', { name: new RegExp(`Nachweis von ${regexText(azubiName)}, ${regexText(zeitraum)}`) })
    .click();
}
