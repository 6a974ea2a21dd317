import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, logIn, startApp, watchPage } from './harness';
import { officialsXlsx } from './fixtures/officials-xlsx';

/**
 * The officials register (issue 11 §6): the admin imports the municipality's list of 60 officials
 * from an Excel file — the preview counts 60 new people and reports the one bad row by column —
 * imports it, and finds them in the register. Every page and state under axe (WCAG 2.1 A/AA).
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

describe('The officials register', () => {
  it('an admin imports 60 officials from XLSX, sees the bad row, and finds them in the list', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, app.url, 'admin@exempelkommun.se');

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Förtroendevalda' })
      .click();
    await expect.poll(() => heading(page)).toBe('Förtroendevaldaregistret');
    // The demo register: 62 officials, 10 staff, 18 election workers who are neither.
    await expect.poll(() => page.getByText('Visar 1–25 av 90.').count()).toBe(1);
    await expectAccessible(page, 'the register');

    await page.getByRole('link', { name: 'Importera förtroendevalda' }).click();
    await expect.poll(() => heading(page)).toBe('Importera förtroendevalda');
    await expectAccessible(page, 'the import page');

    await page.getByLabel('Fil (CSV eller Excel, högst 5 MB)').setInputFiles({
      name: 'forteckning.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await officialsXlsx(60),
    });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect
      .poll(() =>
        page.getByText('61 rader: 0 befintliga personer, 60 nya, 0 att avgöra och 1 med fel.').count(),
      )
      .toBe(1);
    const problems = page.getByRole('region', { name: 'Rader med fel' });
    await expect.poll(() => problems.getByRole('row').count()).toBe(2);
    expect(await problems.getByRole('row').nth(1).textContent()).toContain('Organ: okänt organ');
    await expectAccessible(page, 'the preview');

    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await expect
      .poll(() =>
        page
          .getByText(
            'Importen är klar: 60 nya personer, 0 befintliga, 60 nya uppdrag. 1 rader med fel och 0 överhoppade rader importerades inte.',
          )
          .count(),
      )
      .toBe(1);
    await expectAccessible(page, 'the import done');

    await page.getByRole('link', { name: 'Tillbaka till registret' }).click();
    await expect.poll(() => page.getByText('Visar 1–25 av 150.').count()).toBe(1);
    await page.getByLabel('Sök på namn').fill('Alva Berg');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Alva Berg' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the register after the import');
    // On a phone the people are cards, not a table.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(() => page.getByRole('list', { name: 'Personer i registret' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Personer i registret' }).isVisible()).toBe(false);
    await expectAccessible(page, 'the register on a phone');
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});
