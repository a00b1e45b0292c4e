import { type Browser, expect, type Page, test } from '@playwright/test';
import { waitForMail } from './support/mails.js';
import { expectAccessible, loginAs, type Shell, users } from './support/portal.js';

// The story of issue 4: the IHK creates a session, the Betrieb registers the demo Azubi (Max Muster,
// Fachinformatiker AE), the Azubi confirms, the IHK admits, releases Termine and results; Betrieb and
// Azubi see them, the Ausbilder does not.
const FIAE = 'Fachinformatiker/-in Anwendungsentwicklung';
const PROJEKT = 'Thema des betrieblichen Projekts';

/** The demo Azubi's contract (packages/db/src/seed.ts). */
const VERTRAG = { beginn: '2025-08-01', ende: '2028-07-31' };

/** Calendar months added to a "YYYY-MM-DD" day (the day clamped to the month), like eignung.ts. */
function plusMonate(tag: string, monate: number): string {
  const [y, m, d] = tag.split('-').map(Number) as [number, number, number];
  const ziel = new Date(Date.UTC(y, m - 1 + monate, 1));
  const letzter = new Date(Date.UTC(ziel.getUTCFullYear(), ziel.getUTCMonth() + 1, 0)).getUTCDate();
  ziel.setUTCDate(Math.min(d, letzter));
  return ziel.toISOString().slice(0, 10);
}

/**
 * The session of this story, derived from today (German calendar day) and the demo contract: the
 * first session whose Anmeldeschluss (31.01. summer, 31.07. winter) has not passed and for which
 * Max Muster is eligible (packages/domain/src/pruefungen/eignung.ts: Teil 1 if the contract began
 * 6 to 24 months before the Anmeldeschluss, Teil 2 if it ends within 8 months after it). Until
 * 31.01.2027 this is "Sommer 2027 – Teil 1", then "Winter 2027 – Teil 1", then Teil 2 in 2028.
 */
function sitzungFuerHeute() {
  const heute = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const jahr0 = Number(heute.slice(0, 4));
  for (let jahr = jahr0; jahr <= jahr0 + 2; jahr++) {
    for (const saison of ['Sommer', 'Winter'] as const) {
      const anmeldeschluss = `${jahr}-${saison === 'Sommer' ? '01' : '07'}-31`;
      if (anmeldeschluss < heute) continue;
      const teil1 =
        VERTRAG.beginn >= plusMonate(anmeldeschluss, -24) && VERTRAG.beginn <= plusMonate(anmeldeschluss, -6);
      const teil2 = VERTRAG.ende >= anmeldeschluss && VERTRAG.ende <= plusMonate(anmeldeschluss, 8);
      const teil = teil1 ? 'Teil 1' : teil2 ? 'Teil 2' : null;
      if (!teil) continue;
      const [y, m, d] = anmeldeschluss.split('-');
      // Exam days some weeks after the deadline, within the season (pruefungen/pruefungszeitraum.ts).
      const monat = saison === 'Sommer' ? '03' : '09';
      return {
        saison,
        jahr,
        art: `Abschlussprüfung ${teil}`,
        bezeichnung: `${saison} ${jahr} – Abschlussprüfung ${teil}`,
        anmeldeschluss,
        anmeldeschlussDe: `${d}.${m}.${y}`,
        termin1: `${jahr}-${monat}-02`,
        termin2: `${jahr}-${monat}-16`,
      };
    }
  }
  return null;
}

const STORY = sitzungFuerHeute();
const SITZUNG = STORY?.bezeichnung ?? '';
const deDatum = (tag: string) => tag.split('-').reverse().join('.');
const alsMuster = (text: string) => text.replaceAll('.', '\\.');

// Several users and pages per step: more time than the default under a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 60_000 });
// After 31.07.2028 the demo contract has ended: no session is left to register Max Muster for.
test.skip(STORY === null, 'Der Demo-Ausbildungsvertrag von Max Muster ist beendet (seed.ts anpassen).');

let pruefungPfad = '';

async function als(browser: Browser, email: string): Promise<{ page: Page; shell: Shell }> {
  const page = await (await browser.newContext()).newPage();
  const shell = await loginAs(page, email);
  return { page, shell };
}

/** The row of the demo Azubi in the session of this story on the Betrieb's "Prüfungen" page. */
function maxZeile(page: Page) {
  return page
    .getByRole('region', { name: `Auszubildende für ${SITZUNG}` })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Max Muster' }) });
}

