import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoPassword,
  expectAccessible,
  invitationLink,
  launchBrowser,
  startApp,
  startSmtpServer,
  watchPage,
} from './harness';

/**
 * Issue 2 §10: an admin logs in, enrols MFA, invites a user (the invitation arrives at a real
 * SMTP server), the user accepts and logs in, switches language, logs out — every page passes
 * axe (WCAG 2.1 A/AA) in Chromium.
 */

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startApp({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Värn Exempelkommun <varn@exempelkommun.se>',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.close();
});

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('an admin invites a new user', () => {
  const invitedEmail = 'ny.politiker@exempelkommun.se';
  const invitedPassword = 'sommarregn över kommunhuset';
  let recoveryCode = '';

  it('logs in, enrols MFA, invites a person whose invitation arrives by e-mail', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);

    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/login/u);
    expect(await heading(page)).toBe('Logga in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expectAccessible(page, 'login');

    await logIn(page, 'admin@exempelkommun.se', demoPassword);
    await expect.poll(() => heading(page)).toBe('Översikt');
    expect(await page.title()).toContain('Översikt');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectAccessible(page, 'home (admin)');

    // Enrol MFA from the profile.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Min profil' })
      .click();
    await expect.poll(() => heading(page)).toBe('Min profil');
    await expectAccessible(page, 'profile');
    await page.getByRole('link', { name: 'Aktivera tvåstegsverifiering' }).first().click();
    await expect.poll(() => heading(page)).toBe('Aktivera tvåstegsverifiering');
    await expectAccessible(page, 'MFA enrolment, start');
    await page.getByRole('button', { name: 'Börja' }).click();
    const secretText = (await page.getByLabel('Nyckel att skriva in i appen').textContent()) ?? '';
    const secret = secretText.replace(/\s/gu, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/u);
    await expect.poll(() => page.getByRole('img', { name: /QR-kod/u }).isVisible()).toBe(true);
    await expectAccessible(page, 'MFA enrolment, scan');
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
    await page.getByLabel('Kod från appen').fill(totp.generate());
    await page.getByRole('button', { name: 'Aktivera' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Dina återställningskoder' }).isVisible())
      .toBe(true);
    const codes = await page
      .getByRole('list', { name: 'Återställningskoder' })
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(10);
    recoveryCode = codes[0]?.trim() ?? '';
    await expectAccessible(page, 'recovery codes');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    // Continuing needs the confirmation that the codes are stored.
    await expect
      .poll(() => page.getByText('Bekräfta att du har sparat koderna innan du fortsätter.').isVisible())
      .toBe(true);
    await page.getByLabel('Jag har sparat återställningskoderna på ett säkert ställe').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    // Invite an elected official of the Moderates.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Användare' })
      .click();
    await expect.poll(() => heading(page)).toBe('Användare');
    await expectAccessible(page, 'users');
    await page.getByRole('link', { name: 'Bjud in användare' }).click();
    await expect.poll(() => heading(page)).toBe('Bjud in användare');
    await expectAccessible(page, 'invite user');
    // Submitting an empty form shows an error summary that takes focus.
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.closest(
              '[data-testid="error-summary"], .ds-error-summary, [role="region"], section',
            )?.textContent ?? '',
        ),
      )
      .toContain('Rätta följande');
    await expectAccessible(page, 'invite user with errors');
    await page.getByLabel('E-postadress').fill(invitedEmail);
    await page.getByLabel('Namn').fill('Nora Nyvald');
    await page.getByLabel('Roll').selectOption({ label: 'Förtroendevald' });
    await page.getByLabel('Parti').selectOption({ label: 'Moderaterna (M)' });
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await expect.poll(() => page.getByText(`Inbjudan till ${invitedEmail}`).isVisible()).toBe(true);
    await expectAccessible(page, 'user detail after invitation');

    const mail = await smtp.waitForMail(invitedEmail);
    expect(mail.subject).toBe('Inbjudan till Värn – Exempelkommun');
    expect(mail.text).toContain('Hej Nora Nyvald!');
    const link = invitationLink(mail);
    expect(link.startsWith(`${app.url}/invitation#`)).toBe(true);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect.poll(() => heading(page)).toBe('Logga in');
    expect(watched.problems).toEqual([]);
    await context.close();

    // The invited person accepts on a phone (360 px wide).
    const phone = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const mobile = await phone.newPage();
    const watchedMobile = watchPage(mobile);
    await mobile.goto(link);
    await expect.poll(() => heading(mobile)).toBe('Inbjudan till Värn');
    await expect
      .poll(() => mobile.getByText('Välkommen, Nora Nyvald!', { exact: false }).isVisible())
      .toBe(true);
    await expectAccessible(mobile, 'invitation (360 px)');
    await mobile.getByLabel('Lösenord', { exact: true }).fill(invitedPassword);
    await mobile.getByLabel('Upprepa lösenordet').fill(invitedPassword);
    await mobile.getByRole('button', { name: 'Aktivera kontot' }).click();
    await expect.poll(() => mobile.getByText('Klart! Ditt konto är aktiverat').isVisible()).toBe(true);
    await expectAccessible(mobile, 'invitation accepted');
    await mobile.getByRole('link', { name: 'Gå till inloggningen' }).click();
    await expect.poll(() => heading(mobile)).toBe('Logga in');
    expect(await mobile.getByLabel('E-postadress').inputValue()).toBe(invitedEmail);
    await mobile.getByLabel('Lösenord', { exact: true }).fill(invitedPassword);
    await mobile.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => heading(mobile)).toBe('Översikt');
    // Nothing overflows sideways at 360 px.
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(mobile, 'home (official, 360 px)');
    expect(await mobile.getByText('Moderaterna').first().isVisible()).toBe(true);

    // Switch to English in the profile: the UI and <html lang> follow.
    await mobile.getByRole('button', { name: 'Meny' }).click();
    await mobile.getByRole('link', { name: 'Min profil' }).click();
    await expect.poll(() => heading(mobile)).toBe('Min profil');
    await mobile.getByRole('radio', { name: 'English' }).check();
    await mobile.getByRole('button', { name: 'Spara' }).first().click();
    await expect.poll(() => heading(mobile)).toBe('My profile');
    expect(await mobile.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(mobile, 'profile in English (360 px)');
    await mobile.getByRole('button', { name: 'Menu' }).click();
    await mobile.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => heading(mobile)).toBe('Log in');
    await expectAccessible(mobile, 'login in English after logout');
    expect(watchedMobile.problems).toEqual([]);
    await phone.close();
  });

  it('asks the admin for the second factor at the next login, and a recovery code works once', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(`${app.url}/login`);
    await logIn(page, 'admin@exempelkommun.se', demoPassword);
    await expect.poll(() => heading(page)).toBe('Tvåstegsverifiering');
    await expectAccessible(page, 'MFA code');
    await page.getByLabel('Kod').fill('000000');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => page.getByText('Koden stämmer inte').first().isVisible()).toBe(true);
    await expectAccessible(page, 'MFA code, wrong code');
    await page.getByLabel('Kod').fill(recoveryCode);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => heading(page)).toBe('Översikt');
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});

