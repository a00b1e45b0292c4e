import { expect, type Page, test } from '@playwright/test';
import { waitForMail } from './support/mails.js';
import { expectAccessible, LoginPage, loginAs, newUserPage, users } from './support/portal.js';

/**
 * Issue 5 (H6): a company applies online and the IHK clerk approves it; a participant of a
 * Fortbildungspruefung registers; the Betrieb sends an "Änderungsmail" that reaches the IHK.
 */

const PASSWORT = 'Brötchen-vom-Prinzipalmarkt-2026';

/** The path and query of the invitation link in a mail, as the recipient would click it. */
function einladungslink(text: string): string {
  const match = text.match(/https?:\/\/\S+\/passwort-setzen\?token=[\w-]+/);
  expect(match, 'link /passwort-setzen').not.toBeNull();
  const url = new URL(match![0]);
  return `${url.pathname}${url.search}`;
}

/** H4's page: sets the password from the link, then the login page says so. */
async function passwortFestlegen(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort festlegen' })).toBeVisible();
  await page.getByLabel('Neues Passwort', { exact: true }).fill(PASSWORT);
  await page.getByLabel('Neues Passwort wiederholen').fill(PASSWORT);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
}

test('a company applies online, the IHK clerk approves, the applicant sets a password and administers the company', async ({
  page,
  browser,
}) => {
  const email = 'greta.gruen@gruen-gartenbau.example';
  const firma = 'Grün Gartenbau GmbH';
  await new LoginPage(page).open();
  await page.getByRole('link', { name: /Online beantragen/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zugang für Ihr Unternehmen beantragen' }),
  ).toBeVisible();

  // Missing fields are named next to each field, the first one gets the focus.
  await page.getByRole('button', { name: 'Antrag absenden' }).click();
  await expect(page.getByLabel('Ihre IHK')).toBeFocused();
  await expect(page.getByText('Bitte geben Sie eine fünfstellige Postleitzahl an.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Ihre IHK').selectOption({ label: 'IHK Nord Westfalen' });
  await page.getByLabel('Name des Unternehmens').fill(firma);
  await page.getByLabel('Straße und Hausnummer').fill('Kanalstraße 40');
  await page.getByLabel('Postleitzahl').fill('4815');
  await page.getByLabel('Ort').fill('Münster');
  await page.getByLabel('Bundesland').selectOption({ label: 'Nordrhein-Westfalen' });
  await page.getByLabel('E-Mail-Adresse des Unternehmens').fill('ausbildung@gruen-gartenbau.example');
  await page.getByLabel('Vorname').fill('Greta');
  await page.getByLabel('Nachname').fill('Grün');
  await page.getByLabel('Ihre E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Antrag absenden' }).click();
  // The server's field check: four digits are not a Postleitzahl.
  await expect(page.getByLabel('Postleitzahl')).toBeFocused();
  await expect(page.getByLabel('Postleitzahl')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Postleitzahl').fill('48155');
  await page.getByRole('button', { name: 'Antrag absenden' }).click();
  await expect(page.getByRole('status')).toContainText('Ihr Antrag ist eingegangen');
  await expectAccessible(page);
  await waitForMail(email, /ist eingegangen/);

  // The IHK clerk approves it in the back office.
  const clerk = await newUserPage(browser);
  const shell = await loginAs(clerk, users.sachbearbeitung);
  await shell.go('Unternehmensanträge');
  await expect(clerk.getByRole('heading', { level: 1, name: 'Unternehmensanträge' })).toBeVisible();
  const karte = clerk.getByRole('article', { name: firma });
  await expect(karte).toContainText('Kanalstraße 40, 48155 Münster (Nordrhein-Westfalen)');
  await expectAccessible(clerk);
  await karte.getByRole('button', { name: `Genehmigen – ${firma}` }).click();
  await expect(
    clerk.getByRole('status').filter({ hasText: `Antrag von „${firma}“ genehmigt.` }),
  ).toBeVisible();
  // The invitation went out at once: no "Leider konnten wir Ihnen keine E-Mail zusenden".
  await expect(clerk.getByRole('alert')).toHaveCount(0);
  await expect(clerk.getByRole('article', { name: firma })).toHaveCount(0);
  await shell.go('Unternehmen der Kammer');
  await expect(clerk.getByRole('article', { name: firma })).toBeVisible();

  // The applicant gets the link, sets a password and administers the new Unternehmen.
  const mail = await waitForMail(email, /Ihr Zugang zum Ausbildungsportal ist freigeschaltet/);
  const applicant = await newUserPage(browser);
  await passwortFestlegen(applicant, einladungslink(mail.text));
  await new LoginPage(applicant).login(email, PASSWORT);
  await expect(applicant.getByRole('heading', { name: 'Willkommen, Greta Grün' })).toBeVisible();
  await expect(applicant.getByText('Ausbildungsadministrator/-in')).toBeVisible();
  await expect(
    applicant
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Benutzer und Rollen' }),
  ).toBeVisible();
});

test('a participant of a Fortbildungsprüfung registers and sees what the account is for', async ({
  page,
}) => {
  const email = 'theo.teilnehmer@example.org';
  await page.goto('/anmelden');
  await page.getByRole('link', { name: /Hier registrieren/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Registrierung für Prüfungsteilnehmer/-innen' }),
  ).toBeVisible();
  await page.getByLabel('Ihre IHK').selectOption({ label: 'IHK Nord Westfalen' });
  await page.getByLabel('Vorname').fill('Theo');
  await page.getByLabel('Nachname').fill('Teilnehmer');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Registrieren' }).click();
  const antwort = page.getByRole('status');
  await expect(antwort).toContainText('Wir haben Ihnen eine E-Mail an die angegebene Adresse gesendet.');
  const textNeu = await antwort.textContent();
  await expectAccessible(page);

  // An address that has an account gets exactly the same answer (its owner gets a mail instead).
  await page.goto('/registrieren');
  await page.getByLabel('Ihre IHK').selectOption({ label: 'IHK Nord Westfalen' });
  await page.getByLabel('Vorname').fill('Anna');
  await page.getByLabel('Nachname').fill('Adler');
  await page.getByLabel('E-Mail-Adresse').fill(users.admin);
  await page.getByRole('button', { name: 'Registrieren' }).click();
  await expect(page.getByRole('status')).toHaveText(textNeu ?? '');
  await waitForMail(users.admin, /Sie haben bereits ein Konto/);

  const mail = await waitForMail(email, /Ihre Registrierung im Ausbildungsportal/);
  await passwortFestlegen(page, einladungslink(mail.text));
  await new LoginPage(page).login(email, PASSWORT);
  await expect(page.getByRole('heading', { name: 'Ihr Zugang als Prüfungsteilnehmer/-in' })).toBeVisible();
  await expectAccessible(page);
});

test('the Betrieb sends an Änderungsmail about an Ausbilder; the IHK marks the task done', async ({
  page,
  browser,
}) => {
  const text = 'Herr Becker heißt seit dem 1. November 2026 Becker-Lindner.';
  await loginAs(page, users.admin);
  await page.goto('/verwaltung/ausbilder');
  await page.getByRole('button', { name: 'Änderungsmail zu Bernd Becker' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Änderungsmail zu Bernd Becker' });
  await expect(dialog.getByLabel('Was hat sich geändert?')).toBeFocused();
  await expectAccessible(page);
  await dialog.getByLabel('Was hat sich geändert?').fill(text);
  await dialog.getByRole('button', { name: 'An die IHK senden' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Die Änderungsmail zu Bernd Becker wurde an Ihre IHK gesendet.' }),
  ).toBeVisible();

  const clerk = await newUserPage(browser);
  const shell = await loginAs(clerk, users.sachbearbeitung);
  await shell.go('Aufgaben');
  const aufgabe = clerk.getByRole('article').filter({ hasText: text });
  await expect(aufgabe).toContainText('Muster Maschinenbau GmbH');
  await aufgabe.getByRole('button', { name: /Als erledigt markieren/ }).click();
  await expect(clerk.getByRole('status').filter({ hasText: 'als erledigt markiert' })).toBeVisible();
  await expect(clerk.getByRole('article').filter({ hasText: text })).toHaveCount(0);
  await clerk.getByLabel('Aufgaben anzeigen').selectOption('erledigt');
  await expect(clerk.getByRole('article').filter({ hasText: text })).toBeVisible();
});

test('the IHK clerk creates a Prüfer account and refuses an application with a reason', async ({ page }) => {
  const email = 'petra.pruefend@example.org';
  const shell = await loginAs(page, users.sachbearbeitung);
  await shell.go('Prüfer/-innen');
  await page.getByLabel('Vorname').fill('Petra');
  await page.getByLabel('Nachname').fill('Prüfend');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Prüfer/-in anlegen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Petra Prüfend ist als Prüfer/-in eingetragen' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Prüfend, Petra/ })).toContainText('Einladung versandt');
  await waitForMail(email, /Ihr Zugang als Prüfer\/-in/);
  // The same person twice is refused at the e-mail field.
  await page.getByLabel('Vorname').fill('Petra');
  await page.getByLabel('Nachname').fill('Prüfend');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Prüfer/-in anlegen' }).click();
  await expect(
    page.getByText('Diese Person ist bereits als Prüfer/-in Ihrer Kammer eingetragen.'),
  ).toBeVisible();
  await expect(page.getByLabel('E-Mail-Adresse')).toBeFocused();

  await shell.go('Unternehmensanträge');
  const karte = page.getByRole('article', { name: 'Bäckerei Krause GmbH' });
  await karte.getByRole('button', { name: 'Ablehnen – Bäckerei Krause GmbH' }).click();
  await karte.getByRole('button', { name: 'Ablehnung senden' }).click();
  await expect(karte.getByRole('alert')).toContainText('Bitte geben Sie eine Begründung');
  await karte.getByLabel('Begründung der Ablehnung').fill('Der Betrieb liegt im Bezirk der IHK Hannover.');
  await karte.getByRole('button', { name: 'Ablehnung senden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'abgelehnt' })).toBeVisible();
  const mail = await waitForMail('karla.krause@baeckerei-krause.example', /abgelehnt/);
  expect(mail.text).toContain('Der Betrieb liegt im Bezirk der IHK Hannover.');
  await page.getByLabel('Anträge anzeigen').selectOption('ABGELEHNT');
  await expect(page.getByRole('article', { name: 'Bäckerei Krause GmbH' })).toContainText(
    'Der Betrieb liegt im Bezirk',
  );
});
