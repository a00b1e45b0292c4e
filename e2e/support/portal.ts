import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Ausbildung-Demo-2026';

export const users = {
  admin: 'admin@muster-maschinenbau.de',
  azubi: 'azubi@muster-maschinenbau.de',
  ausbilder: 'ausbilder@muster-maschinenbau.de',
  doppelt: 'doppelt@beispiel.de',
  ohneRolle: 'neu@muster-maschinenbau.de',
  filialAdmin: 'filiale@muster-maschinenbau.de',
  sachbearbeitung: 'sachbearbeitung@ihk-nordwestfalen.example',
  pruefer: 'pruefer@ihk-nordwestfalen.example',
} as const;

/** The login page as a user sees it. */
export class LoginPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/anmelden');
    await expect(this.page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  }

  async login(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel('E-Mail-Adresse').fill(email);
    await this.page.getByLabel('Passwort', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Anmelden' }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}

/** The header and menu every logged-in page shares. */
export class Shell {
  constructor(readonly page: Page) {}

  betriebsstaette() {
    return this.page.getByRole('banner').getByLabel('Betriebsstätte', { exact: true });
  }

  menu() {
    return this.page.getByRole('navigation', { name: 'Hauptmenü' });
  }

  async go(entry: string) {
    await this.menu().getByRole('link', { name: entry }).click();
  }

  async logout() {
    await this.page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(this.page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  }
}

export async function loginAs(page: Page, email: string): Promise<Shell> {
  const login = new LoginPage(page);
  await login.open();
  await login.login(email);
  await expect(page.getByRole('heading', { name: /^Willkommen|Noch keine Rolle/ })).toBeVisible();
  return new Shell(page);
}

/** A second, independent user in the same test (own cookies). */
export async function newUserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Fails on serious or critical axe violations and names them. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
