import { expect, test } from '@playwright/test';
import { LoginPage, loginAs, Shell, users } from './support/portal.js';

test('an Azubi logs in, sees the start page with the own menu, and logs out', async ({ page }) => {
  const shell = await loginAs(page, users.azubi);
  await expect(page.getByRole('heading', { name: 'Willkommen, Max Muster' })).toBeVisible();
  await expect(shell.menu().getByRole('link', { name: 'Meine Ausbildung' })).toBeVisible();
  await expect(shell.menu().getByRole('link', { name: 'Benutzer und Rollen' })).toHaveCount(0);
  await shell.logout();
  // The session is gone on the server: a protected page sends us back to the login.
  await page.goto('/verwaltung/benutzer');
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
});

test('a wrong password gives a clear German message on the password field', async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.login(users.pruefer, 'falsches-Passwort');
  await expect(login.alert()).toContainText('Das Passwort ist nicht korrekt');
  await expect(login.alert()).toContainText('24 Stunden gesperrt');
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveAttribute('aria-invalid', 'true');
});

test('an unknown e-mail address is named as not registered', async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.login('niemand@example.org', 'egal-welches-Passwort');
  await expect(login.alert()).toContainText('nicht im Ausbildungsportal registriert');
});

test('the IHK clerk sees the back office of the own chamber', async ({ page }) => {
  const shell = new Shell(page);
  await loginAs(page, users.sachbearbeitung);
  await shell.go('Unternehmen der Kammer');
  await expect(page.getByRole('heading', { name: 'Unternehmen der Kammer' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Muster Maschinenbau GmbH' })).toBeVisible();
  await expect(page.getByText('Beispiel Handel AG')).toHaveCount(0);
});
