import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, logIn as logInAs, startApp, watchPage } from './harness';

/**
 * Issue 12: the security officer opens the lägesbild from the inbox and records the unit's
 * assessment; a politician reports an acute incident in another browser; the officer's page
 * follows live (server-sent events) without a reload and says so in a polite live region. The
 * viewer's overview is the lägesbild in figures, without names or titles; a party contact reads
 * their party's. Every version under axe, and at 360 px; the assessment is made by keyboard alone.
 * Screenshots go to VARN_SCREENSHOTS when set.
 */

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
const screenshots = process.env.VARN_SCREENSHOTS;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const logIn = (page: Page, email: string): Promise<void> => logInAs(page, app.url, email);

async function shoot(page: Page, name: string): Promise<void> {
  if (screenshots) await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** Waits until the page follows changes live (the stream said it is ready). */
async function waitLive(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByText('Uppdateras direkt', { exact: true }).isVisible(), { timeout: 20_000 })
    .toBe(true);
}

const figure = async (page: Page, testId: string): Promise<string> =>
  ((await page.getByTestId(testId).textContent()) ?? '').trim();

const assessmentText = 'Förhöjt inför valet: fler hot i sociala medier mot förtroendevalda i skolfrågan.';

describe('the lägesbild', () => {
  let officerContext: BrowserContext;
  let officer: Page;
  let officerWatch: { problems: string[] };
  const namesAndTitles: string[] = [];
  let mattersSeen = 0;

  it('the security officer opens it from the inbox and records an assessment', async () => {
    // A browser away from Sweden: the page still tells Swedish time.
    officerContext = await browser.newContext({
      locale: 'sv-SE',
      timezoneId: 'America/New_York',
      viewport: { width: 1280, height: 900 },
    });
    officer = await officerContext.newPage();
    officerWatch = watchPage(officer);
    await logIn(officer, 'sakerhet@exempelkommun.se');
    await officer.getByRole('main').getByRole('link', { name: 'Lägesbild', exact: true }).click();
    await expect.poll(() => heading(officer)).toBe('Lägesbild');
    await expect.poll(() => officer.getByRole('heading', { name: 'Nu', exact: true }).isVisible()).toBe(true);
    await waitLive(officer);
    await expect
      .poll(() => officer.getByRole('heading', { name: 'Nationell terrorhotnivå' }).isVisible())
      .toBe(true);
    expect(
      await officer
        .getByText(/^\d+ dagar$/u)
        .first()
        .isVisible(),
    ).toBe(true);
    await expectAccessible(officer, 'lägesbild (full)');

    // The names the unit sees and the viewer must not: meetings and matters by title.
    const meetings = officer.getByRole('region', { name: /^Kommande möten/u });
    const matters = officer.getByRole('region', { name: /^Ärenden med hög risk/u });
    mattersSeen = await matters.getByRole('listitem').count();
    for (const region of [meetings, matters])
      namesAndTitles.push(
        ...(await region.getByRole('listitem').getByRole('link').allTextContents()).filter(
          (text) => text.length > 0,
        ),
      );
    expect(namesAndTitles.length).toBeGreaterThan(0);

    // By keyboard only: tab to "Ny lägesbedömning", open it, choose the level with the arrows,
    // write, tab to the button and send.
    const newAssessment = officer.getByText('Ny lägesbedömning', { exact: true });
    let reached = false;
    for (let step = 0; step < 150 && !reached; step += 1) {
      await officer.keyboard.press('Tab');
      reached = await newAssessment.evaluate((node) => node === document.activeElement);
    }
    expect(reached).toBe(true);
    await officer.keyboard.press('Enter');
    await officer.keyboard.press('Tab');
    const elevated = officer.getByRole('radio', { name: 'Förhöjt läge' });
    for (let step = 0; step < 6 && !(await elevated.isChecked()); step += 1)
      await officer.keyboard.press('ArrowDown');
    expect(await elevated.isChecked()).toBe(true);
    await officer.keyboard.press('Tab');
    await officer.keyboard.type(assessmentText);
    expect(await officer.getByLabel('Bedömning', { exact: true }).inputValue()).toBe(assessmentText);
    await expectAccessible(officer, 'lägesbild with the assessment form');
    await officer.keyboard.press('Tab');
    expect(
      await officer
        .getByRole('button', { name: 'Spara bedömningen' })
        .evaluate((node) => node === document.activeElement),
    ).toBe(true);
    await officer.keyboard.press('Enter');
    await expect.poll(() => officer.getByText('Lägesbedömningen är sparad.').isVisible()).toBe(true);
    const level = officer.getByRole('region', { name: 'Bedömt läge' });
    await expect.poll(() => level.getByText(assessmentText).isVisible()).toBe(true);
    expect(await level.getByText('Förhöjt läge').first().isVisible()).toBe(true);
    // Just assessed: not flagged as stale.
    expect(await level.getByText('Bedömningen är äldre än 30 dagar. Gör en ny.').count()).toBe(0);
    const officerName = /av (.+)$/u.exec((await level.getByText(/^Bedömt .+ av .+$/u).textContent()) ?? '');
    if (officerName?.[1]) namesAndTitles.push(officerName[1]);
    await shoot(officer, 'situation-officer-1280');
  });

  it('follows a new acute report from another browser live, without a reload, and says so', async () => {
    const openBefore = Number(await figure(officer, 'situation-open-total'));
    const newBefore = Number(await figure(officer, 'situation-new-incidents'));
    expect(Number.isInteger(openBefore)).toBe(true);
    // A mark on the window: gone if the page reloaded.
    await officer.evaluate(() => {
      (window as unknown as { lagesbildMark: number }).lagesbildMark = 42;
    });

    const reporterContext = await browser.newContext({ locale: 'sv-SE' });
    const reporter = await reporterContext.newPage();
    const reporterWatch = watchPage(reporter);
    await logIn(reporter, 'politiker@exempelkommun.se');
    await reporter.goto(`${app.url}/report`);
    await expect.poll(() => heading(reporter)).toBe('Rapportera en händelse');
    await reporter.getByRole('radio', { name: 'Ja, det pågår nu' }).check();
    await reporter
      .getByLabel('Beskriv vad som hände')
      .fill('En man står utanför mitt hus och skriker hot om debatten i kväll.');
    await reporter.getByRole('checkbox', { name: 'Hot (även dödshot)' }).check();
    await reporter.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect.poll(() => heading(reporter)).toBe('Rapporten är skickad');
    expect(reporterWatch.problems).toEqual([]);
    await reporterContext.close();

    await expect
      .poll(() => figure(officer, 'situation-new-incidents'), { timeout: 20_000 })
      .toBe(String(newBefore + 1));
    expect(await figure(officer, 'situation-open-total')).toBe(String(openBefore + 1));
    await expect
      .poll(() => officer.getByTestId('situation-announce').textContent())
      .toMatch(/^Lägesbilden uppdaterades kl\. \d\d:\d\d: .*ärenden/u);
    // The time announced is the time of the figures (Swedish time, whatever the browser's zone).
    const announced = /kl\. (\d\d:\d\d)/u.exec(
      (await officer.getByTestId('situation-announce').textContent()) ?? '',
    );
    expect(await officer.getByText(/^Siffrorna gäller /u).textContent()).toContain(announced?.[1]);
    expect(await officer.getByTestId('situation-announce').getAttribute('aria-live')).toBe('polite');
    // What changed is marked for a moment.
    expect(await officer.locator('#situation-open').locator('..').getAttribute('data-changed')).toBe('true');
    expect(
      await officer.evaluate(() => (window as unknown as { lagesbildMark?: number }).lagesbildMark),
    ).toBe(42);
    await expectAccessible(officer, 'lägesbild after a live update');

    // The trends switch dimension in place; the figures are in a table too.
    await officer.getByLabel('Visa efter').selectOption({ label: 'Kategori' });
    const trends = officer.locator('section.section', {
      has: officer.getByRole('heading', { name: 'Utveckling', level: 2 }),
    });
    await expect.poll(() => trends.getByRole('img', { name: /efter kategori/u }).isVisible()).toBe(true);
    await trends.getByText('Visa som tabell').click();
    await expect.poll(() => trends.getByRole('table').isVisible()).toBe(true);
    expect(await trends.getByRole('row').count()).toBeGreaterThan(2);
    expect(officerWatch.problems).toEqual([]);
    await officerContext.close();
  });

  it('fits a 360 px phone for the security officer', async () => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sakerhet@exempelkommun.se');
    await page.goto(`${app.url}/situation`);
    await expect.poll(() => heading(page)).toBe('Lägesbild');
    await expect.poll(() => page.getByText(assessmentText).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'lägesbild (full, 360 px)');
    await shoot(page, 'situation-officer-360');
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it("is the viewer's overview, in figures without names or titles, at 1280 and 360 px", async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 740 },
    ]) {
      const context = await browser.newContext({ locale: 'sv-SE', viewport });
      const page = await context.newPage();
      const watched = watchPage(page);
      await logIn(page, 'ledning@exempelkommun.se');
      expect(new URL(page.url()).pathname).toBe('/');
      await expect.poll(() => heading(page)).toBe('Lägesbild');
      await expect.poll(() => page.getByText(assessmentText).isVisible()).toBe(true);
      await waitLive(page);
      await page.waitForLoadState('networkidle');
      const text = (await page.getByRole('main').textContent()) ?? '';
      for (const name of namesAndTitles) expect(text, `the viewer sees "${name}"`).not.toContain(name);
      expect(await page.getByText('Ny lägesbedömning', { exact: true }).count()).toBe(0);
      expect(text).toContain('Grupper med färre än 5 visas inte');
      // Matters the unit sees by title are, for the viewer, a count or "fewer than 5": never "none".
      const matters = page.getByRole('region', { name: /^Ärenden med hög risk/u });
      if (mattersSeen > 0) expect(await matters.getByText(/^Inga ärenden/u).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await expectAccessible(page, `lägesbild (viewer, ${viewport.width} px)`);
      await shoot(page, `situation-viewer-${viewport.width}`);
      // The handling times by category are the unit's: not in the viewer's menu.
      expect(
        await page
          .getByRole('navigation', { name: 'Huvudmeny' })
          .getByRole('link', { name: 'Handläggningstider' })
          .count(),
      ).toBe(0);
      // …and asking for them leads to the lägesbild's figures, not "no permission".
      await page.goto(`${app.url}/incidents/metrics`);
      await expect.poll(() => heading(page)).toBe('Lägesbild');
      expect(watched.problems).toEqual([]);
      await context.close();
    }
  });

  it("shows a party contact their party's figures", async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'parti.s@exempelkommun.se');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lägesbild', exact: true })
      .click();
    await expect.poll(() => heading(page)).toBe('Lägesbild för Socialdemokraterna');
    await expect.poll(() => page.getByRole('heading', { name: 'Öppna ärenden' }).isVisible()).toBe(true);
    for (const name of namesAndTitles) expect(await page.getByRole('main').textContent()).not.toContain(name);
    await expectAccessible(page, 'lägesbild (party)');
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});
