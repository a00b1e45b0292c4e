import { expect, test } from '@playwright/test';
import { loginAs, users } from './support/portal.js';

test('switching the Betriebsstaette changes the whole view at once, without a reload', async ({ page }) => {
  const shell = await loginAs(page, users.admin);
  await shell.go('Azubi-Verwaltung');
  const table = page.getByRole('table');
  // With Hauptsitz access the Hauptsitz sees the Azubis of all Filialen.
  await expect(table.getByRole('rowheader', { name: /Koch/ })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: /Wagner/ })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });

  await shell.betriebsstaette().selectOption({ label: 'Filiale Gelsenkirchen – Muster Maschinenbau GmbH' });
  await expect(table.getByRole('rowheader', { name: /Koch/ })).toHaveCount(0);
  await expect(table.getByRole('rowheader', { name: /Wagner/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  await expect(page.getByRole('button', { name: 'Aktualisieren' })).toHaveCount(0);

  // The choice is kept for the session.
  await page.reload();
  await expect(shell.betriebsstaette()).toHaveValue(/.+/);
  await expect(shell.betriebsstaette().locator('option:checked')).toHaveText(/Filiale Gelsenkirchen/);
});

test('a user of two Unternehmen gets the rights of the selected one only', async ({ page }) => {
  const shell = await loginAs(page, users.doppelt);
  await shell.betriebsstaette().selectOption({ label: 'Filiale Bocholt – Muster Maschinenbau GmbH' });
  await expect(shell.menu().getByRole('link', { name: 'Benutzer und Rollen' })).toHaveCount(0);
  await shell.betriebsstaette().selectOption({ label: 'Hauptsitz Hannover – Beispiel Handel AG' });
  await expect(shell.menu().getByRole('link', { name: 'Benutzer und Rollen' })).toBeVisible();
  await shell.go('Benutzer und Rollen');
  await expect(page.getByRole('table').getByText('admin@beispiel-handel.de')).toBeVisible();
  await expect(page.getByRole('table').getByText('admin@muster-maschinenbau.de')).toHaveCount(0);
  // Back to the Ausbilder role: the admin page is no longer allowed and the view leaves it.
  await shell.betriebsstaette().selectOption({ label: 'Filiale Bocholt – Muster Maschinenbau GmbH' });
  await expect(page.getByRole('heading', { name: /^Willkommen/ })).toBeVisible();
});
