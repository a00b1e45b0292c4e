import { expect, test } from '@playwright/test';
import { expectAccessible, loginAs, newUserPage, Shell, users } from './support/portal.js';

test('an administrator gives a registered user a role, and that user then sees the new menu', async ({
  page,
  browser,
}) => {
  // Before: the new user has no role and is told what to do.
  const neu = await newUserPage(browser);
  await loginAs(neu, users.ohneRolle);
  await expect(neu.getByRole('heading', { name: 'Noch keine Rolle zugewiesen' })).toBeVisible();
  await expect(neu.getByText(/Ausbildungsadministrator/).first()).toBeVisible();
  await expectAccessible(neu);

  const shell = await loginAs(page, users.admin);
  await shell.go('Benutzer und Rollen');
  await expect(page.getByRole('heading', { name: 'Benutzer und Rollen' })).toBeVisible();
  await page.getByLabel('E-Mail-Adresse der Person').fill(users.ohneRolle);
  await page.getByRole('button', { name: 'Person suchen' }).click();
  await expect(page.getByText('Nina Neumann').first()).toBeVisible();
  await page.getByLabel('Betriebsstätte für die Rolle').selectOption({ label: 'Hauptsitz Münster' });
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Ausbildungsadministrator/-in' });
  await page.getByRole('button', { name: 'Rolle zuweisen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'vergeben' })).toContainText('Nina Neumann');
  await expect(page.getByRole('table').getByText(users.ohneRolle)).toBeVisible();

  // After: the user reloads and sees the menu of the new role.
  await neu.reload();
  const neuShell = new Shell(neu);
  await expect(neu.getByRole('heading', { name: 'Willkommen, Nina Neumann' })).toBeVisible();
  await expect(neuShell.menu().getByRole('link', { name: 'Benutzer und Rollen' })).toBeVisible();
  await expect(neuShell.menu().getByRole('link', { name: 'Azubi-Verwaltung' })).toBeVisible();
});

test('an Ausbilder has no role administration in the menu, and neither the page nor the API allows it', async ({
  page,
}) => {
  const shell = await loginAs(page, users.ausbilder);
  await expect(shell.menu().getByRole('link', { name: 'Benutzer und Rollen' })).toHaveCount(0);
  // Typing the address leads back to the start page.
  await page.goto('/verwaltung/benutzer');
  await expect(page.getByRole('heading', { name: /^Willkommen/ })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  // And the API refuses the operation itself, with the browser's own session.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'portal_csrf')?.value ?? '';
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    data: { query: '{ benutzerverwaltung { totalCount nodes { email } } }' },
  });
  const body = (await response.json()) as { data: unknown; errors: { extensions: { code: string } }[] };
  expect(body.data).toBeNull();
  expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
});

for (const [geraet, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone (390 px)', { width: 390, height: 844 }],
] as const) {
  test(`the sole administrator sees before confirming that her own role cannot go (${geraet})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const shell = await loginAs(page, users.admin);
    await shell.go('Benutzer und Rollen');
    await page
      .getByRole('button', {
        name: 'Rolle Ausbildungsadministrator/-in (Hauptsitz Münster) von Anna Adler entziehen',
      })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Rolle kann nicht entzogen werden' });
    await expect(dialog).toBeVisible();
    // Anna administers the Hauptsitz and, by Hauptsitz reach, Bocholt (Gelsenkirchen has its own admin).
    await expect(dialog).toContainText(
      'Ohne diese Rolle hätte die Betriebsstätten Hauptsitz Münster und Filiale Bocholt keine Ausbildungsadministratorin und keinen Ausbildungsadministrator mehr.',
    );
    await expect(dialog.getByRole('button', { name: 'Entziehen' })).toBeDisabled();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('table').getByText('Ausbildungsadministrator/-in – Hauptsitz Münster').first(),
    ).toBeVisible();
  });
}
