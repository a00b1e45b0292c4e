import { expect, test } from '@playwright/test';
import { expectAccessible, LoginPage, loginAs, users } from './support/portal.js';

test('the login page has no serious accessibility violations', async ({ page }) => {
  await new LoginPage(page).open();
  await expectAccessible(page);
  // And with an error shown.
  await new LoginPage(page).login('niemand@example.org', 'x');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page);
});

const pages: { user: string; path: string; heading: string | RegExp }[] = [
  { user: users.admin, path: '/', heading: /^Willkommen/ },
  { user: users.admin, path: '/verwaltung/benutzer', heading: 'Benutzer und Rollen' },
  { user: users.admin, path: '/verwaltung/azubis', heading: 'Azubi-Verwaltung' },
  { user: users.azubi, path: '/ausbildung', heading: 'Meine Ausbildung' },
  { user: users.sachbearbeitung, path: '/kammer/unternehmen', heading: 'Unternehmen der Kammer' },
  { user: users.admin, path: '/pruefungen', heading: 'Prüfungen' },
  { user: users.azubi, path: '/meine-pruefungen', heading: 'Ihre Prüfungen' },
  { user: users.sachbearbeitung, path: '/kammer/pruefungen', heading: 'Prüfungen der Kammer' },
  { user: users.azubi, path: '/profil/dokumente', heading: 'Dokumente' },
  { user: users.admin, path: '/profil/vertretung', heading: 'Vertretung' },
  { user: users.filialAdmin, path: '/profil/berechtigungen', heading: 'Berechtigungen' },
  { user: users.sachbearbeitung, path: '/kammer/vertretungen', heading: 'Vertretungsanträge' },
  { user: users.azubi, path: '/gibt-es-nicht', heading: 'Seite nicht gefunden' },
  // Konten (H4)
  { user: users.admin, path: '/verwaltung/ausbilder', heading: 'Ausbilder/-innen' },
  { user: users.azubi, path: '/profil/zugangsdaten', heading: 'Zugangsdaten' },
  { user: users.admin, path: '/profil/sitzungen', heading: 'Sitzungen' },
  // Kammer-Konten (H6)
  { user: users.sachbearbeitung, path: '/kammer/antraege', heading: 'Unternehmensanträge' },
  { user: users.sachbearbeitung, path: '/kammer/pruefer', heading: 'Prüferinnen und Prüfer' },
  { user: users.sachbearbeitung, path: '/kammer/aufgaben', heading: 'Aufgaben' },
  { user: users.admin, path: '/verwaltung/aenderungsmail', heading: 'Änderungsmail an die IHK' },
  // Ausbildungsbeauftragte (trust rule)
  { user: users.admin, path: '/verwaltung/ausbildungsbeauftragte', heading: 'Ausbildungsbeauftragte' },
  { user: users.ausbilder, path: '/verwaltung/ausbildungsbeauftragte', heading: 'Ausbildungsbeauftragte' },
];

// Public account pages (H4): without a session, also with a dead link's error shown.
for (const { path, heading } of [
  { path: '/passwort-vergessen', heading: 'Passwort vergessen' },
  { path: '/passwort-setzen?token=ungueltig', heading: 'Passwort festlegen' },
  { path: '/email-bestaetigen?token=ungueltig', heading: 'Neue E-Mail-Adresse bestätigen' },
  // Kammer-Konten (H6)
  { path: '/registrieren', heading: 'Registrierung für Prüfungsteilnehmer/-innen' },
  { path: '/unternehmen-beantragen', heading: 'Zugang für Ihr Unternehmen beantragen' },
]) {
  test(`${path} (public) has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('Wird geladen')).toHaveCount(0);
    await expectAccessible(page);
  });
}

for (const { user, path, heading } of pages) {
  test(`${path} as ${user} has no serious accessibility violations`, async ({ page }) => {
    await loginAs(page, user);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('Wird geladen')).toHaveCount(0);
    await expectAccessible(page);
  });
}

test('the production app sends a strict Content-Security-Policy', async ({ request }) => {
  const response = await request.get('/');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
