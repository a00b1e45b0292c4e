import { expect, test } from '@playwright/test';
import { waitForMail } from './support/mails.js';
import { expectAccessible, LoginPage, loginAs, newUserPage, Shell, users } from './support/portal.js';

test('story 4: a deputy is added, switches with "Zum Programm", acts, switches back, and the end takes effect at once', async ({
  page,
  browser,
}) => {
  // The principal (the company's administrator) adds an Ausbilder from the dropdown.
  await loginAs(page, users.admin);
  await page.getByRole('banner').getByRole('link', { name: 'Profil' }).click();
  await page.getByRole('navigation', { name: 'Profil' }).getByRole('link', { name: 'Vertretung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vertretung' })).toBeVisible();
  const liste = page.getByRole('table', { name: /Personen, die Sie vertreten/ });
  // The pending request (demo data) is not a deputy yet: the principal sees it apart, waiting for the IHK.
  await expect(
    page.getByRole('heading', { level: 2, name: 'Beantragte Vertretungen (warten auf die IHK)' }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Ihre Anträge bei der IHK' }).getByRole('row', { name: /Vera Vogel/ }),
  ).toContainText('wartet auf Genehmigung der IHK');
  await expect(page.getByRole('row', { name: /Vera Vogel/ })).toHaveCount(1);
  await page.getByLabel(/^Ausbilder\/-in von/).selectOption({ label: 'Becker, Bernd' });
  await page.getByRole('button', { name: 'Mitarbeiter/-in hinterlegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vertretung' })).toContainText(
    'Bernd Becker ist jetzt Ihre Vertretung.',
  );
  await expect(liste.getByRole('row', { name: /Bernd Becker/ })).toBeVisible();
  await expect(liste.getByRole('row', { name: /Vera Vogel/ })).toHaveCount(0);
  const mail = await waitForMail(users.ausbilder, /als Vertretung für Anna Adler/);
  expect(mail.text).toContain('/profil/berechtigungen');

  // The deputy logs in with their own account and switches with "Zum Programm".
  const deputy = await newUserPage(browser);
  const shell = await loginAs(deputy, users.ausbilder);
  await expect(shell.menu().getByRole('link', { name: 'Benutzer und Rollen' })).toHaveCount(0);
  await deputy.getByRole('banner').getByRole('link', { name: 'Profil' }).click();
  await deputy
    .getByRole('navigation', { name: 'Profil' })
    .getByRole('link', { name: 'Berechtigungen' })
    .click();
  const karte = deputy.getByRole('article', { name: 'Anna Adler' });
  await expect(karte).toContainText('Muster Maschinenbau GmbH');
  await expectAccessible(deputy);
  await karte.getByRole('button', { name: /Zum Programm/ }).click();

  const kopf = deputy.getByRole('banner');
  await expect(kopf).toContainText('in Vertretung für Anna Adler');
  await expect(deputy.getByRole('heading', { name: /^Willkommen/ })).toBeVisible();

  // Acts with the principal's rights: gives Dana Doppel (Ausbilderin in Bocholt, so a member of the
  // Unternehmen) a role in the Filiale Gelsenkirchen.
  await shell.go('Benutzer und Rollen');
  await expect(deputy.getByRole('heading', { level: 1, name: 'Benutzer und Rollen' })).toBeVisible();
  await deputy.getByLabel('E-Mail-Adresse der Person').fill(users.doppelt);
  await deputy.getByRole('button', { name: 'Person suchen' }).click();
  await expect(deputy.getByRole('heading', { name: 'Dana Doppel' })).toBeVisible();
  await deputy.getByLabel('Betriebsstätte für die Rolle').selectOption({ label: 'Filiale Gelsenkirchen' });
  await deputy.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Ausbilder/-in' });
  await deputy.getByRole('button', { name: 'Rolle zuweisen' }).click();
  await expect(deputy.getByRole('status').filter({ hasText: 'vergeben' })).toContainText('Dana Doppel');
  await expectAccessible(deputy);

  // One click back to the own account: the principal's menu is gone.
  await kopf.getByRole('button', { name: 'Zurück zum eigenen Konto' }).click();
  await expect(kopf).not.toContainText('in Vertretung für');
  await expect(deputy.getByRole('heading', { level: 1, name: 'Berechtigungen' })).toBeVisible();
  await expect(shell.menu().getByRole('link', { name: 'Benutzer und Rollen' })).toHaveCount(0);

  // Once more for the principal; then the principal ends the Vertretung, and the deputy's next
  // request no longer acts for them.
  await deputy
    .getByRole('article', { name: 'Anna Adler' })
    .getByRole('button', { name: /Zum Programm/ })
    .click();
  await expect(kopf).toContainText('in Vertretung für Anna Adler');
  await page.reload();
  await liste
    .getByRole('row', { name: /Bernd Becker/ })
    .getByRole('button', { name: /Vertretung beenden/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'beendet' })).toContainText(
    'Vertretung durch Bernd Becker beendet.',
  );
  await shell.go('Azubi-Verwaltung');
  await expect(deputy.getByRole('heading', { level: 1, name: 'Berechtigungen' })).toBeVisible();
  await expect(deputy.getByText('Die Vertretung wurde beendet.')).toBeVisible();
  await expect(kopf).not.toContainText('in Vertretung für');
  await expect(deputy.getByRole('article', { name: 'Anna Adler' })).toHaveCount(0);
  await expect(new Shell(deputy).menu().getByRole('link', { name: 'Azubi-Verwaltung' })).toHaveCount(0);
});

