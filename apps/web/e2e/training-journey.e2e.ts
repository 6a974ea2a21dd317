import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, logIn, startApp, watchPage } from './harness';

/**
 * Training (issue 11 §3): the security unit schedules a refresher session, records the attendance
 * of four officials (three attended, one excused), the overview's coverage of the refresher grows
 * by three, and the one excused is invited to the session from the refresher campaign. The officials are written to the database first: the register is another
 * module's, and this journey must not depend on its seed. Every page state under axe, the session
 * page also at 360 px.
 */

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
const names = ['Eira Journeysson', 'Elis Journeysson', 'Embla Journeysson', 'Erik Journeysson'];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const client = new pg.Client({ connectionString: await app.databaseUrl() });
  await client.connect();
  try {
    const body = await client.query<{ id: string; organisation_id: string }>(
      "select id, organisation_id from bodies where name = 'Kommunfullmäktige' limit 1",
    );
    const [kf] = body.rows;
    if (!kf) throw new Error('the demo has no Kommunfullmäktige');
    for (const name of names) {
      const person = await client.query<{ id: string }>(
        'insert into people (organisation_id, name) values ($1, $2) returning id',
        [kf.organisation_id, name],
      );
      await client.query(
        "insert into person_assignments (organisation_id, person_id, body_id, role, term_start) values ($1, $2, $3, 'member', '2026-10-15')",
        [kf.organisation_id, person.rows[0]?.id, kf.id],
      );
    }
  } finally {
    await client.end();
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const today = (): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()).slice(0, 10);

/** The refresher's "trained / total" cell of the overview's table by course. */
async function refresherTrained(page: Page): Promise<number> {
  const row = page
    .getByRole('table', { name: 'Per kurs' })
    .getByRole('row', { name: /Repetition före valet/u });
  const text = (await row.getByRole('cell').nth(2).textContent()) ?? '';
  return Number(text.split('/')[0]?.trim());
}

describe('Training: a refresher session and its attendance', () => {
  it('the unit schedules a refresher, records attendance, and the coverage follows', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, app.url, 'sakerhet@exempelkommun.se');

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utbildning' })
      .click();
    await expect.poll(() => heading(page)).toBe('Utbildning');
    await expect.poll(() => page.getByRole('table', { name: 'Per kurs' }).isVisible()).toBe(true);
    const before = await refresherTrained(page);
    await expectAccessible(page, 'training overview');

    await page.getByRole('link', { name: 'Tillfällen och närvaro' }).click();
    await expect.poll(() => heading(page)).toBe('Tillfällen');
    await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Repetition före valet' });
    await page.getByLabel('Datum', { exact: true }).fill(today());
    await page.getByLabel('Plats', { exact: true }).fill('Stadshuset, sal B');
    await page.getByLabel('Utbildare', { exact: true }).fill('Säkerhetsenheten');
    await expectAccessible(page, 'sessions with the form');
    await page.getByRole('button', { name: 'Planera' }).click();
    await expect.poll(() => heading(page)).toMatch(/^Repetition före valet /u);

    await page.getByLabel('Sök person').fill('Journeysson');
    for (const name of names.slice(0, 3)) await page.getByLabel(name).selectOption({ label: 'Deltog' });
    await page.getByLabel(names[3] ?? '').selectOption({ label: 'Förhinder' });
    await expectAccessible(page, 'attendance form filled in');
    await page.getByRole('button', { name: 'Spara närvaro' }).click();
    await expect.poll(() => page.getByText('Närvaron är sparad.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('3 deltog, 1 förhinder, 0 uteblev').isVisible()).toBe(true);
    await expectAccessible(page, 'attendance saved');

    await page.setViewportSize({ width: 360, height: 800 });
    await expectAccessible(page, 'session at 360 px');
    const scrollsSideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(scrollsSideways).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('link', { name: 'Tillfällen', exact: true }).click();
    await page.getByRole('link', { name: 'Tillbaka till utbildning' }).click();
    await expect.poll(() => heading(page)).toBe('Utbildning');
    await expect.poll(() => refresherTrained(page)).toBe(before + 3);
    await expectAccessible(page, 'training overview after the session');

    // The refresher campaign: invite the one who was excused to the session (no e-mail: no mail).
    await page.getByRole('link', { name: 'Repetition före valet' }).click();
    await expect.poll(() => heading(page)).toBe('Repetition före valet');
    await expectAccessible(page, 'refresher campaign');
    await page.getByRole('checkbox', { name: names[3] ?? '' }).check();
    await page.getByRole('button', { name: 'Bjud in valda' }).click();
    await expect
      .poll(() => page.getByText('1 inbjudna, 0 mejl köade, 0 redan inbjudna.').isVisible())
      .toBe(true);
    await expectAccessible(page, 'refresher campaign after inviting');

    await page.getByRole('link', { name: 'Tillbaka till utbildning' }).click();
    await page.getByRole('link', { name: 'Kurser' }).click();
    await expect.poll(() => heading(page)).toBe('Kurser');
    await expectAccessible(page, 'courses');
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});
