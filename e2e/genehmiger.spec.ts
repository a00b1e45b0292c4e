import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  ausGenehmigungenOeffnen,
  einladungAnnehmen,
  mitPinAnmelden,
  pinAusMail,
  regexText,
} from './support/genehmiger.js';
import { mailsTo, waitForMail } from './support/mails.js';
import { expectAccessible, loginAs, type Shell, users } from './support/portal.js';

/**
 * Trust rule: an approver address the Azubi names waits for the Betrieb's confirmation before it
 * gets a PIN and can approve; and the admin changes the Ausbilder/-in named in a contract.
 * Each story runs at desktop and at phone width; each uses its own week and address.
 */

const FIAE = 'Fachinformatiker/-in Anwendungsentwicklung';
const BOCHOLT = 'Filiale Bocholt – Muster Maschinenbau GmbH';

const GERAETE = [
  {
    geraet: 'desktop',
    viewport: { width: 1280, height: 800 },
    kw: 'KW 44 (26.10.–01.11.2026)',
    montag: 'Montag, 26.10.2026',
  },
  {
    geraet: 'phone (390 px)',
    viewport: { width: 390, height: 844 },
    kw: 'KW 43 (19.10.–25.10.2026)',
    montag: 'Montag, 19.10.2026',
  },
] as const;

type Viewport = (typeof GERAETE)[number]['viewport'];

async function als(
  browser: Browser,
  email: string,
  viewport: Viewport,
): Promise<{ page: Page; shell: Shell }> {
  const page = await (await browser.newContext({ viewport })).newPage();
  const shell = await loginAs(page, email);
  return { page, shell };
}

/** Nothing sticks out sideways, neither the page nor a table in its scroll box: actions stay in reach. */
async function expectKeinQuerscrollen(page: Page) {
  const ueberstand = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll<HTMLElement>('.table-scroll')].map(
      (el) => el.scrollWidth - el.clientWidth,
    ),
  );
  expect(ueberstand.every((px) => px <= 0)).toBe(true);
}

/** Electronic keeping for the Beruf is on (whatever ran before; switching it on twice is harmless). */
async function elektronischEinschalten(browser: Browser) {
  const { page, shell } = await als(browser, users.admin, GERAETE[0].viewport);
  await shell.go('Einstellungen');
  const checkbox = page.getByRole('checkbox', { name: `Elektronischer Ausbildungsnachweis – ${FIAE}` });
  await expect(checkbox).toBeVisible();
  if (!(await checkbox.isChecked())) {
    await checkbox.check();
    await expect(page.getByRole('status').filter({ hasText: 'eingeschaltet' })).toBeVisible();
  }
  await page.context().close();
}

/** The Azubi writes one day of the week, in whichever form the Beruf is kept (weekly or daily). */
async function wocheSchreiben(page: Page, montag: string, taetigkeiten: string) {
  const tag = page.getByRole('group', { name: montag });
  await tag.getByLabel('Stunden').fill('8');
  const woche = page.getByLabel('Betriebliche Tätigkeiten der Woche');
  if ((await woche.count()) > 0) await woche.fill(taetigkeiten);
  else await tag.getByLabel('Tätigkeiten').fill(taetigkeiten);
  await expect(page.getByRole('status').filter({ hasText: /Gespeichert um/ })).toBeVisible();
}

/** Whether the Ausbilder/-in (in Filiale Bocholt) has Emma Koch under "Ihre Auszubildenden". */
async function expectSiehtEmmaKoch(browser: Browser, email: string, viewport: Viewport, sieht: boolean) {
  const { page, shell } = await als(browser, email, viewport);
  if ((await shell.betriebsstaette().count()) > 0) {
    await shell.betriebsstaette().selectOption({ label: BOCHOLT });
  }
  await shell.go('Ihre Auszubildenden');
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Auszubildenden' })).toBeVisible();
  // Loaded: the table or the empty list.
  await expect(
    page.getByRole('table').or(page.getByText('Ihnen sind keine Auszubildenden zugeordnet.')),
  ).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Emma Koch/ })).toHaveCount(sieht ? 1 : 0);
  await page.context().close();
}

