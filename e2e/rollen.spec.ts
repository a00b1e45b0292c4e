import { expect, test } from '@playwright/test';
import { expectAccessible, loginAs, newUserPage, users } from './support/portal.js';

test('an administrator invites a person outside the Unternehmen; she accepts under Profil – Berechtigungen (phone width)', async ({
  page,
  browser,
}) => {
  // Before: Nina (registered, no role anywhere) is told what to do.
  const neu = await newUserPage(browser);
  await neu.setViewportSize({ width: 390, height: 844 });
  await loginAs(neu, users.ohneRolle);
  await expect(neu.getByRole('heading', { name: 'Noch keine Rolle zugewiesen' })).toBeVisible();
  await expectAccessible(neu);

  // The admin learns nothing about the address: not found, the same as for an unknown one; she invites.
  const shell = await loginAs(page, users.admin);
  await shell.go('Benutzer und Rollen');
  await expect(page.getByRole('heading', { name: 'Benutzer und Rollen' })).toBeVisible();
  await page.getByLabel('E-Mail-Adresse der Person').fill(users.ohneRolle);
  await page.getByRole('button', { name: 'Person suchen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'gibt es niemanden' })).toBeVisible();
  await expect(page.getByText('Nina Neumann')).toHaveCount(0);
  await page.getByLabel('Vorname').fill('Nina');
  await page.getByLabel('Nachname').fill('Neumann');
  await page.getByLabel('Betriebsstätte für die Einladung').selectOption({ label: 'Hauptsitz Münster' });
  await page.getByLabel('Rolle für die Einladung').selectOption({ label: 'Ausbilder/-in' });
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Die Einladung als Ausbilder/-in' })).toContainText(
    users.ohneRolle,
  );
  const zeile = page
    .getByRole('row', { name: /Eingeladen – Name erscheint nach der Annahme/ })
    .filter({ hasText: users.ohneRolle });
  await expect(zeile).toContainText('Ausbilder/-in – Hauptsitz Münster (eingeladen)');
  await expect(zeile).toContainText(users.ohneRolle);
  await expectAccessible(page);

  // Nina: the start page points to the invitation; she accepts it under Profil – Berechtigungen.
  await neu.reload();
  await neu.getByRole('link', { name: 'Einladungen unter Profil – Berechtigungen ansehen' }).click();
  await expect(neu.getByRole('heading', { level: 1, name: 'Berechtigungen' })).toBeVisible();
  const einladung = neu.getByRole('article', { name: 'Ausbilder/-in – Hauptsitz Münster' });
  await expect(einladung).toContainText('Muster Maschinenbau GmbH lädt Sie ein');
  await expectAccessible(neu);
  await einladung.getByRole('button', { name: /^Annehmen/ }).click();
  await expect(neu.getByRole('status').filter({ hasText: 'Einladung angenommen' })).toBeVisible();
  await expect(neu.getByText('Sie haben keine offenen Einladungen.')).toBeVisible();
  await neu.goto('/');
  await expect(neu.getByRole('heading', { name: 'Willkommen, Nina Neumann' })).toBeVisible();

  // The admin now sees her name.
  await page.reload();
  await expect(page.getByRole('row', { name: /Nina Neumann/ })).toContainText(
    'Ausbilder/-in – Hauptsitz Münster',
  );
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
    // Nothing was revoked: the role is still offered in the list.
    await expect(
      page.getByRole('button', {
        name: 'Rolle Ausbildungsadministrator/-in (Hauptsitz Münster) von Anna Adler entziehen',
      }),
    ).toBeVisible();
  });
}
