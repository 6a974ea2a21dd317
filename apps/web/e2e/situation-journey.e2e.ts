import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, logIn as logInAs, startApp, watchPage } from './harness';

/**
 * The lägesbild (issue 12 §5): the security officer opens it from the inbox and records the unit's
 * assessment; in another browser context an official reports an acute threat, and the officer's
 * page shows it without a reload and says so in its live region. The management's overview is the
 * same picture in figures, without a name or a title, on a phone too; a party contact sees their
 * own party's figures. Every state under axe (WCAG 2.1 A/AA).
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
const context = () => browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
const number = async (page: Page, testId: string): Promise<number> =>
  Number((await page.getByTestId(testId).textContent())?.trim());

describe('The lägesbild', () => {
  it('updates live for the security officer when an acute report arrives in another browser', async () => {
    const officerContext = await context();
    const page = await officerContext.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sakerhet@exempelkommun.se');
    await page.getByRole('link', { name: 'Lägesbild', exact: true }).first().click();
    await expect.poll(() => heading(page)).toBe('Lägesbild');
    await expect.poll(() => page.getByText('Uppdateras direkt', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Förhöjt läge').first().isVisible()).toBe(true);
    await expectAccessible(page, 'the full lägesbild');

    // The unit's new assessment, by keyboard-reachable disclosure.
    await page.getByText('Ny lägesbedömning').click();
    await page.getByRole('radio', { name: 'Högt läge', exact: true }).check();
    await page
      .getByLabel('Bedömning')
      .fill('Högt läge. Hot mot flera ledamöter inför budgetbeslutet; entrékontroll på fullmäktige.');
    await page.getByRole('button', { name: 'Spara bedömningen' }).click();
    await expect.poll(() => page.getByText('Lägesbedömningen är sparad.').isVisible()).toBe(true);
    await expect
      .poll(() =>
        page.getByText('Hot mot flera ledamöter inför budgetbeslutet', { exact: false }).isVisible(),
      )
      .toBe(true);
    await expectAccessible(page, 'the lägesbild after a new assessment');

    // The charts have their figures as a table too.
    await page.getByText('Visa som tabell').click();
    await expect
      .poll(() => page.getByRole('table', { name: /^Ärenden \d{4} och \d{4}, efter månad$/u }).isVisible())
      .toBe(true);

    const openBefore = await number(page, 'situation-open-total');
    const newBefore = await number(page, 'situation-new-incidents');
    // A marker that a reload would wipe out.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    // Another browser: an official reports a threat going on now (acute).
    const reporterContext = await context();
    const reporter = await reporterContext.newPage();
    await logIn(reporter, 'politiker@exempelkommun.se');
    await reporter.getByRole('link', { name: 'Rapportera', exact: true }).click();
    await expect.poll(() => heading(reporter)).toBe('Rapportera en händelse');
    await reporter.getByRole('radio', { name: 'Ja, det pågår nu' }).check();
    await reporter
      .getByLabel('Beskriv vad som hände')
      .fill('En man står utanför mitt hus och skriker hot just nu.');
    await reporter.getByRole('checkbox', { name: 'Hot (även dödshot)' }).check();
    await reporter.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect.poll(() => heading(reporter)).toBe('Rapporten är skickad');
    await reporterContext.close();

    await expect.poll(() => number(page, 'situation-open-total'), { timeout: 10_000 }).toBe(openBefore + 1);
    expect(await number(page, 'situation-new-incidents')).toBe(newBefore + 1);
    await expect
      .poll(() => page.getByTestId('situation-announce').textContent())
      .toMatch(/^Lägesbilden uppdaterades kl\. \d{2}:\d{2}: ärenden/u);
    expect(
      await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage),
    ).toBe(true);
    await expectAccessible(page, 'the lägesbild after a live update');
    expect(watched.problems).toEqual([]);
    await officerContext.close();
  });

  it("is the management's overview in figures, without names or titles, on a phone too", async () => {
    const viewerContext = await context();
    const page = await viewerContext.newPage();
    const watched = watchPage(page);
    await logIn(page, 'ledning@exempelkommun.se');
    await expect.poll(() => heading(page)).toBe('Lägesbild');
    await expect.poll(() => page.getByRole('heading', { name: /^Nyckeltal \d{4}$/u }).isVisible()).toBe(true);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('Sara Säkerhet');
    expect(main).not.toContain('Kommunstyrelsen');
    expect(main).toContain('färre än 5');
    await expectAccessible(page, "the viewer's lägesbild");
    await page.getByLabel('Visa efter').selectOption({ label: 'Typ av utsatthet (PTU)' });
    await expect
      .poll(() =>
        page
          .getByRole('img', { name: /^Ärenden \d{4} och \d{4}, efter typ av utsatthet \(ptu\)/u })
          .isVisible(),
      )
      .toBe(true);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, "the viewer's lägesbild at 360 px");
    // Handling times, which the viewer may not read case by case, lead to the lägesbild's figures.
    await page.goto(`${app.url}/incidents/metrics`);
    await expect.poll(() => heading(page)).toBe('Lägesbild');
    expect(watched.problems).toEqual([]);
    await viewerContext.close();
  });

  it("shows a party contact their own party's figures", async () => {
    const contactContext = await context();
    const page = await contactContext.newPage();
    const watched = watchPage(page);
    await logIn(page, 'parti.s@exempelkommun.se');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lägesbild' })
      .click();
    await expect.poll(() => heading(page)).toBe('Lägesbild för Socialdemokraterna');
    expect(await page.getByText('Kommande möten', { exact: false }).count()).toBe(0);
    await expectAccessible(page, "the party contact's lägesbild");
    expect(watched.problems).toEqual([]);
    await contactContext.close();
  });
});
