import { expect, type Page, test } from '@playwright/test';
import { waitForMail } from './support/mails.js';
import { DEMO_PASSWORD, expectAccessible, LoginPage, loginAs, Shell, users } from './support/portal.js';

/** Issue 5 (H4): accounts created by the Betrieb, Passwort vergessen, e-mail change. */

const NEUES_PASSWORT = 'Fahrradtour-an-der-Werse-2026';

// Story 4 uses the account story 3 moved to a new address.
test.describe.configure({ mode: 'serial' });

/** The path and query of a link in a mail, as the recipient would click it. */
function linkIn(text: string, pfad: '/passwort-setzen' | '/email-bestaetigen'): string {
  const match = text.match(new RegExp(`https?://\\S+${pfad}\\?token=[\\w-]+`));
  expect(match, `link ${pfad}`).not.toBeNull();
  const url = new URL(match![0]);
  return `${url.pathname}${url.search}`;
}

async function passwortFestlegen(page: Page, link: string, passwort: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort festlegen' })).toBeVisible();
  // The rules are shown before typing.
  await expect(page.getByText('Mindestens 10 Zeichen')).toBeVisible();
  await page.getByLabel('Neues Passwort', { exact: true }).fill('passwort123');
  await page.getByLabel('Neues Passwort wiederholen').fill('passwort123');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByText('Dieses Passwort ist zu häufig')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Neues Passwort', { exact: true }).fill(passwort);
  await page.getByLabel('Neues Passwort wiederholen').fill(passwort);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await expect(page.getByText('Ihr Passwort wurde gespeichert.')).toBeVisible();
}

test('story 1: the admin creates an Azubi account; the Azubi sets a password from the e-mail link and logs in', async ({
  page,
  browser,
}) => {
  const email = 'lukas.lehmann@example.org';
  const shell = await loginAs(page, users.admin);
  await shell.go('Azubi-Verwaltung');
  await page.getByRole('button', { name: 'Account erstellen für Lukas Lehmann' }).click();
  const formular = page.getByRole('region', { name: 'Account erstellen für Lukas Lehmann' });
  await expect(formular.getByRole('heading')).toBeFocused();
  await formular.getByLabel('E-Mail-Adresse').fill(email);
  await formular.getByRole('button', { name: 'Account erstellen' }).click();
  // Lukas has no account in the Unternehmen yet: an invitation (the same answer for any address).
  await expect(page.getByRole('status').filter({ hasText: `Eine Einladung ging an ${email}` })).toBeVisible();
  const zeile = page.getByRole('row', { name: /Lukas Lehmann/ });
  await expect(zeile.getByText('eingeladen, Passwort noch nicht festgelegt')).toBeVisible();
  await expect(zeile.getByRole('button', { name: 'Passwort zurücksetzen für Lukas Lehmann' })).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForMail(email, /Einladung von Muster Maschinenbau GmbH/);
  const link = linkIn(mail.text, '/passwort-setzen');
  const azubi = await (await browser.newContext()).newPage();
  await passwortFestlegen(azubi, link, NEUES_PASSWORT);
  await new LoginPage(azubi).login(email, NEUES_PASSWORT);
  // Setting the password is not yet accepting: the start page points to the invitation.
  await expect(azubi.getByRole('heading', { name: 'Noch keine Rolle zugewiesen' })).toBeVisible();
  await azubi.getByRole('link', { name: 'Einladungen unter Profil – Berechtigungen ansehen' }).click();
  await azubi.getByRole('button', { name: /^Annehmen/ }).click();
  await expect(azubi.getByRole('status').filter({ hasText: 'Einladung angenommen' })).toBeVisible();
  await azubi.goto('/');
  await expect(azubi.getByRole('heading', { name: /^Willkommen/ })).toBeVisible();
  await new Shell(azubi).go('Meine Ausbildung');
  await expect(azubi.getByText('4711021')).toBeVisible();

  // The link worked once.
  await azubi.goto(link);
  await expect(azubi.getByRole('alert')).toContainText('nicht mehr gültig');
});

test('story 2: Passwort vergessen by Identnummer', async ({ page }) => {
  await page.goto('/anmelden');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen' })).toBeVisible();
  await page.getByLabel('E-Mail-Adresse, Benutzername oder Identnummer').fill('4711022');
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  const antwort = 'Wenn ein Konto zu Ihren Angaben existiert, haben wir Ihnen eine E-Mail gesendet.';
  await expect(page.getByRole('status')).toHaveText(antwort);
  // An unknown Identnummer gets exactly the same answer.
  await page.getByLabel('E-Mail-Adresse, Benutzername oder Identnummer').fill('0000000');
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByRole('status')).toHaveText(antwort);

  const mail = await waitForMail('paula.pohl@example.org', /Neues Passwort/);
  await passwortFestlegen(page, linkIn(mail.text, '/passwort-setzen'), NEUES_PASSWORT);
  const login = new LoginPage(page);
  await login.login('paula.pohl@example.org', DEMO_PASSWORD);
  await expect(login.alert()).toContainText('Das Passwort ist nicht korrekt');
  await login.login('paula.pohl@example.org', NEUES_PASSWORT);
  await expect(page.getByRole('heading', { name: /^Willkommen/ })).toBeVisible();
});