describe('a person with accounts in two organisations (ADR 013)', () => {
  it('is asked which organisation after the password, chooses by keyboard, and lands in it', async () => {
    // An operator sets up a second municipality whose admin is the demo's viewer, by address.
    const printed = await app.cli(
      'create-admin',
      '--org',
      'Grannby kommun',
      '--email',
      'ledning@exempelkommun.se',
      '--name',
      'Vera Visare',
      '--code',
      '0181',
    );
    const link = /(https?:\/\/\S+\/invitation#[\w-]+)/u.exec(printed)?.[1];
    expect(link, printed).toBeDefined();

    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(link ?? '');
    await expect.poll(() => heading(page)).toBe('Inbjudan till Värn');
    // The same password as the account in Exempelkommun: it opens both.
    await page.getByLabel('Lösenord', { exact: true }).fill(demoPassword);
    await page.getByLabel('Upprepa lösenordet').fill(demoPassword);
    await page.getByRole('button', { name: 'Aktivera kontot' }).click();
    await expect.poll(() => page.getByText('Klart! Ditt konto är aktiverat').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Gå till inloggningen' }).click();
    await expect.poll(() => heading(page)).toBe('Logga in');

    await page.getByLabel('Lösenord', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Logga in' }).click();
    const choice = page.getByRole('group', { name: 'Organisation' });
    await expect.poll(() => choice.isVisible()).toBe(true);
    // Sorted by name, and only the organisations this password opens.
    expect(
      await choice
        .getByRole('radio')
        .evaluateAll((radios) =>
          radios.map((radio) => (radio instanceof HTMLInputElement ? radio.labels?.[0]?.textContent : null)),
        ),
    ).toEqual(['Exempelkommun', 'Grannby kommun']);
    // Focus moved to the explanation, so a screen reader hears why the form asks again.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'flera organisationer',
    );
    await expectAccessible(page, 'login: choose the organisation');

    // Without a choice, the error says what to do.
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect
      .poll(() => page.getByText('Välj vilken organisation du vill logga in i.').first().isVisible())
      .toBe(true);
    await expectAccessible(page, 'login: choose the organisation, none chosen');

    // By keyboard: into the group, arrow to the second, Enter submits.
    await choice.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await choice.getByRole('radio', { name: 'Grannby kommun' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    // Grannby is a real organisation: its admins must enrol in two-step verification first.
    await expect.poll(() => heading(page)).toBe('Aktivera tvåstegsverifiering');
    expect(watched.problems).toEqual([]);
    await context.close();

    // The account in Exempelkommun is untouched: choosing it there gives the management's overview.
    const again = await browser.newContext({ locale: 'sv-SE' });
    const second = await again.newPage();
    await second.goto(`${app.url}/login`);
    await logIn(second, 'ledning@exempelkommun.se', demoPassword);
    await second.getByRole('radio', { name: 'Exempelkommun' }).check();
    await second.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => heading(second)).toBe('Lägesbild');
    await again.close();
  });
});
