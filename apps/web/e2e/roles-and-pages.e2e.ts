import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, logIn as logInAs, startApp, watchPage } from './harness';

/**
 * Issue 2 "Done when": all seven demo users can log in and see navigation fit for their role;
 * every page of each role's menu passes axe (WCAG 2.1 A/AA) and works by keyboard. Runs without SMTP, so mails are
 * held in the outbox as on a fresh `npm start`.
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

async function navigationLinks(page: Page): Promise<string[]> {
  return await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
}

// Officials, staff and party contacts read their own training (issue 11 §3); everyone reads the
// ethical guidelines (issue 11 §4).
const reporter = [
  'Översikt',
  'Rapportera',
  'Mina ärenden',
  'Min utbildning',
  'Etiska riktlinjer',
  'Min profil',
];
// Officials and party contacts follow the result level and measures of matters (Riskguide).
const reporterWithSignals = [
  'Översikt',
  'Rapportera',
  'Mina ärenden',
  'Skicka signal',
  'Riskguide',
  'Möten',
  'Min utbildning',
  'Etiska riktlinjer',
  'Min profil',
];
// A party contact also has their party's page (issue 11 §2).
const partyContact = [...reporterWithSignals, 'Mitt parti', 'Lägesbild'];
const securityUnit = [
  'Översikt',
  'Rapportera',
  'Ärenden',
  'Signaler',
  'Handläggningstider',
  'Lägesbild',
  'Riskguide',
  'Screening',
  'Möten',
  'Förtroendevalda',
  'Utbildning',
  'Kontaktlista',
  'Etiska riktlinjer',
  'Säkerhetsansvariga',
  'Min profil',
];
// Secretaries prepare meetings and their agendas (issue 10); the security unit and the people in
// the bodies follow them in the risk heat calendar.
const secretary = ['Översikt', 'Riskguide', 'Screening', 'Möten', 'Etiska riktlinjer', 'Min profil'];
// The management reads aggregates: Riskguide in figures.
const viewer = ['Översikt', 'Riskguide i siffror', 'Utbildning', 'Etiska riktlinjer', 'Min profil'];
const adminLinks = [
  'Översikt',
  'Förtroendevalda',
  'Utbildning',
  'Kontaktlista',
  'Etiska riktlinjer',
  'Användare',
  'Partier',
  'Säkerhetsansvariga',
  'Listor',
  'Organ',
  'Lokaler',
  'Hotnivå',
  'Mallar',
  'Checklistor för möten',
  'Organisation',
  'Granskningslogg',
  'Utkorg',
  'Min profil',
];

describe.each([
  ['admin@exempelkommun.se', 'Systemadministratör', adminLinks],
  ['sakerhet@exempelkommun.se', 'Säkerhetshandläggare', securityUnit],
  ['parti.s@exempelkommun.se', 'Partiets säkerhetsansvarig', partyContact],
  ['politiker@exempelkommun.se', 'Förtroendevald', reporterWithSignals],
  ['personal@exempelkommun.se', 'Tjänsteperson', reporter],
  ['sekreterare@exempelkommun.se', 'Sekreterare', secretary],
  ['ledning@exempelkommun.se', 'Ledning (läsbehörighet)', viewer],
])('%s', (email, roleName, links) => {
  it(`logs in as ${roleName} and sees the navigation of the role; every page of the menu passes axe`, async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, email);
    expect((await navigationLinks(page)).sort()).toEqual([...links].sort());
    // The viewer's overview is the lägesbild, which does not name the role.
    if (email !== 'ledning@exempelkommun.se')
      expect(
        await page
          .getByText(`som ${roleName.charAt(0).toLowerCase()}${roleName.slice(1)}`)
          .first()
          .isVisible(),
      ).toBe(true);
    if (links.includes('Ärenden')) {
      // The security unit's overview is its inbox (issue 9 §2).
      await expect
        .poll(() => page.getByRole('heading', { name: /Nya ärenden utan handläggare/u }).isVisible())
        .toBe(true);
    } else if (email === 'ledning@exempelkommun.se') {
      // The viewer's overview is the lägesbild in figures (issue 12).
      await expect.poll(() => heading(page)).toBe('Lägesbild');
      await expect.poll(() => page.getByRole('heading', { name: 'Nu', exact: true }).isVisible()).toBe(true);
    } else {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Vid akut fara: ring 112' }).isVisible())
        .toBe(true);
      await expect.poll(() => page.getByRole('link', { name: '08-123 456 00' }).isVisible()).toBe(true);
    }
    await expectAccessible(page, `home as ${email}`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Min profil' })
      .click();
    await expect.poll(() => heading(page)).toBe('Min profil');
    await expect.poll(() => page.getByRole('table', { name: 'Dina inloggningar' }).isVisible()).toBe(true);
    await expectAccessible(page, `profile as ${email}`);
    // The role's other menu pages (the admin's are visited one by one in "the admin pages").
    if (!links.includes('Användare')) {
      for (const link of links.filter((name) => name !== 'Översikt' && name !== 'Min profil')) {
        const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
        await menu.getByRole('link', { name: link, exact: true }).click();
        await expect.poll(() => menu.locator('[aria-current="page"]').textContent()).toBe(link);
        await page.waitForLoadState('networkidle');
        await expect.poll(() => page.locator('.loading').count()).toBe(0);
        await expectAccessible(page, `${link} as ${email}`);
      }
    }
    if (!links.includes('Användare')) {
      await page.goto(`${app.url}/admin/users`);
      await expect.poll(() => heading(page)).toBe('Ingen behörighet');
      await expectAccessible(page, `no permission as ${email}`);
    }
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});

describe('what each role sees of its party', () => {
  it('shows the party contact their own party and appointment, and an official that the party lacks a contact', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await logIn(page, 'parti.s@exempelkommun.se');
    await expect.poll(() => page.getByText('Socialdemokraterna').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Per Partikontakt').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect.poll(() => heading(page)).toBe('Logga in');
    await logIn(page, 'politiker@exempelkommun.se');
    await expect.poll(() => page.getByText('Moderaterna').first().isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText('Partiet har ingen säkerhetsansvarig ännu.').isVisible())
      .toBe(true);
    await context.close();
  });
});

describe('paging', () => {
  it("moves through the security unit's queue a page at a time, the page in the address", async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sakerhet@exempelkommun.se');
    // Closed cases too: the demo's open cases fit one page.
    await page.goto(`${app.url}/incidents?closed=show`);
    const pager = page.getByRole('navigation', { name: 'Sidor' });
    await expect.poll(() => pager.getByText(/^Sida 1 av \d+$/u).isVisible()).toBe(true);
    expect(await pager.getByRole('button', { name: 'Föregående sida' }).count()).toBe(0);
    await pager.getByRole('button', { name: 'Nästa sida' }).click();
    await expect.poll(() => pager.getByText(/^Sida 2 av \d+$/u).isVisible()).toBe(true);
    expect(page.url()).toContain('page=2');
    await expectAccessible(page, 'queue, page 2');
    await pager.getByRole('button', { name: 'Föregående sida' }).click();
    await expect.poll(() => pager.getByText(/^Sida 1 av \d+$/u).isVisible()).toBe(true);
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});

describe("the security officer's inbox and queue", () => {
  it('lists a new acute case first, its count opens the queue filtered the same way; both fit 1280 and 360 px and pass axe', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sakerhet@exempelkommun.se');
    // A report that it is going on now (acute), through the API as the client sends it.
    const reference = await page.evaluate(async () => {
      const { token } = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
      const response = await fetch('/api/incidents', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify({
          description: 'En man står utanför mottagningen och hotar personalen just nu.',
          ongoing: true,
          targetKind: 'self',
          targetRole: 'staff',
          categories: ['threat'],
          channel: 'email',
          perpetratorType: 'unknown',
          policeContacted: true,
        }),
      });
      return ((await response.json()) as { reference: string }).reference;
    });
    expect(reference).toMatch(/^\d{4}-\d{4}$/u);
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Översikt');
    const unassigned = page.getByRole('region', { name: /Nya ärenden utan handläggare/u });
    const first = unassigned.getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain(reference);
    expect(await first.textContent()).toContain('Akut');
    await expectAccessible(page, 'inbox (1280 px)');

    await unassigned.getByRole('link', { name: /^Visa (alla \d+|ärendet) i kön$/u }).click();
    await expect.poll(() => heading(page)).toBe('Ärenden');
    expect(new URL(page.url()).searchParams.get('unassigned')).toBe('true');
    expect(await page.getByRole('checkbox', { name: 'saknar handläggare' }).isChecked()).toBe(true);
    const table = page.getByRole('table', { name: 'Ärenden i kön' });
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain(reference);
    // Every counter is a link; the table fits without scrolling sideways.
    expect(await page.locator('.counters__item').count()).toBe(
      await page.locator('.counters__item a').count(),
    );
    const region = page.locator('.table-region').filter({ has: table });
    expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(
      0,
    );
    await expectAccessible(page, 'queue without a handler (1280 px)');

    // Closed cases are hidden until asked for.
    await page.goto(`${app.url}/incidents`);
    const showing = page.getByText(/^Visar \d+–\d+ av \d+ ärenden\.$/u);
    const total = async () => Number(/av (\d+)/u.exec((await showing.textContent()) ?? '')?.[1]);
    await expect.poll(() => showing.isVisible()).toBe(true);
    const open = await total();
    await page.getByRole('checkbox', { name: 'Visa även avslutade ärenden' }).check();
    await page.getByRole('button', { name: 'Visa ärenden' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('closed')).toBe('show');
    await expect.poll(total).toBeGreaterThan(open);

    // A phone: the queue becomes cards; nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${app.url}/incidents?unassigned=true`);
    await expect.poll(() => page.getByRole('link', { name: reference }).isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'queue (360 px)');
    await page.goto(app.url);
    await expect.poll(() => unassigned.getByRole('listitem').first().textContent()).toContain(reference);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'inbox (360 px)');
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});

describe('Riskguide in figures', () => {
  it('shows the management counts by level and cell, never a title; a wrong period is refused at its field; English too', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'ledning@exempelkommun.se');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Riskguide i siffror' })
      .click();
    await expect.poll(() => heading(page)).toBe('Riskguide i siffror');
    const now = page.getByRole('table', { name: 'Ärenden efter aktuell risknivå' });
    await expect.poll(() => now.isVisible()).toBe(true);
    // The demo: nine Riskguide matters, six with a finished assessment (cells A, C, E, F, G and I),
    // and the new matters on the agendas of its year of meetings (issue 10), none assessed.
    const allMatters = now.getByRole('row', { name: /^Alla ärenden \d+$/u });
    expect(await allMatters.count()).toBe(1);
    const matterCount = Number(/\d+$/u.exec((await allMatters.textContent())?.trim() ?? '')?.[0]);
    expect(matterCount).toBeGreaterThan(9);
    const matrix = page.getByRole('table', {
      name: /^Avslutade bedömningar med steg 3, per ruta i matrisen/u,
    });
    await expect.poll(() => matrix.isVisible()).toBe(true);
    const cells = await matrix.locator('td').allTextContents();
    expect(cells).toHaveLength(9);
    for (const cell of ['A', 'C', 'E', 'F', 'G', 'I'])
      expect(cells.find((text) => text.startsWith(`Ruta ${cell}:`))).not.toMatch(
        new RegExp(`^Ruta ${cell}: 0(?!\\d)`, 'u'),
      );
    // Each cell also says what it means, so the colour is never the only sign.
    expect(cells[0]).toMatch(/^Ruta A: \d+Konfliktnivå låg, enkel eller komplicerad$/u);
    const body = (await page.locator('main').textContent()) ?? '';
    for (const title of [
      'Nedläggning av Norrby skola',
      'Ny taxa för parkering i centrum',
      'Höjda avgifter i äldreomsorgen',
    ])
      expect(body).not.toContain(title);
    await expectAccessible(page, 'Riskguide in figures');

    // A period that ends before it starts: the field says so, and the figures stay.
    await page.getByLabel('Från och med').fill('2026-06-01');
    await page.getByLabel('Till och med').fill('2026-01-01');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => page.getByRole('link', { name: /^Till och med/u }).isVisible()).toBe(true);
    await expectAccessible(page, 'Riskguide in figures with a period error');
    // A period without assessments.
    await page.getByLabel('Från och med').fill('2020-01-01');
    await page.getByLabel('Till och med').fill('2020-12-31');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect
      .poll(() => page.getByText('Inga bedömningar avslutades under perioden.').isVisible())
      .toBe(true);
    expect(await now.getByRole('row', { name: `Alla ärenden ${matterCount}`, exact: true }).count()).toBe(1);

    await page.goto(`${app.url}/profile`);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Spara' }).first().click();
    await expect.poll(() => heading(page)).toBe('My profile');
    await page.goto(`${app.url}/riskguide/summary`);
    await expect.poll(() => heading(page)).toBe('Riskguide in figures');
    await expect
      .poll(() => page.getByRole('table', { name: 'Matters by current risk level' }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'Riskguide in figures (English)');
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});

describe('the admin pages', () => {
  it('all pass axe, and a party contact can be appointed with the keyboard', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'admin@exempelkommun.se');
    // The readiness warning: eight of nine demo parties have no security contact.
    await expect
      .poll(() => page.getByText('8 av 9 partier saknar säkerhetsansvarig.', { exact: false }).isVisible())
      .toBe(true);

    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const [link, title] of [
      ['Användare', 'Användare'],
      ['Partier', 'Partier'],
      ['Säkerhetsansvariga', 'Partiernas säkerhetsansvariga'],
      ['Kontaktlista', 'Kontaktlista'],
      ['Etiska riktlinjer', 'Etiska riktlinjer'],
      ['Listor', 'Listor för rapporter'],
      ['Organ', 'Organ'],
      ['Lokaler', 'Lokaler'],
      ['Hotnivå', 'Nationell hotnivå'],
      ['Mallar', 'Mallar för Riskguide'],
      ['Checklistor för möten', 'Checklistor för möten'],
      ['Organisation', 'Organisation'],
      ['Granskningslogg', 'Granskningslogg'],
      ['Utkorg', 'Utkorg'],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await expect.poll(() => heading(page)).toBe(title);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `admin: ${link}`);
    }

    await nav.getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('link', { name: 'Maria Politiker' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Maria Politiker' }).isVisible()).toBe(true);
    await expectAccessible(page, 'admin: user detail');

    await nav.getByRole('link', { name: 'Partier' }).click();
    await page.getByRole('link', { name: 'Lägg till parti' }).click();
    await expect.poll(() => heading(page)).toBe('Lägg till parti');
    await expectAccessible(page, 'admin: new party');

    // Appoint Maria Politiker (M) as the Moderates' security contact, by keyboard only.
    await page.goto(`${app.url}/admin/parties`);
    await page
      .getByRole('link', { name: /Moderaterna/u })
      .first()
      .click();
    await expect.poll(() => heading(page)).toBe('Moderaterna');
    await expectAccessible(page, 'admin: edit party');
    await page.getByLabel('Säkerhetsansvarig', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Spara' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Ändringarna är sparade.').isVisible()).toBe(true);
    await page.goto(`${app.url}/admin/parties`);
    await expect
      .poll(() => page.getByRole('row', { name: /Moderaterna.*Maria Politiker/u }).isVisible())
      .toBe(true);

    expect(watched.problems).toEqual([]);
    await context.close();
  });
});

describe('keyboard, language and error pages', () => {
  it('offers a skip link as the first stop, moves focus to the heading, and switches to English before login', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await expect.poll(() => heading(page)).toBe('Logga in');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till huvudinnehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => heading(page)).toBe('Log in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, 'login in English');
    // Server messages follow the language too.
    await page.getByLabel('E-mail address').fill('nobody@exempelkommun.se');
    await page.getByLabel('Password', { exact: true }).fill('wrong password here');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect
      .poll(() => page.getByText('Wrong e-mail address or password.').first().isVisible())
      .toBe(true);
    await expectAccessible(page, 'login error in English');
    await context.close();
  });

  it('shows a translated 404 page that passes axe', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${app.url}/finns/inte`);
    await expect.poll(() => heading(page)).toBe('Sidan finns inte');
    expect(await page.title()).toContain('Sidan finns inte');
    await expectAccessible(page, '404');
    await context.close();
  });

  it('loads the Inter font from our own origin, after the first page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await page.goto(`${app.url}/login`);
    await expect.poll(() => heading(page)).toBe('Logga in');
    // The page is usable in the system font; Inter follows (ADR 015).
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.fonts].some((font) => font.family.includes('Inter') && font.status === 'loaded'),
        ),
      )
      .toBe(true);
    expect(await page.evaluate(() => document.fonts.check('16px "Inter Variable"'))).toBe(true);
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(fontRequests.every((url) => url.startsWith(app.url))).toBe(true);
    await context.close();
  });
});