for (const { geraet, viewport, kw, montag } of GERAETE) {
  test(`an address the Azubi names can approve only after the Ausbilder confirms it (${geraet})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const adresse = `hans.meier.${geraet.slice(0, 5)}.${Date.now()}@extern-e2e.example`;
    const taetigkeiten = `Schnittstelle dokumentiert (${geraet})`;
    const zeitraum = kw.slice(kw.indexOf('(') + 1, -1);
    await elektronischEinschalten(browser);

    // The Azubi submits a week to an address nobody in the Betrieb has vouched for.
    const azubi = await als(browser, users.azubi, viewport);
    await azubi.shell.go('Berichtsheft');
    await azubi.page.getByRole('button', { name: `Nachweis für ${kw} anlegen` }).click();
    await expect(azubi.page.getByRole('heading', { level: 1, name: /^Ausbildungsnachweis/ })).toBeVisible();
    const wochenUrl = new URL(azubi.page.url()).pathname;
    await wocheSchreiben(azubi.page, montag, taetigkeiten);
    await expect(
      azubi.page.getByText('muss zuerst Ihre Ausbilderin oder Ihr Ausbilder bestätigen', { exact: false }),
    ).toBeVisible();
    await azubi.page
      .getByLabel('E-Mail-Adresse der Ausbilderin / des Ausbilders oder der/des Ausbildungsbeauftragten')
      .fill(adresse);
    await azubi.page.getByRole('button', { name: 'Zur Genehmigung einreichen' }).click();
    await expect(azubi.page.getByText('Der Nachweis wurde zur Genehmigung eingereicht.')).toBeVisible();
    const hinweis = azubi.page.getByRole('region', { name: 'Genehmiger/-in noch nicht bestätigt' });
    await expect(hinweis).toContainText(
      `Ihr Nachweis wurde eingereicht. Die Adresse ${adresse} ist in Ihrem Betrieb noch nicht als Ausbildungsbeauftragte/r bestätigt; Ihre Ausbilderin oder Ihr Ausbilder wurde gebeten, sie zu bestätigen.`,
    );
    if (geraet === 'desktop') await expectAccessible(azubi.page);

    // The contract's Ausbilder is asked by mail; the address itself gets nothing yet (no PIN).
    await waitForMail(users.ausbilder, new RegExp(`Bitte bestätigen: ${regexText(adresse)}`));
    expect(await mailsTo(adresse)).toEqual([]);

    // The Ausbilder confirms the address with a name.
    const ausbilder = await als(browser, users.ausbilder, viewport);
    await ausbilder.shell.go('Ausbildungsbeauftragte');
    await expect(
      ausbilder.page.getByRole('heading', { level: 1, name: 'Ausbildungsbeauftragte' }),
    ).toBeVisible();
    const karte = ausbilder.page.getByRole('article', { name: adresse });
    await expect(karte).toContainText('Vorgeschlagen – wartet auf Ihre Bestätigung');
    await expect(karte).toContainText('Max Muster');
    await expect(karte).toContainText('1 Nachweis');
    await karte.getByRole('button', { name: `Bestätigen – ${adresse}` }).scrollIntoViewIfNeeded();
    await expect(karte.getByRole('button', { name: `Bestätigen – ${adresse}` })).toBeInViewport();
    await expect(karte.getByRole('button', { name: `Verwerfen – ${adresse}` })).toBeInViewport();
    await expectKeinQuerscrollen(ausbilder.page);
    await karte.getByRole('button', { name: `Bestätigen – ${adresse}` }).click();
    const dialog = ausbilder.page.getByRole('dialog', { name: 'Ausbildungsbeauftragte/n bestätigen' });
    await expect(dialog).toContainText('Die Person erhält dann eine PIN per E-Mail');
    await expect(dialog).toContainText('Bestätigen Sie nur eine Adresse, von der Sie wissen');
    // The name is required.
    await dialog.getByRole('button', { name: 'Bestätigen', exact: true }).click();
    await expect(dialog.getByText('Bitte geben Sie den Vornamen der Person an.')).toBeVisible();
    if (geraet === 'desktop') await expectAccessible(ausbilder.page);
    await dialog.getByLabel('Vorname').fill('Hans');
    await dialog.getByLabel('Nachname').fill('Meier');
    await dialog.getByRole('button', { name: 'Bestätigen', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(
      ausbilder.page.getByRole('status').filter({ hasText: `${adresse} ist bestätigt` }),
    ).toBeVisible();
    await expect(karte).toContainText('Eingeladen – wartet auf Annahme');
    await expect(karte.getByRole('button', { name: /^Bestätigen/ })).toHaveCount(0);

    // The Azubi's notice follows: confirmed, not accepted yet.
    await azubi.page.reload();
    await expect(
      azubi.page.getByRole('region', { name: 'Genehmiger/-in hat die Einladung noch nicht angenommen' }),
    ).toContainText(`Ihr Betrieb hat die Adresse ${adresse} als Ausbildungsbeauftragte/r bestätigt`);

    // Only now the PIN goes out.
    const pin = await pinAusMail(adresse);
    const beauftragte = await mitPinAnmelden(browser, adresse, pin, viewport);
    await einladungAnnehmen(beauftragte);

    // She approves the week from her list.
    await ausGenehmigungenOeffnen(beauftragte, 'Max Muster', zeitraum);
    await expect(beauftragte).toHaveURL(new RegExp(`${regexText(wochenUrl)}$`));
    await expect(beauftragte.getByText(taetigkeiten)).toBeVisible();
    await beauftragte.getByRole('button', { name: 'Genehmigen', exact: true }).click();
    await expect(beauftragte.getByText('Genehmigt – nicht mehr änderbar')).toBeVisible();

    // The history names who approved, in which role, and when.
    await azubi.page.reload();
    await expect(azubi.page.getByText('Genehmigt – nicht mehr änderbar')).toBeVisible();
    const verlauf = azubi.page.getByRole('region', { name: 'Verlauf' });
    await expect(verlauf).toContainText(
      /Genehmigt von Hans Meier \(Ausbildungsbeauftragte\/-r\) am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/,
    );
  });

  test(`the administrator changes the Ausbilder/-in of a contract; the former one loses the Azubi at once (${geraet})`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const kandidaten: Record<string, string> = {
      'Dana Doppel': users.doppelt,
      'Erika Ehlers': 'erika.ehlers@muster-maschinenbau.de',
    };
    const admin = await als(browser, users.admin, viewport);
    await admin.shell.go('Azubi-Verwaltung');
    const zeile = admin.page.getByRole('row', { name: /Emma Koch/ });
    const zelle = zeile.locator('td[data-label="Ausbilder/-in"]');
    await expect(zelle).toHaveText(/Dana Doppel|Erika Ehlers/);
    const bisher = (await zelle.textContent())!.trim();
    const neu = Object.keys(kandidaten).find((name) => name !== bisher)!;

    // Before: the Ausbilder/-in named in the contract has Emma Koch under "Ihre Auszubildenden".
    await expectSiehtEmmaKoch(browser, kandidaten[bisher], viewport, true);

    const aendern = zeile.getByRole('button', { name: 'Ausbilder/-in ändern für Emma Koch' });
    await aendern.scrollIntoViewIfNeeded();
    await expect(aendern).toBeInViewport();
    await expectKeinQuerscrollen(admin.page);
    await aendern.click();
    const dialog = admin.page.getByRole('dialog', { name: 'Ausbilder/-in ändern für Emma Koch' });
    await expect(dialog).toContainText(`Bisher eingetragen: ${bisher}`);
    await dialog.getByLabel('Neue Ausbilderin / neuer Ausbilder').selectOption({ label: neu });
    await expect(dialog).toContainText(`${bisher} sieht Emma Koch und das Berichtsheft ab sofort nicht mehr`);
    if (geraet === 'desktop') await expectAccessible(admin.page);
    await dialog.getByRole('button', { name: 'Ändern bestätigen' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      admin.page
        .getByRole('status')
        .filter({ hasText: `${neu} ist jetzt als Ausbilder/-in von Emma Koch eingetragen.` }),
    ).toBeVisible();
    await expect(zelle).toHaveText(neu);

    // The former Ausbilder/-in no longer sees Emma Koch; the new one does.
    await expectSiehtEmmaKoch(browser, kandidaten[bisher], viewport, false);
    await expectSiehtEmmaKoch(browser, kandidaten[neu], viewport, true);
  });
}

test('the Ausbilder turns a suggested address down; the waiting week goes back to the Azubi with the reason', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const viewport = GERAETE[0].viewport;
  const adresse = `unbekannt.${Date.now()}@extern-e2e.example`;
  await elektronischEinschalten(browser);

  const azubi = await als(browser, users.azubi, viewport);
  await azubi.shell.go('Berichtsheft');
  await azubi.page.getByRole('button', { name: 'Nachweis für KW 42 (12.10.–18.10.2026) anlegen' }).click();
  await expect(azubi.page.getByRole('heading', { level: 1, name: /^Ausbildungsnachweis/ })).toBeVisible();
  await wocheSchreiben(azubi.page, 'Montag, 12.10.2026', 'Wareneingang geprüft');
  await azubi.page
    .getByLabel('E-Mail-Adresse der Ausbilderin / des Ausbilders oder der/des Ausbildungsbeauftragten')
    .fill(adresse);
  await azubi.page.getByRole('button', { name: 'Zur Genehmigung einreichen' }).click();
  await expect(azubi.page.getByRole('region', { name: 'Genehmiger/-in noch nicht bestätigt' })).toBeVisible();

  const ausbilder = await als(browser, users.ausbilder, viewport);
  await ausbilder.shell.go('Ausbildungsbeauftragte');
  const karte = ausbilder.page.getByRole('article', { name: adresse });
  await karte.getByRole('button', { name: `Verwerfen – ${adresse}` }).click();
  const dialog = ausbilder.page.getByRole('dialog', { name: 'Vorschlag verwerfen?' });
  await expect(dialog).toContainText('1 Nachweis, die an diese Adresse ging, geht als abgelehnt');
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await expect(karte).toContainText('Vorgeschlagen – wartet auf Ihre Bestätigung');
  await karte.getByRole('button', { name: `Verwerfen – ${adresse}` }).click();
  await dialog.getByRole('button', { name: 'Verwerfen', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    ausbilder.page.getByRole('status').filter({ hasText: `Der Vorschlag ${adresse} wurde verworfen.` }),
  ).toBeVisible();
  await expect(karte).toHaveCount(0);

  // The Azubi sees the week rejected with the reason and can send it elsewhere.
  await azubi.page.reload();
  await expect(azubi.page.getByRole('region', { name: 'Der Nachweis wurde abgelehnt' })).toContainText(
    `Die Adresse ${adresse} wurde von Ihrem Betrieb nicht als Ausbildungsbeauftragte/r bestätigt.`,
  );
  await expect(azubi.page.getByRole('button', { name: 'Zur Genehmigung einreichen' })).toBeVisible();
  expect(await mailsTo(adresse)).toEqual([]);
});