test('story 3: an e-mail change where only the newest link works', async ({ page }) => {
  const alt = 'erika.ehlers@muster-maschinenbau.de';
  const erste = 'erika.erste@example.org';
  const zweite = 'erika.zweite@example.org';
  await loginAs(page, alt);
  await page.getByRole('banner').getByRole('link', { name: 'Profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zugangsdaten' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Profil' }).getByRole('link', { name: 'Sitzungen' }),
  ).toBeVisible();

  for (const neu of [erste, zweite]) {
    await page.getByLabel('Neue E-Mail-Adresse').fill(neu);
    await page.getByLabel('Aktuelles Passwort').first().fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Bestätigungslink senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Bestätigungslink an ${neu}` })).toBeVisible();
  }
  await expect(
    page.getByText(`Bestätigung ausstehend: Wir haben einen Link an ${zweite} gesendet.`),
  ).toBeVisible();
  await waitForMail(alt, /Änderung Ihrer E-Mail-Adresse/);
  const ersterLink = linkIn(
    (await waitForMail(erste, /bestätigen Sie Ihre neue E-Mail-Adresse/)).text,
    '/email-bestaetigen',
  );
  const zweiterLink = linkIn(
    (await waitForMail(zweite, /bestätigen Sie Ihre neue E-Mail-Adresse/)).text,
    '/email-bestaetigen',
  );

  await page.goto(ersterLink);
  await expect(page.getByRole('alert')).toContainText(
    'Dieser Link ist nicht mehr gültig. Er wurde bereits verwendet oder durch einen neueren Link ersetzt.',
  );
  await expectAccessible(page);

  await page.goto(zweiterLink);
  await expect(page.getByText(zweite)).toBeVisible();
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(page.getByRole('status')).toContainText(`Bitte melden Sie sich künftig mit ${zweite} an.`);

  await page.goto('/profil/zugangsdaten');
  await expect(page.getByText(`Ihre E-Mail-Adresse (Anmeldename): ${zweite}`)).toBeVisible();
  await new Shell(page).logout();
  await new LoginPage(page).login(zweite);
  await expect(page.getByRole('heading', { name: /^Willkommen/ })).toBeVisible();
});

test('sessions: the user ends the other sessions from the profile', async ({ page, browser }) => {
  const email = 'erika.zweite@example.org';
  const anderes = await (await browser.newContext()).newPage();
  await loginAs(anderes, email);
  await loginAs(page, email);
  await page.getByRole('banner').getByRole('link', { name: 'Profil' }).click();
  await page.getByRole('navigation', { name: 'Profil' }).getByRole('link', { name: 'Sitzungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
  await expect(page.getByText('Diese Sitzung')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Alle anderen Sitzungen beenden' }).click();
  await expect(page.getByRole('status').filter({ hasText: /andere Sitzung/ })).toBeVisible();
  await anderes.goto('/profil/zugangsdaten');
  await expect(anderes.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
});

test('the admin withdraws an invitation to a mistyped e-mail and invites the right address', async ({
  page,
}) => {
  const falsch = 'ida.irrtum@exampel.org';
  const richtig = 'ida.irrtum@example.org';
  await loginAs(page, users.admin);
  await page.goto('/verwaltung/ausbilder');
  const erstellen = async (email: string) => {
    await page.getByRole('button', { name: 'Account erstellen' }).click();
    const formular = page.getByRole('region', { name: 'Account für Ausbilder/-in erstellen' });
    await formular.getByLabel('Vorname').fill('Ida');
    await formular.getByLabel('Nachname').fill('Irrtum');
    await formular.getByLabel('E-Mail-Adresse').fill(email);
    await formular.getByRole('button', { name: 'Account erstellen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Eine Einladung ging an ${email}` }),
    ).toBeVisible();
  };
  await erstellen(falsch);
  // Until Ida accepts, the invitation is in the Benutzerverwaltung, and withdrawn there.
  await page.goto('/verwaltung/benutzer');
  const zeile = page.getByRole('row', { name: /Eingeladen/ }).filter({ hasText: falsch });
  await zeile.getByRole('button', { name: /^Einladung .* zurückziehen$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Einladung zurückziehen?' });
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Zurückziehen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'zurückgezogen' })).toBeVisible();
  await page.goto('/verwaltung/ausbilder');
  await erstellen(richtig);
  const mail = await waitForMail(richtig, /Einladung von Muster Maschinenbau GmbH/);
  expect(linkIn(mail.text, '/passwort-setzen')).toContain('token=');
});