test('a deputy without an account: the IHK approves, the invitation link sets the password, and the new deputy acts', async ({
  page,
  browser,
}) => {
  const email = 'vera.vogel@muster-maschinenbau.de';
  const shell = await loginAs(page, users.sachbearbeitung);
  await shell.go('Vertretungsanträge');
  await expect(page.getByRole('heading', { level: 1, name: 'Vertretungsanträge' })).toBeVisible();
  const zeile = page.getByRole('row', { name: /Vera Vogel/ });
  await expect(zeile).toContainText('Anna Adler');
  await zeile.getByRole('button', { name: /^Genehmigen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'genehmigt' })).toContainText('Vera Vogel');
  await expect(page.getByText('Es liegen keine Vertretungsanträge vor.')).toBeVisible();

  const mail = await waitForMail(email, /Ihr Zugang zum Ausbildungsportal \(Vertretung\)/);
  const match = mail.text.match(/https?:\/\/\S+\/passwort-setzen\?token=[\w-]+/);
  expect(match, 'link /passwort-setzen').not.toBeNull();
  const url = new URL(match![0]);

  const vera = await newUserPage(browser);
  await vera.goto(`${url.pathname}${url.search}`);
  await expect(vera.getByRole('heading', { level: 1, name: 'Passwort festlegen' })).toBeVisible();
  const passwort = 'Vertretung-am-Aasee-2026';
  await vera.getByLabel('Neues Passwort', { exact: true }).fill(passwort);
  await vera.getByLabel('Neues Passwort wiederholen').fill(passwort);
  await vera.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(vera.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await new LoginPage(vera).login(email, passwort);

  // Without a role of her own she is pointed to Profil – Berechtigungen.
  await expect(vera.getByRole('heading', { name: 'Noch keine Rolle zugewiesen' })).toBeVisible();
  await vera.getByRole('link', { name: 'Profil – Berechtigungen' }).click();
  await vera
    .getByRole('article', { name: 'Anna Adler' })
    .getByRole('button', { name: /Zum Programm/ })
    .click();
  await expect(vera.getByRole('banner')).toContainText('in Vertretung für Anna Adler');
  await expect(new Shell(vera).menu().getByRole('link', { name: 'Azubi-Verwaltung' })).toBeVisible();

  // Only now is she listed as Anna Adler's deputy; no request is left waiting.
  const anna = await newUserPage(browser);
  await loginAs(anna, users.admin);
  await anna.goto('/profil/vertretung');
  await expect(
    anna.getByRole('table', { name: /Personen, die Sie vertreten/ }).getByRole('row', { name: /Vera Vogel/ }),
  ).toBeVisible();
  await expect(anna.getByRole('heading', { name: /Beantragte Vertretungen/ })).toHaveCount(0);
});
