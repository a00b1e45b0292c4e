import { expect, test } from '@playwright/test';
import { loginAs, users } from '../support/portal.js';

test.use({ viewport: { width: 1280, height: 900 } });

test('screens', async ({ browser }) => {
  const shots: [string, string, string][] = [
    [users.admin, '/pruefungen', 'betrieb'],
    [users.sachbearbeitung, '/kammer/pruefungen', 'kammer'],
  ];
  for (const [user, path, name] of shots) {
    const page = await (await browser.newContext()).newPage();
    await loginAs(page, user);
    await page.goto(path);
    await expect(page.getByText('Wird geladen')).toHaveCount(0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/h3-${name}.png`, fullPage: true });
    if (name === 'kammer') {
      await page.getByRole('link', { name: 'Winter 2027 – Abschlussprüfung Teil 2' }).click();
      await expect(page.getByText('Mia Schmidt').first()).toBeVisible();
      await page.screenshot({ path: '/tmp/h3-kammer-detail.png', fullPage: true });
    }
  }
  const mobile = await (await browser.newContext({ viewport: { width: 390, height: 800 } })).newPage();
  await loginAs(mobile, users.admin);
  await mobile.goto('/pruefungen');
  await expect(mobile.getByText('Wird geladen')).toHaveCount(0);
  await mobile.screenshot({ path: '/tmp/h3-betrieb-mobil.png', fullPage: true });
});