/** One GraphQL request with the page's session cookie and CSRF token, like the SPA sends it. */
async function gql(page: Page, query: string, variables: Record<string, unknown>) {
  return page.evaluate(
    async ({ query, variables }) => {
      const csrf = document.cookie
        .split('; ')
        .find((c) => c.startsWith('portal_csrf='))
        ?.slice('portal_csrf='.length);
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
    },
    { query, variables },
  );
}

test('1. the IHK creates an exam session for the Fachinformatiker', async ({ page }) => {
  const shell = await loginAs(page, users.sachbearbeitung);
  await shell.go('Prüfungen');
  await expect(page.getByRole('heading', { level: 1, name: 'Prüfungen der Kammer' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Prüfung anlegen' });
  await form.getByLabel('Saison').selectOption({ label: STORY!.saison });
  await form.getByLabel('Jahr').fill(String(STORY!.jahr));
  await form.getByLabel('Prüfungsart').selectOption({ label: STORY!.art });
  // 31 Jan is the default deadline of a summer session, 31 Jul of a winter one.
  await expect(form.getByLabel('Anmeldeschluss')).toHaveValue(STORY!.anmeldeschluss);
  await form.getByRole('checkbox', { name: FIAE }).check();
  await form.getByRole('button', { name: 'Zusatzfrage hinzufügen' }).click();
  await form.getByRole('textbox', { name: 'Zusatzfrage 1', exact: true }).fill(PROJEKT);
  await form.getByRole('button', { name: 'Zusatzfrage hinzufügen' }).click();
  await form.getByRole('textbox', { name: 'Zusatzfrage 2', exact: true }).fill('Wird nicht gebraucht');
  await form.getByRole('button', { name: 'Entfernen (Zusatzfrage 2)' }).click();
  await expect(form.getByRole('textbox', { name: 'Zusatzfrage 2', exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Prüfung anlegen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Die Prüfung „${SITZUNG}“ wurde angelegt.` }),
  ).toBeVisible();
  const link = page.getByRole('link', { name: SITZUNG });
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: SITZUNG })).toBeVisible();
  pruefungPfad = new URL(page.url()).pathname;
  expect(pruefungPfad).toMatch(/^\/kammer\/pruefungen\/[0-9a-f-]+$/);
  await expect(page.getByText(`${PROJEKT} (Pflicht)`)).toBeVisible();
  await expectAccessible(page);
});

test('2. the Betrieb registers the Azubi and sees a yellow Ampel', async ({ page }) => {
  const shell = await loginAs(page, users.admin);
  await shell.go('Prüfungen');
  await expect(page.getByRole('heading', { level: 2, name: SITZUNG })).toBeVisible();
  const zeile = maxZeile(page);
  await expect(zeile).toContainText('Rot – Noch nicht angemeldet');
  await expect(zeile).toContainText(FIAE);
  await expectAccessible(page);
  await zeile.getByRole('link', { name: /^Anmelden/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zur Prüfung anmelden' })).toBeVisible();

  // Both required inputs are checked before anything is sent.
  await page.getByRole('button', { name: 'Anmeldung an Azubi senden' }).click();
  await expect(page.getByText(`Bitte beantworten Sie die Frage „${PROJEKT}“.`)).toBeVisible();
  await expect(
    page.getByText('Bitte bestätigen Sie, dass der Ausbildungsnachweis geführt wurde.'),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(`${PROJEKT} (Pflichtangabe)`).fill('Webanwendung zur Lagerverwaltung');
  await page
    .getByRole('checkbox', { name: 'Ich bestätige, dass der Ausbildungsnachweis geführt wurde' })
    .check();
  await page.getByRole('button', { name: 'Anmeldung an Azubi senden' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Prüfungsanmeldung von Max Muster' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'zur Bestätigung gesendet' })).toBeVisible();
  // The Ampel is a group named after the state, for screen readers.
  await expect(page.getByRole('group', { name: 'Prüfungsstand: Gelb – Warten auf Azubi' })).toBeVisible();
  await expect(page.getByText('Warten auf Bestätigung durch Max Muster (Azubi).')).toBeVisible();
  await expect(page.getByText('Webanwendung zur Lagerverwaltung')).toBeVisible();
  await expectAccessible(page);

  await shell.go('Prüfungen');
  await expect(maxZeile(page)).toContainText('Gelb – Warten auf Azubi');
  await expect(maxZeile(page).getByRole('link', { name: /^Ansehen/ })).toBeVisible();
});

test('2b. the Azubi sends it back with a remark; the Betrieb revises and resubmits', async ({ browser }) => {
  const azubi = await als(browser, users.azubi);
  await azubi.shell.go('Ihre Prüfungen');
  const karte = azubi.page.getByRole('article', { name: SITZUNG });
  await karte.getByRole('button', { name: 'Zurück an den Betrieb' }).click();
  await expect(karte.getByText('Bitte schreiben Sie dem Betrieb, was geändert werden soll.')).toBeVisible();
  await karte.getByLabel(/^Bemerkung für den Betrieb/).fill('Bitte das Projektthema genauer benennen.');
  await karte.getByRole('button', { name: 'Zurück an den Betrieb' }).click();
  await expect(
    azubi.page.getByRole('status').filter({ hasText: 'an den Betrieb zurückgegeben' }),
  ).toBeVisible();
  await expect(karte.getByText('Gelb – Warten auf Betrieb')).toBeVisible();

  await waitForMail(users.admin, /Prüfungsanmeldung von Max Muster zurückgegeben/);
  const betrieb = await als(browser, users.admin);
  await betrieb.shell.go('Prüfungen');
  await expect(maxZeile(betrieb.page)).toContainText('Rot – Handeln erforderlich');
  await maxZeile(betrieb.page)
    .getByRole('link', { name: /^Überarbeiten/ })
    .click();
  const antwort = betrieb.page.getByLabel(`${PROJEKT} (Pflichtangabe)`);
  await expect(antwort).toHaveValue('Webanwendung zur Lagerverwaltung');
  await antwort.fill('Webanwendung zur Lagerverwaltung mit Barcode-Scan');
  await betrieb.page
    .getByRole('checkbox', { name: 'Ich bestätige, dass der Ausbildungsnachweis geführt wurde' })
    .check();
  await betrieb.page.getByRole('button', { name: 'Anmeldung an Azubi senden' }).click();
  await expect(betrieb.page.getByText('Gelb – Warten auf Azubi')).toBeVisible();
  await expect(betrieb.page.getByText('Bitte das Projektthema genauer benennen.').first()).toBeVisible();
});

test('3. the Azubi is e-mailed, sees red "Bitte bestätigen" and confirms', async ({ page }) => {
  const mail = await waitForMail(users.azubi, /Bitte bestätigen: Ihre Prüfungsanmeldung/);
  expect(mail.text).toContain('/meine-pruefungen/');
  const shell = await loginAs(page, users.azubi);
  await shell.go('Ihre Prüfungen');
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Prüfungen' })).toBeVisible();
  const karte = page.getByRole('article', { name: SITZUNG });
  await expect(karte.getByText('Rot – Bitte bestätigen')).toBeVisible();
  await expect(
    karte.getByText(
      new RegExp(`^Bitte bestätigen Sie die Anmeldung bis zum ${alsMuster(STORY!.anmeldeschlussDe)}`),
    ),
  ).toBeVisible();
  await expect(karte.getByText('Webanwendung zur Lagerverwaltung mit Barcode-Scan')).toBeVisible();
  await expectAccessible(page);

  // The link in the e-mail opens the same registration.
  await page.goto(new URL(mail.text.match(/https?:\/\/\S+\/meine-pruefungen\/[0-9a-f-]+/)![0]).pathname);
  await expect(page.getByRole('article', { name: SITZUNG })).toBeVisible();
  await page.getByRole('button', { name: 'Bestätigen', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Sie haben die Anmeldung bestätigt.' }),
  ).toBeVisible();
  await expect(page.getByText('Grün – Bei der IHK')).toBeVisible();
});

test('4. the Betrieb sees green', async ({ page }) => {
  const shell = await loginAs(page, users.admin);
  await shell.go('Prüfungen');
  await expect(maxZeile(page)).toContainText('Grün – Bei der IHK');

  // The registration form (e.g. an old bookmark) offers nothing to send any more, only the way to
  // the registration.
  const pruefungId = pruefungPfad.split('/').at(-1);
  const antwort = await gql(page, '{ betriebPruefungen { vertragId azubiName pruefung { id } } }', {});
  const zeilen = (
    antwort.data as {
      betriebPruefungen: { vertragId: string; azubiName: string; pruefung: { id: string } }[];
    }
  ).betriebPruefungen;
  const max = zeilen.find((z) => z.azubiName === 'Max Muster' && z.pruefung.id === pruefungId);
  await page.goto(`/pruefungen/anmelden?pruefung=${pruefungId}&vertrag=${max!.vertragId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zur Prüfung anmelden' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Prüfungsstand: Grün – Bei der IHK' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Anmeldung an Azubi senden' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Zur Anmeldung von Max Muster' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Prüfungsanmeldung von Max Muster' }),
  ).toBeVisible();
});

test('5. the IHK admits, releases the Termine and the results and issues the Zeugnis', async ({ page }) => {
  await loginAs(page, users.sachbearbeitung);
  await page.goto(pruefungPfad);
  const karte = page.getByRole('article', { name: 'Max Muster' });
  await expect(karte.getByText('Rot – Entscheidung erforderlich')).toBeVisible();
  await expectAccessible(page);

  // The CSV export for Excel lists the registration.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Liste als CSV herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toContain('Muster');

  await karte.getByRole('button', { name: 'Zulassen (Max Muster)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Max Muster wurde zur Prüfung zugelassen.' }),
  ).toBeVisible();
  await expect(karte.getByText('Grün – Zugelassen')).toBeVisible();

  const termine = page.getByRole('region', { name: 'Prüfungstermine' });
  await termine.getByLabel('Datum (Termin 1)').fill(STORY!.termin1);
  await termine.getByLabel('Uhrzeit (Termin 1)').fill('08:30');
  await termine.getByLabel('Ort (Termin 1)').fill('IHK Nord Westfalen, Raum 101');
  await termine.getByLabel('Datum (Termin 2)').fill(STORY!.termin2);
  await termine.getByLabel('Uhrzeit (Termin 2)').fill('09:00');
  await termine.getByLabel('Ort (Termin 2)').fill('Bildungszentrum Münster');
  await termine.getByRole('button', { name: 'Termine speichern' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Die Prüfungstermine wurden gespeichert.' }),
  ).toBeVisible();
  await termine.getByRole('button', { name: 'Termine freigeben' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Die Prüfungstermine wurden freigegeben.' }),
  ).toBeVisible();

  await karte.getByLabel('Punkte (Teil 1)').fill('81,5');
  await karte.getByLabel('Note (Teil 1)').fill('2');
  await karte.getByRole('checkbox', { name: 'Bestanden (Teil 1)' }).check();
  await karte.getByLabel('Punkte (Teil 2)').fill('74');
  await karte.getByLabel('Note (Teil 2)').fill('3');
  await karte.getByRole('checkbox', { name: 'Bestanden (Teil 2)' }).check();
  await karte.getByRole('button', { name: 'Ergebnisse speichern (Max Muster)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Die Ergebnisse von Max Muster wurden gespeichert.' }),
  ).toBeVisible();
  await karte.getByRole('button', { name: 'Ergebnisse freigeben (Max Muster)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Die Ergebnisse von Max Muster wurden freigegeben.' }),
  ).toBeVisible();
  await karte.getByRole('button', { name: 'Zeugnis ausstellen (Max Muster)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Das Zeugnis für Max Muster wurde ausgestellt.' }),
  ).toBeVisible();
  await expect(karte.getByRole('link', { name: 'Zeugnis von Max Muster herunterladen (PDF)' })).toBeVisible();
  // Released results are final: no more form to change them.
  await expect(karte.getByRole('button', { name: 'Ergebnisse speichern (Max Muster)' })).toHaveCount(0);
  await expectAccessible(page);
});

test('6. Betrieb and Azubi see Termine and results; the Ausbilder does not see results', async ({
  browser,
}) => {
  await waitForMail(users.azubi, /Ihre Prüfungsergebnisse liegen vor/);

  const betrieb = await als(browser, users.admin);
  await betrieb.shell.go('Prüfungen');
  await expect(maxZeile(betrieb.page)).toContainText('Grün – Zugelassen');
  await maxZeile(betrieb.page)
    .getByRole('link', { name: /^Ansehen/ })
    .click();
  await expect(
    betrieb.page.getByRole('heading', { level: 1, name: 'Prüfungsanmeldung von Max Muster' }),
  ).toBeVisible();
  const anmeldungId = new URL(betrieb.page.url()).pathname.split('/').at(-1);
  const termine = betrieb.page.getByRole('region', { name: 'Prüfungstermine' });
  await expect(termine.getByRole('row', { name: /Schriftliche Prüfung/ })).toContainText(
    deDatum(STORY!.termin1),
  );
  await expect(termine.getByRole('row', { name: /Praktische Prüfung/ })).toContainText(
    'Bildungszentrum Münster',
  );
  const ergebnis = betrieb.page.getByRole('region', { name: 'Prüfungsergebnis' });
  await expect(ergebnis.getByRole('row', { name: /Schriftliche Prüfung/ })).toContainText('81,5');
  await expect(ergebnis.getByText('Gesamtergebnis: bestanden')).toBeVisible();
  await expectAccessible(betrieb.page);
  await betrieb.page
    .getByRole('link', { name: 'Ergebnisse aller Auszubildenden dieser Prüfung ansehen' })
    .click();
  await expect(betrieb.page.getByRole('heading', { level: 2, name: /Max Muster/ })).toBeVisible();
  const ergebnisPfad = new URL(betrieb.page.url()).pathname;
  await expectAccessible(betrieb.page);

  const azubi = await als(browser, users.azubi);
  await azubi.shell.go('Ihre Prüfungen');
  const karte = azubi.page.getByRole('article', { name: SITZUNG });
  await expect(karte.getByText('Grün – Zugelassen')).toBeVisible();
  await expect(karte.getByRole('row', { name: /Schriftliche Prüfung/ }).first()).toContainText(
    deDatum(STORY!.termin1),
  );
  await expect(karte.getByText('Gesamtergebnis: bestanden')).toBeVisible();
  await expectAccessible(azubi.page);
  // The Zeugnis is under "Profil – Dokumente".
  await azubi.page.goto('/profil/dokumente');
  await expect(azubi.page.getByRole('heading', { level: 1, name: 'Dokumente' })).toBeVisible();
  const zeugnisLink = azubi.page.getByRole('link', { name: /\.pdf herunterladen$/ });
  await expect(zeugnisLink).toBeVisible();
  await expectAccessible(azubi.page);
  const pdf = await azubi.page.request.get((await zeugnisLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The Betrieb finds the Zeugnis of its Azubi there too.
  await betrieb.page.goto('/profil/dokumente');
  await expect(betrieb.page.getByRole('row', { name: /Max Muster/ })).toBeVisible();

  // The Ausbilder has no Prüfungen page, the results page sends him away and the API refuses.
  const ausbilder = await als(browser, users.ausbilder);
  await expect(ausbilder.shell.menu().getByRole('link', { name: 'Prüfungen', exact: true })).toHaveCount(0);
  await ausbilder.page.goto(ergebnisPfad);
  await expect(ausbilder.page.getByRole('heading', { level: 1, name: /^Willkommen/ })).toBeVisible();
  await expect(ausbilder.page.getByText('Gesamtergebnis')).toHaveCount(0);
  const antwort = await gql(
    ausbilder.page,
    'query($id: ID!) { anmeldungErgebnis(anmeldungId: $id) { azubiName teile { teil punkte } } }',
    { id: anmeldungId },
  );
  // A nullable field: the refusal comes as an error next to `anmeldungErgebnis: null`.
  expect((antwort.data as { anmeldungErgebnis: unknown } | undefined)?.anmeldungErgebnis ?? null).toBeNull();
  expect(antwort.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('7. the IHK rejects a registration only with a reason', async ({ page }) => {
  // The demo registration of Mia Schmidt (Winter 2027, Mechatroniker/-in) waits for the IHK.
  const shell = await loginAs(page, users.sachbearbeitung);
  await shell.go('Prüfungen');
  await page.getByRole('link', { name: 'Winter 2027 – Abschlussprüfung Teil 2' }).click();
  const karte = page.getByRole('article', { name: 'Mia Schmidt' });
  await karte.getByRole('button', { name: 'Ablehnen (Mia Schmidt)' }).click();
  await expect(karte.getByText('Bitte begründen Sie die Ablehnung.')).toBeVisible();
  await karte
    .getByLabel('Begründung der Ablehnung (Mia Schmidt)')
    .fill('Die Mindestausbildungszeit ist nicht erreicht.');
  await karte.getByRole('button', { name: 'Ablehnen (Mia Schmidt)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Die Anmeldung von Mia Schmidt wurde abgelehnt.' }),
  ).toBeVisible();
  await expect(karte.getByText('Rot – Abgelehnt')).toBeVisible();
  await expect(karte.getByText('Die Mindestausbildungszeit ist nicht erreicht.').first()).toBeVisible();
  await expect(karte.getByRole('button', { name: 'Zulassen (Mia Schmidt)' })).toHaveCount(0);
});
