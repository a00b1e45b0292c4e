import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  adresseBestaetigen,
  ausGenehmigungenOeffnen,
  einladungAnnehmen,
  mitPinAnmelden,
  pinAusMail,
  regexText,
} from './support/genehmiger.js';
import { mailsTo, waitForMail } from './support/mails.js';
import { expectAccessible, loginAs, Shell, users } from './support/portal.js';

const FIAE = 'Fachinformatiker/-in Anwendungsentwicklung';

test.describe.configure({ mode: 'serial' });

async function als(browser: Browser, email: string): Promise<{ page: Page; shell: Shell }> {
  const page = await (await browser.newContext()).newPage();
  const shell = await loginAs(page, email);
  return { page, shell };
}

/** The link in a mail, as the recipient would click it. */
const linkIn = (text: string) =>
  new URL(text.match(/https?:\/\/\S+\/berichtsheft\/nachweis\/[0-9a-f-]+/)![0]).pathname;

async function tagAusfuellen(page: Page, tag: string, stunden: string, taetigkeiten: string) {
  const gruppe = page.getByRole('group', { name: tag });
  await gruppe.getByLabel('Stunden').fill(stunden);
  await gruppe.getByLabel('Tätigkeiten').fill(taetigkeiten);
  await expect(page.getByRole('status').filter({ hasText: /Gespeichert um/ })).toBeVisible();
}

async function einreichen(page: Page, an: string) {
  await page
    .getByLabel('E-Mail-Adresse der Ausbilderin / des Ausbilders oder der/des Ausbildungsbeauftragten')
    .fill(an);
  await page.getByRole('button', { name: 'Zur Genehmigung einreichen' }).click();
  await expect(page.getByText('Der Nachweis wurde zur Genehmigung eingereicht.')).toBeVisible();
}

test('the administrator switches electronic keeping on for the Beruf', async ({ page }) => {
  const shell = await loginAs(page, users.admin);
  await shell.go('Einstellungen');
  await expect(page.getByRole('heading', { name: 'Einstellungen für Ausbildungsnachweise' })).toBeVisible();
  const checkbox = page.getByRole('checkbox', { name: `Elektronischer Ausbildungsnachweis – ${FIAE}` });
  await expect(checkbox).toBeVisible();
  // Another spec (genehmiger) may have switched it on already.
  if (!(await checkbox.isChecked())) {
    await checkbox.check();
    await expect(
      page.getByRole('status').filter({ hasText: /eingeschaltet \((wöchentlich|täglich)\)/ }),
    ).toBeVisible();
  }
  await expect(checkbox).toBeChecked();
  // Story 1 writes day by day.
  await page.getByLabel(`Format – ${FIAE}`).selectOption({ label: 'täglich' });
  await expect(page.getByRole('status').filter({ hasText: 'eingeschaltet (täglich)' })).toBeVisible();
  await expectAccessible(page);
});

test('an Azubi writes and submits a week; the Ausbilder rejects, approves, and rejects it afterwards', async ({
  browser,
}) => {
  // A long story with two users; other specs run alongside on a 2-core machine.
  test.setTimeout(90_000);
  const azubi = await als(browser, users.azubi);
  await azubi.shell.go('Berichtsheft');
  await expect(azubi.page.getByText(/Wochen? fehl/).first()).toBeVisible();
  await azubi.page.getByRole('button', { name: 'Nachweis für KW 47 (16.11.–22.11.2026) anlegen' }).click();
  await expect(
    azubi.page.getByRole('heading', { name: 'Ausbildungsnachweis 16.11.2026 – 22.11.2026' }),
  ).toBeVisible();
  const wochenUrl = new URL(azubi.page.url()).pathname;
  await tagAusfuellen(azubi.page, 'Montag, 16.11.2026', '8', 'Datenbankmodell entworfen');
  await expectAccessible(azubi.page);
  await einreichen(azubi.page, users.ausbilder);

  // The Ausbilder is e-mailed and follows the link.
  const eingang = await waitForMail(users.ausbilder, /Max Muster zur Genehmigung/);
  expect(linkIn(eingang.text)).toBe(wochenUrl);
  const ausbilder = await als(browser, users.ausbilder);
  await ausbilder.page.goto(wochenUrl);
  await ausbilder.page
    .getByLabel('Bemerkung des Betreuers')
    .fill('Bitte die Tätigkeiten genauer beschreiben.');
  await ausbilder.page.getByRole('button', { name: 'Ablehnen', exact: true }).click();
  await expect(ausbilder.page.getByText('Abgelehnt').first()).toBeVisible();

  // The Azubi is told, sees the reason, edits and resubmits.
  await waitForMail(users.azubi, /wurde abgelehnt/);
  await azubi.page.reload();
  await expect(
    azubi.page.getByText('Bemerkung des Betreuers: Bitte die Tätigkeiten genauer beschreiben.'),
  ).toBeVisible();
  await tagAusfuellen(
    azubi.page,
    'Montag, 16.11.2026',
    '8',
    'Datenbankmodell für die Lagerverwaltung entworfen und mit dem Team besprochen',
  );
  await einreichen(azubi.page, users.ausbilder);

  // Approved: locked for the Azubi.
  await ausbilder.page.reload();
  await ausbilder.page.getByRole('button', { name: 'Genehmigen', exact: true }).click();
  await expect(ausbilder.page.getByText('Genehmigt').first()).toBeVisible();
  await waitForMail(users.azubi, /wurde genehmigt/);
  await azubi.page.reload();
  await expect(azubi.page.getByText('Genehmigt – nicht mehr änderbar')).toBeVisible();
  await expect(
    azubi.page.getByRole('group', { name: 'Montag, 16.11.2026' }).getByLabel('Tätigkeiten'),
  ).toHaveCount(0);

  // The Ausbilder rejects it afterwards: the Azubi can edit again.
  await ausbilder.page.reload();
  await ausbilder.page
    .getByLabel('Bemerkung des Betreuers')
    .fill('Das Datum des Berufsschultags stimmt nicht.');
  await ausbilder.page.getByRole('button', { name: 'Nachträglich ablehnen' }).click();
  await expect(ausbilder.page.getByText('Abgelehnt').first()).toBeVisible();
  await azubi.page.reload();
  await expect(
    azubi.page.getByRole('group', { name: 'Montag, 16.11.2026' }).getByLabel('Tätigkeiten'),
  ).toBeEditable();
  await expect(azubi.page.getByRole('heading', { name: 'Verlauf' })).toBeVisible();
});

