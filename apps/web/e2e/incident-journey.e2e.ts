import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  heading,
  launchBrowser,
  logIn as logInAs,
  startApp,
  startSmtpServer,
  watchPage,
} from './harness';

/**
 * Issue 3 §10 and issue 9 §1: an official reports from a 360 px phone with only the short form
 * (errors go as the fields are fixed) and a screenshot attached → the security officer triages with
 * a handler, adds a measure shown to the person, records a police report the person consented to
 * and closes with a summary → the official, on the phone, sees "Avslutad" on a card, the handler,
 * the police report number and the support measure, and both e-mails (registered, closed) arrived
 * at a real SMTP server. Then a party contact sends a signal that the security officer turns into an
 * incident. Every page under axe.
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

const logIn = (page: Page, email: string): Promise<void> => logInAs(page, app.url, email);

describe('an incident from report to closing', () => {
  let reference = '';
  const description = 'Hotfullt sms efter kvällens debatt om skolnedläggningen: "vi vet var du bor".';

  it('an official reports from a phone with only the short form, with a screenshot attached', async () => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'politiker@exempelkommun.se');
    const screenshot = await page.screenshot();
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('link', { name: 'Rapportera', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Rapportera en händelse');
    await expectAccessible(page, 'report form (360 px)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // "Ongoing" shows the 112 instruction at once, before anything else.
    await page.getByRole('radio', { name: 'Ja, det pågår nu' }).check();
    await expect.poll(() => page.getByRole('link', { name: 'Ring 112' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Ring 112' }).getAttribute('href')).toBe('tel:112');
    await expectAccessible(page, 'report form with the 112 notice');
    await page.getByRole('radio', { name: 'Nej' }).first().check();

    // Sent too early: the summary links to what is missing, and each error goes as it is fixed.
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    const summary = page.locator('.form-errors');
    const missingDescription = summary.getByRole('link', { name: /^Beskriv vad som hände/u });
    await expect.poll(() => missingDescription.isVisible()).toBe(true);
    await expectAccessible(page, 'report form with errors (360 px)');
    await page.getByLabel('Beskriv vad som hände').fill(description);
    await expect.poll(() => missingDescription.count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Hot (även dödshot)' }).check();
    await expect.poll(() => summary.count()).toBe(0);

    // The follow-up questions wait, collapsed, under "Berätta mer (frivilligt)".
    expect(await page.getByText('Berätta mer (frivilligt)').isVisible()).toBe(true);
    expect(await page.getByLabel('Hur eller var hände det?').isVisible()).toBe(false);
    await page
      .getByLabel('Bifoga filer')
      .setInputFiles({ name: 'skarmbild.png', mimeType: 'image/png', buffer: screenshot });
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect.poll(() => heading(page)).toBe('Rapporten är skickad');
    const thanks = (await page.getByText(/Ärendenumret är/u).textContent()) ?? '';
    reference = /(\d{4}-\d{4})/u.exec(thanks)?.[1] ?? '';
    expect(reference).toMatch(/^\d{4}-\d{4}$/u);
    await expect.poll(() => page.getByText('Uppladdad').first().isVisible()).toBe(true);
    await expectAccessible(page, 'report sent (360 px)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const registered = await smtp.waitForMail('politiker@exempelkommun.se');
    expect(registered.subject).toBe(`Ditt ärende ${reference} är registrerat`);
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('the security officer triages, adds a measure, records the police report and closes the case', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sakerhet@exempelkommun.se');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Ärenden', exact: true })
      .click();
    await expect.poll(() => heading(page)).toBe('Ärenden');
    await expect.poll(() => page.getByRole('link', { name: reference }).isVisible()).toBe(true);
    await expectAccessible(page, 'queue');
    await page.getByRole('link', { name: reference }).click();
    await expect.poll(() => heading(page)).toBe(`Ärende ${reference}`);
    await expect.poll(() => page.getByText(description).first().isVisible()).toBe(true);
    await expectAccessible(page, 'case file');

    // The summary on top says the essentials in words.
    const summary = page.getByRole('region', { name: 'Sammanfattning av ärendet' });
    await expect.poll(() => summary.getByText(reference, { exact: true }).isVisible()).toBe(true);
    expect(await summary.getByText('Inte gjord – rekommenderas').isVisible()).toBe(true);
    // Two columns at 1280 px: the related cases stand beside the triage.
    const related = page.getByRole('region', { name: /^Relaterade ärenden/u });
    const triage = page.getByRole('region', { name: /^Triagering/u });
    const relatedBox = await related.boundingBox();
    const triageBox = await triage.boundingBox();
    expect(relatedBox && triageBox && relatedBox.x > triageBox.x + triageBox.width).toBe(true);

    // The parts needing action are open; the others open by keyboard (Enter, Space).
    const toggle = (name: string) => page.getByRole('button', { name: new RegExp(`^${name}(\\s|$)`, 'u') });
    expect(await toggle('Triagering').getAttribute('aria-expanded')).toBe('true');
    expect(await toggle('Åtgärder').getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Typ av åtgärd').isVisible()).toBe(false);
    await toggle('Åtgärder').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle('Åtgärder').getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Typ av åtgärd').isVisible()).toBe(true);
    await toggle('Status').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle('Status').getAttribute('aria-expanded')).toBe('true');

    // A related case is linked from the suggestions, which say why.
    const suggestions = related.getByRole('list', { name: 'Förslag' });
    await expect.poll(() => suggestions.getByText('Samma utsatta person').first().isVisible()).toBe(true);
    const suggested = suggestions.getByRole('listitem').first();
    const linkedReference = (await suggested.getByRole('link').first().textContent()) ?? '';
    expect(linkedReference).toMatch(/^\d{4}-\d{4}$/u);
    await suggested.getByRole('button', { name: `Koppla ${linkedReference}` }).click();
    await expect
      .poll(() => page.getByText(`Ärende ${linkedReference} är kopplat till det här ärendet.`).isVisible())
      .toBe(true);
    const linked = related.getByRole('list', { name: 'Kopplade ärenden' });
    expect(await linked.getByRole('link', { name: linkedReference }).isVisible()).toBe(true);
    expect(await suggestions.getByRole('link', { name: linkedReference, exact: true }).count()).toBe(0);
    await expectAccessible(page, 'case file, parts open (1280 px)');

    // One column on a phone, nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect
      .poll(async () => ((await related.boundingBox())?.y ?? 0) > ((await triage.boundingBox())?.y ?? 0))
      .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'case file (360 px)');
    await page.setViewportSize({ width: 1280, height: 720 });

    // Triage: severity and handler, then mark as triaged.
    await page.getByRole('radio', { name: 'Hög' }).first().check();
    await page.getByLabel('Handläggare', { exact: true }).selectOption({ label: 'Sara Säkerhet' });
    await page.getByRole('button', { name: 'Spara och markera som triagerad' }).click();
    await expect
      .poll(() => page.getByText('Triageringen är sparad och ärendet är markerat som triagerat.').isVisible())
      .toBe(true);

    // A measure with an owner and a due date.
    await page.getByLabel('Typ av åtgärd').selectOption({ label: 'Stödsamtal' });
    await page.getByLabel('Beskrivning', { exact: true }).last().fill('Stödsamtal med den utsatta i morgon');
    await page.getByLabel('Klar senast').last().fill('2030-01-15');
    await page.getByRole('checkbox', { name: 'Visa åtgärden för den utsatta' }).check();
    await page.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    await expect.poll(() => page.getByText('Åtgärden är tillagd.').isVisible()).toBe(true);

    // The police report: number, date, elected role stated, åtkomstskydd.
    await page.getByLabel('Diarienummer hos polisen').fill('5000-K123456-26');
    await page.getByLabel('Det framgår av anmälan att personen är förtroendevald').check();
    await page.getByLabel('Åtkomstskydd är begärt').check();
    await page.getByLabel('Den utsatta gjorde anmälan själv eller har samtyckt till den').check();
    await page.getByRole('button', { name: 'Registrera polisanmälan' }).click();
    await expect.poll(() => page.getByText('Polisanmälan är sparad.').isVisible()).toBe(true);
    await expectAccessible(page, 'case file after triage, measure and police report');

    // Close with a summary.
    await page.getByRole('button', { name: 'Avsluta ärendet' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.waitForTimeout(500);
    await expectAccessible(page, 'closing dialog');
    await dialog
      .getByLabel('Sammanfattning')
      .fill('Stödsamtal hållet, polisanmälan gjord med åtkomstskydd. Inga nya händelser.');
    await dialog.getByRole('button', { name: 'Avsluta ärendet' }).click();
    await expect.poll(() => page.getByText('Statusen är ändrad till Avslutad.').isVisible()).toBe(true);
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('the official sees "Avslutad", the handler, the police report number and the support measure, and both e-mails', async () => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await logIn(page, 'politiker@exempelkommun.se');
    await page.goto(`${app.url}/cases`);
    await expect.poll(() => heading(page)).toBe('Mina ärenden');
    const card = page.getByRole('listitem').filter({ hasText: `Ärende ${reference}` });
    await expect.poll(() => card.getByText('Avslutad').isVisible()).toBe(true);
    await expectAccessible(page, 'my cases (360 px)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await card.getByRole('link', { name: `Ärende ${reference}` }).click();
    await expect.poll(() => heading(page)).toBe(`Ärende ${reference}`);
    await expect.poll(() => page.getByText('skarmbild.png').isVisible()).toBe(true);
    // What the person needs to feel taken care of — and nothing of the unit's notes.
    expect(await page.getByText('Sara Säkerhet').isVisible()).toBe(true);
    expect(await page.getByText('Polisens diarienummer: 5000-K123456-26').isVisible()).toBe(true);
    const support = page.getByRole('list', { name: 'Stöd och åtgärder' }).getByRole('listitem');
    expect(await support.count()).toBe(1);
    expect(await support.getByText('Stödsamtal').isVisible()).toBe(true);
    expect(await page.getByText('Stödsamtal med den utsatta i morgon').count()).toBe(0);
    expect(await page.getByText(/Ärendet är avslutat\./u).isVisible()).toBe(true);
    await expectAccessible(page, 'my case (360 px)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const closed = await smtp.waitForMail(
      'politiker@exempelkommun.se',
      20_000,
      (mail) => mail.subject?.includes('avslutat') ?? false,
    );
    expect(closed.subject).toBe(`Ditt ärende ${reference} är avslutat`);
    const registered = await smtp.waitForMail(
      'politiker@exempelkommun.se',
      1000,
      (mail) => mail.subject?.includes(reference) ?? false,
    );
    expect(registered.subject).toBe(`Ditt ärende ${reference} är registrerat`);
    await context.close();
  });
});

describe('a signal becomes an incident', () => {
  it('a party contact sends a signal; the security officer turns it into an incident', async () => {
    const text = 'Någon har satt upp affischer med våra ledamöters hemadresser vid stationen.';
    const contact = await browser.newContext({ locale: 'sv-SE' });
    const page = await contact.newPage();
    await logIn(page, 'parti.s@exempelkommun.se');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Skicka signal' })
      .click();
    await expect.poll(() => heading(page)).toBe('Något är på gång');
    await expectAccessible(page, 'signal form');
    await page.getByLabel('Vad är på gång?').fill(text);
    await page.getByRole('radio', { name: /^Hög/u }).check();
    await page.getByRole('button', { name: 'Skicka signalen' }).click();
    await expect
      .poll(() => page.getByText('Signalen är skickad till säkerhetsenheten.').isVisible())
      .toBe(true);
    await expectAccessible(page, 'signal sent');
    await contact.close();

    const officer = await browser.newContext({ locale: 'sv-SE' });
    const unit = await officer.newPage();
    const watched = watchPage(unit);
    await logIn(unit, 'sakerhet@exempelkommun.se');
    await unit.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Signaler' }).click();
    await expect.poll(() => heading(unit)).toBe('Signaler');
    await expectAccessible(unit, 'signals inbox');
    const item = unit
      .getByRole('listitem')
      .filter({ hasText: text })
      .or(unit.getByRole('row').filter({ hasText: text }))
      .first();
    await item.getByRole('button', { name: 'Gör till ärende' }).click();
    const dialog = unit.getByRole('dialog');
    if (await dialog.isVisible().catch(() => false)) {
      await unit.waitForTimeout(500);
      await expectAccessible(unit, 'convert dialog');
      await dialog.getByRole('button', { name: 'Gör till ärende' }).click();
    }
    await expect.poll(() => heading(unit)).toMatch(/^Ärende \d{4}-\d{4}$/u);
    await expect.poll(() => unit.getByText(text).first().isVisible()).toBe(true);
    await expectAccessible(unit, 'case from signal');
    expect(watched.problems).toEqual([]);
    await officer.close();
  });
});
