import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, logIn as logInAs, startApp, watchPage } from './harness';

/**
 * The ethical guidelines (issue 11 §6): the security unit adds a new version, and every party
 * shows that it needs to endorse it again; a party contact records their party's endorsement with
 * the signed page as a PDF, and sees their own party only. Every state under axe (WCAG 2.1 A/AA).
 */

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const logIn = (page: Page, email: string): Promise<void> => logInAs(page, app.url, email);
const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

/** A small valid PDF: the scanned signed page. */
const signedPage = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

describe('Ethical guidelines: a new version and a party endorsing it', () => {
  it('the unit adds a version, every party needs to endorse again, a party contact endorses its own', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const officerPage = await context.newPage();
    const officerWatch = watchPage(officerPage);
    await logIn(officerPage, 'sakerhet@exempelkommun.se');
    await nav(officerPage).getByRole('link', { name: 'Etiska riktlinjer' }).click();
    await expect.poll(() => heading(officerPage)).toBe('Etiska riktlinjer');
    await expectAccessible(officerPage, 'the guidelines with the demo revision');

    await officerPage.getByRole('link', { name: 'Ny version' }).click();
    await expect.poll(() => heading(officerPage)).toBe('Ny version av riktlinjerna');
    await officerPage.getByLabel('Rubrik').fill('Riktlinjer för ett respektfullt debattklimat 2027');
    await officerPage.getByLabel('Text på svenska').fill('Vi kritiserar förslag, inte personer.');
    await officerPage.getByLabel('Text på engelska').fill('We criticise proposals, not people.');
    await expectAccessible(officerPage, 'the new version form');
    await officerPage.getByRole('button', { name: 'Lägg till versionen' }).click();

    await expect.poll(() => heading(officerPage)).toBe('Etiska riktlinjer');
    const matrix = officerPage.getByRole('region', {
      name: 'Partiernas ställningstaganden till den gällande versionen',
    });
    await expect.poll(() => matrix.getByText('Behöver ställa sig bakom på nytt').count()).toBe(9);
    await expect
      .poll(() => officerPage.getByText('0 av 9 partier har ställt sig bakom version 3.').count())
      .toBe(1);
    await expectAccessible(officerPage, 'the guidelines after a new version');
    // The unit's other network pages: the directory (on call now) and the parties' contacts, on a phone too.
    await nav(officerPage).getByRole('link', { name: 'Kontaktlista' }).click();
    await expect.poll(() => heading(officerPage)).toBe('Kontaktlista');
    await expect
      .poll(() => officerPage.getByText('Sara Säkerhet har beredskap till', { exact: false }).count())
      .toBe(1);
    await expectAccessible(officerPage, 'the contact directory');
    await officerPage.setViewportSize({ width: 360, height: 740 });
    await officerPage.goto(`${app.url}/admin/party-contacts`);
    await expect.poll(() => heading(officerPage)).toBe('Partiernas säkerhetsansvariga');
    await expect.poll(() => officerPage.getByText('Saknar säkerhetsansvarig').count()).toBeGreaterThan(0);
    await expectAccessible(officerPage, "the parties' security contacts at 360 px");
    expect(officerWatch.problems).toEqual([]);

    const contactContext = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await contactContext.newPage();
    const watched = watchPage(page);
    await logIn(page, 'parti.s@exempelkommun.se');
    await nav(page).getByRole('link', { name: 'Mitt parti' }).click();
    await expect.poll(() => heading(page)).toBe('Mitt parti: Socialdemokraterna');
    await expect.poll(() => page.getByText('Behöver ställa sig bakom på nytt').count()).toBe(1);
    await expectAccessible(page, 'the party page before endorsing');

    await page.getByLabel('Undertecknad av').fill('Gruppledaren Greta Svensson');
    await page.getByLabel(/^Undertecknad sida/u).setInputFiles({
      name: 'riktlinjer-2027-s.pdf',
      mimeType: 'application/pdf',
      buffer: signedPage,
    });
    await page.getByRole('button', { name: 'Registrera' }).click();
    await expect.poll(() => page.getByText('Har ställt sig bakom', { exact: true }).count()).toBe(1);
    await expect
      .poll(() => page.getByText(/Undertecknad .* av Gruppledaren Greta Svensson\./u).count())
      .toBe(1);
    await expectAccessible(page, 'the party page after endorsing');

    // Their own party only: another party's page is not found, and the matrix of all parties is not theirs.
    const parties = (await (await page.request.get(`${app.url}/api/parties`)).json()) as {
      parties: { id: string; abbreviation: string }[];
    };
    const moderates = parties.parties.find((party) => party.abbreviation === 'M');
    expect((await page.request.get(`${app.url}/api/parties/${moderates?.id ?? ''}/summary`)).status()).toBe(
      404,
    );
    // Their party's training coverage and roster, on their page — and no one else's (issue 11 §2, §5).
    await nav(page).getByRole('link', { name: 'Mitt parti' }).click();
    await expect.poll(() => page.getByText(/^\d+ av \d+ har giltig grundutbildning\.$/u).count()).toBe(1);
    await page.getByText(/^Visa var och en \(\d+\)$/u).click();
    await page.getByText('Visa partiets förtroendevalda och deras uppdrag').click();
    await expect
      .poll(() => page.getByRole('table', { name: 'Förtroendevalda i Socialdemokraterna' }).count())
      .toBe(1);
    await expectAccessible(page, 'the party page with its training and roster open');
    for (const part of ['training', 'roster'])
      expect((await page.request.get(`${app.url}/api/parties/${moderates?.id ?? ''}/${part}`)).status()).toBe(
        404,
      );
    expect((await page.request.get(`${app.url}/api/training/coverage`)).status()).toBe(403);
    await nav(page).getByRole('link', { name: 'Etiska riktlinjer' }).click();
    await expect.poll(() => heading(page)).toBe('Etiska riktlinjer');
    await expect.poll(() => page.getByRole('heading', { name: 'Gällande version' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Partiernas ställningstaganden' }).count()).toBe(0);
    await expectAccessible(page, 'the guidelines as a party contact');
    expect(watched.problems).toEqual([]);
  });
});