test('an Ausbildungsbeauftragte without an account gets a PIN once the Betrieb confirms her address, and approves with it', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const betreuerin = 'betreuerin@extern-e2e.example';
  // This week is kept in the weekly form: one activities text for the week.
  const admin = await als(browser, users.admin);
  await admin.shell.go('Einstellungen');
  await admin.page.getByLabel(`Format – ${FIAE}`).selectOption({ label: 'wöchentlich' });
  await expect(
    admin.page.getByRole('status').filter({ hasText: 'eingeschaltet (wöchentlich)' }),
  ).toBeVisible();

  const azubi = await als(browser, users.azubi);
  await azubi.shell.go('Berichtsheft');
  await azubi.page.getByRole('button', { name: 'Nachweis für KW 46 (09.11.–15.11.2026) anlegen' }).click();
  await expect(
    azubi.page.getByRole('heading', { name: 'Ausbildungsnachweis 09.11.2026 – 15.11.2026' }),
  ).toBeVisible();
  const dienstag = azubi.page.getByRole('group', { name: 'Dienstag, 10.11.2026' });
  await expect(dienstag.getByLabel('Tätigkeiten')).toHaveCount(0);
  await dienstag.getByLabel('Stunden').fill('7.5');
  await azubi.page
    .getByLabel('Betriebliche Tätigkeiten der Woche')
    .fill('Kundentermin vorbereitet, Testfälle geschrieben');
  await expect(azubi.page.getByRole('status').filter({ hasText: /Gespeichert um/ })).toBeVisible();
  await einreichen(azubi.page, betreuerin);

  // Trust rule: nobody in the Betrieb has vouched for the address yet, so it gets no PIN and cannot
  // approve; the contract's Ausbilder is asked to confirm it.
  await expect(azubi.page.getByRole('region', { name: 'Genehmiger/-in noch nicht bestätigt' })).toContainText(
    `Die Adresse ${betreuerin} ist in Ihrem Betrieb noch nicht als Ausbildungsbeauftragte/r bestätigt`,
  );
  await waitForMail(users.ausbilder, new RegExp(`Bitte bestätigen: ${regexText(betreuerin)}`));
  expect(await mailsTo(betreuerin)).toEqual([]);
  const ausbilder = await als(browser, users.ausbilder);
  await adresseBestaetigen(ausbilder.page, betreuerin, 'Bettina', 'Betreuer');

  // On confirmation the PIN goes out; the same PIN would serve every Azubi who sends to her.
  const pin = await pinAusMail(betreuerin);
  const page = await mitPinAnmelden(browser, betreuerin, pin);
  await einladungAnnehmen(page);
  await ausGenehmigungenOeffnen(page, 'Max Muster', '09.11.–15.11.2026');
  await expect(page.getByText('Kundentermin vorbereitet, Testfälle geschrieben')).toBeVisible();
  await page.getByRole('button', { name: 'Genehmigen', exact: true }).click();
  await expect(page.getByText('Genehmigt').first()).toBeVisible();
  await waitForMail(users.azubi, /09\.11\.2026 bis 15\.11\.2026 wurde genehmigt/);
});
