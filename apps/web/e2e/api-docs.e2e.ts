import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, expectAccessible, heading, launchBrowser, startApp, watchPage } from './harness';

/**
 * The API reference at /developers/api replaces Swagger UI (which failed axe and the CSP): it is
 * public, built from /api/openapi.json, passes axe in both languages and at 360 px, and is where
 * the old address /api/docs leads.
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

/** The disclosure of one operation, found by the text screen readers hear on it. */
const disclosure = (page: Page, operation: string) =>
  page.locator('summary', { hasText: new RegExp(`\\b${operation.replace(/[{}]/gu, '\\$&')}$`, 'u') });

const userProperties = [
  'id',
  'email',
  'name',
  'role',
  'language',
  'status',
  'partyId',
  'mfaEnabled',
  'createdAt',
  'lastLoginAt',
  'invitationExpiresAt',
];

/** No sideways scrolling of the whole page: wide tables scroll inside their own region. */
async function fitsWidth(page: Page): Promise<boolean> {
  return await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('the API reference', () => {
  it('shows the operations and schemas logged out, in Swedish, and passes axe, also at 360 px', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(`${app.url}/developers/api`);
    await expect.poll(() => heading(page)).toBe('API-dokumentation');
    expect(await page.title()).toBe('API-dokumentation – Värn');

    // The public layout: no navigation of the logged-in app, but the language switch.
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'In English' }).isVisible()).toBe(true);

    const login = page.getByRole('heading', { level: 3, name: 'POST /api/auth/login' });
    await expect.poll(() => login.isVisible()).toBe(true);
    // Tags are translated and listed under "På den här sidan".
    const toc = page.getByRole('navigation', { name: 'På den här sidan' });
    await expect
      .poll(async () => (await toc.getByRole('link').allTextContents()).sort())
      .toEqual(
        [
          'Så fungerar API:t',
          'Drift',
          'Inloggning',
          'Egen profil',
          'Organisation',
          'Partier',
          'Användare',
          'Inbjudningar',
          'Granskningslogg',
          'E-post',
          'Ärenden och rapporter',
          'Signaler',
          'Åtgärder',
          'Riskguide',
          'Möten och säkerhetsplaner',
          'Förtroendevaldaregistret',
          'Utbildning',
          'Kontaktlista och beredskap',
          'Etiska riktlinjer',
          'Lägesbild och statistik',
        ].sort(),
      );
    expect(await page.getByRole('heading', { level: 2, name: 'Inloggning' }).isVisible()).toBe(true);
    // The server's English summaries are marked as English on the Swedish page.
    expect(
      await page
        .locator('[lang="en"]', { hasText: 'Log in with e-mail and password; sets the session cookie' })
        .count(),
    ).toBe(1);
    // The intro links to the machine-readable document.
    expect(await page.getByRole('link', { name: '/api/openapi.json' }).getAttribute('href')).toBe(
      '/api/openapi.json',
    );

    // An in-page link leads to the tag's section.
    await toc.getByRole('link', { name: 'Användare' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#api-users');
    await expect
      .poll(() =>
        page
          .getByRole('heading', { level: 2, name: 'Användare' })
          .evaluate((element) => element.getBoundingClientRect().top),
      )
      .toBeLessThan(100);

    // Expanding an operation with the keyboard shows its response, the User schema resolved from its $ref.
    const getUser = disclosure(page, 'GET /api/users/{id}');
    await getUser.focus();
    await page.keyboard.press('Enter');
    const details = page.locator('details', { has: getUser });
    await expect.poll(() => details.getAttribute('open')).toBe('');
    await expect
      .poll(() =>
        details
          .locator('code', { hasText: /^User$/u })
          .first()
          .isVisible(),
      )
      .toBe(true);
    for (const property of userProperties) {
      expect(
        await details
          .locator('dt code', { hasText: new RegExp(`^${property}$`, 'u') })
          .first()
          .isVisible(),
        property,
      ).toBe(true);
    }
    // The enum of the referenced Role schema, and the path parameter in a captioned table.
    expect(
      await details.getByText('Tillåtna värden: admin, security_officer', { exact: false }).isVisible(),
    ).toBe(true);
    expect(await details.getByRole('table', { name: 'Parametrar för GET /api/users/{id}' }).isVisible()).toBe(
      true,
    );
    await expectAccessible(page, 'API reference, one operation open');

    // A request body with limits, and a table that scrolls inside its own labelled region on a phone.
    await disclosure(page, 'POST /api/auth/login').click();
    await expect.poll(() => page.getByText('1–254 tecken').first().isVisible()).toBe(true);
    await disclosure(page, 'GET /api/audit-events').click();
    const region = page.getByRole('region', { name: 'Parametrar för GET /api/audit-events' });
    await expect.poll(() => region.isVisible()).toBe(true);
    expect(await region.getAttribute('tabindex')).toBe('0');

    await page.setViewportSize({ width: 360, height: 780 });
    await expect.poll(() => fitsWidth(page)).toBe(true);
    await expectAccessible(page, 'API reference at 360 px');

    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('speaks English after the language switch', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(`${app.url}/developers/api`);
    await expect.poll(() => heading(page)).toBe('API-dokumentation');
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => heading(page)).toBe('API documentation');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: 'POST /api/auth/login' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Login' }).isVisible()).toBe(true);
    await disclosure(page, 'PATCH /api/organisation/settings').click();
    await expect.poll(() => page.getByText('From 5 to 480').isVisible()).toBe(true);
    await expectAccessible(page, 'API reference in English');
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('is in the footer for a logged-in user, inside the app layout', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(`${app.url}/login`);
    await page.getByLabel('E-postadress').fill('politiker@exempelkommun.se');
    await page.getByLabel('Lösenord', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => heading(page)).toBe('Översikt');
    await page.getByRole('contentinfo').getByRole('link', { name: 'API-dokumentation' }).click();
    await expect.poll(() => heading(page)).toBe('API-dokumentation');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: 'GET /api/me', exact: true }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'API reference logged in');
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('survives a hostile document: cycles, unknown shapes, and a document that is not OpenAPI', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    const cyclic = {
      openapi: '3.1.0',
      info: { title: 'Test', version: '1' },
      paths: {
        '/api/tree': {
          get: {
            tags: ['trees'],
            summary: 'A tree',
            responses: {
              '200': {
                description: 'The tree',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
              },
              '4XX': {
                description: 'Broken',
                content: { 'application/json': { schema: { $ref: '#/nowhere' } } },
              },
            },
          },
          post: 'not an operation',
        },
        '/api/odd': {
          get: { responses: { '200': { description: 42, content: { 'application/json': {} } } } },
        },
      },
      components: {
        schemas: {
          Node: {
            type: 'object',
            required: ['name'],
            properties: {
              name: { type: ['string', 'null'], minLength: 'one' },
              children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
              ['__proto__']: { type: 'boolean' },
            },
          },
        },
      },
    };
    let served: unknown = cyclic;
    await page.route('**/api/openapi.json', (route) => route.fulfill({ json: served }));

    await page.goto(`${app.url}/developers/api`);
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: 'GET /api/tree' }).isVisible())
      .toBe(true);
    // An unknown tag keeps its name; an operation without tags is listed under "Övriga anrop".
    expect(await page.getByRole('heading', { level: 2, name: 'trees' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Övriga anrop' }).isVisible()).toBe(true);
    await disclosure(page, 'GET /api/tree').click();
    await expect.poll(() => page.getByText('Samma uppbyggnad som Node ovan.').isVisible()).toBe(true);
    expect(await page.getByText('Schemat #/nowhere finns inte i dokumentet.').isVisible()).toBe(true);
    expect(await page.locator('dt code', { hasText: /^__proto__$/u }).isVisible()).toBe(true);
    await disclosure(page, 'GET /api/odd').click();
    await expectAccessible(page, 'API reference of a cyclic document');

    // Not an OpenAPI document: the error the client shows for any unreadable answer, with a retry.
    served = { hello: 'world' };
    await page.reload();
    await expect
      .poll(() =>
        page.getByText('Servern svarade på ett sätt som vi inte kunde läsa.', { exact: false }).isVisible(),
      )
      .toBe(true);
    // The introduction does not depend on the document.
    expect(await page.getByRole('heading', { level: 2, name: 'Så fungerar API:t' }).isVisible()).toBe(true);
    await expectAccessible(page, 'API reference without a document');
    served = cyclic;
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: 'GET /api/tree' }).isVisible())
      .toBe(true);

    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('is where the old address /api/docs leads', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${app.url}/api/docs`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/developers/api');
    await expect.poll(() => heading(page)).toBe('API-dokumentation');
    await context.close();
  });
});
