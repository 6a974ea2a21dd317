import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, logIn as logInAs, startApp, watchPage } from './harness';

/**
 * Issue 4 §8: a secretary screens five matters — one of them imported from CSV, previewed first —
 * and sends the moderate and high ones on; a security officer completes steps 2 and 3 for one
 * (the step-2 form by keyboard only), finishes, picks measures with owner and due date, prints
 * and downloads the PDF. Before that an admin makes a new template version and adds a sensitive
 * word; after it, what the secretary and an official may see of the matter. Along the way the
 * failures a user must be told about: a newer template version, a row refused at import, a draft
 * saved meanwhile in another tab (nothing typed is lost), a PDF that cannot be fetched. Every page
 * and state under axe (WCAG 2.1 A/AA).
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

/** The focused element: its id, tag, type, checked state and value. */
async function focused(page: Page) {
  return await page.evaluate(() => {
    const element = document.activeElement;
    return {
      id: element?.id ?? '',
      tag: element?.tagName.toLowerCase() ?? '',
      checked: element instanceof HTMLInputElement ? element.checked : null,
      value:
        element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.value : null,
      text: element?.textContent?.trim() ?? '',
    };
  });
}

/** Presses Tab until the focused element has `id` (at most `max` times); fails if it never gets there. */
async function tabTo(page: Page, id: string, max = 30): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if ((await focused(page)).id === id) return;
    await page.keyboard.press('Tab');
  }
  expect((await focused(page)).id, `Tab never reached #${id}`).toBe(id);
}

/** A calendar date `days` from today, YYYY-MM-DD (Swedish time is close enough for a due date). */
function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const importedTitle = 'Ombyggnad av torget i Centrum';
const batchTitle = 'Kommunstyrelsen 10 december';
/** A demo matter on the agendas of meetings the demo official may see (seed/demo-meetings.ts). */
const windFarmTitle = 'Detaljplan för vindkraftspark vid Ekåsen';

describe('Riskguide from screening to a finished assessment', () => {
  it('an admin makes a new template version (problems shown at their fields) and adds a sensitive word', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'admin@exempelkommun.se');

    await nav(page).getByRole('link', { name: 'Organisation' }).click();
    await expect.poll(() => heading(page)).toBe('Organisation');
    await page.getByLabel('Känsliga ord i ärendetitlar').fill('Norrby\nNorrbys');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => page.getByText('Ändringarna är sparade.').isVisible()).toBe(true);
    await expectAccessible(page, 'organisation settings with sensitive words');

    await nav(page).getByRole('link', { name: 'Mallar' }).click();
    await expect.poll(() => heading(page)).toBe('Mallar för Riskguide');
    await expect
      .poll(() => page.getByRole('cell', { name: /Version 1.*Används nu/u }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'template versions');
    await page.getByRole('link', { name: 'Skapa en ny version' }).click();
    await expect.poll(() => heading(page)).toBe('Ny version av mallen');
    const threshold = page.getByLabel(
      'Risknivå hög, villkor 1: minst så många påståenden bedömda som hög eller högre',
    );
    await expect.poll(() => threshold.inputValue()).toBe('2');
    await expectAccessible(page, 'template editor');

    // A new measure's first field takes focus; removing it moves focus to the measure before it.
    const measureCount = await page.locator('.template-measure').count();
    await page.getByRole('button', { name: 'Lägg till en åtgärd' }).click();
    expect((await focused(page)).id).toBe(`tpl-content-measures-${measureCount}-text-sv`);
    await page.getByRole('button', { name: `Ta bort åtgärd ${measureCount + 1}` }).click();
    expect((await focused(page)).id).toBe(`tpl-content-measures-${measureCount - 1}-text-sv`);
    expect(await page.locator('.template-measure').count()).toBe(measureCount);

    // Another admin saved a newer version meanwhile (409): said so, and the editor starts over from it.
    const name = page.getByLabel('Namn, svenska');
    const originalName = await name.inputValue();
    await page.route('**/api/riskguide/templates', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 409,
            contentType: 'application/json',
            body: JSON.stringify({
              error: { code: 'conflict', message: 'Uppgifterna har ändrats av någon annan.' },
            }),
          })
        : route.continue(),
    );
    await name.fill('En ändring som inte hinner sparas');
    await page.getByRole('button', { name: 'Spara som version 2' }).click();
    await expect
      .poll(() => page.getByText(/^Någon annan har sparat en ny version av mallen/u).isVisible())
      .toBe(true);
    await expectAccessible(page, 'template editor with a newer version saved by someone else');
    await page.unroute('**/api/riskguide/templates');
    await page.getByRole('button', { name: 'Börja om från den nya versionen' }).click();
    await expect
      .poll(() => page.getByText('Nu utgår du från version 1, den senaste.').isVisible())
      .toBe(true);
    expect(await name.inputValue()).toBe(originalName);

    // A threshold no answers can reach: the server's 422 is shown at the field.
    await threshold.fill('99');
    await page.getByLabel('Namn, svenska').fill('Riskguide, Exempelkommuns mall');
    await page.getByRole('button', { name: 'Spara som version 2' }).click();
    const summary = page.getByRole('link', { name: /^Risknivå hög, villkor 1: /u });
    await expect.poll(() => summary.isVisible()).toBe(true);
    await expectAccessible(page, 'template editor with problems');
    await summary.click();
    expect((await focused(page)).id).toBe('tpl-content-step2-rule-levels-high-0');
    await threshold.fill('2');
    await page.getByRole('button', { name: 'Spara som version 2' }).click();
    await expect.poll(() => heading(page)).toBe('Mallar för Riskguide');
    await expect
      .poll(() => page.getByText('Version 2 är sparad. Nya bedömningar använder den.').isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('cell', { name: /Version 2.*Används nu/u }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'template versions after a new version');
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('a secretary imports a matter from CSV, screens five matters and sends moderate and high on', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sekreterare@exempelkommun.se');

    await nav(page).getByRole('link', { name: 'Riskguide' }).click();
    await expect.poll(() => heading(page)).toBe('Riskguide');
    await expect.poll(() => page.getByRole('table', { name: 'Ärenden i Riskguide' }).isVisible()).toBe(true);
    // The answers of assessments are the security unit's: no queue of drafts here.
    expect(await page.getByRole('heading', { name: 'Väntar på bedömning' }).count()).toBe(0);
    await expectAccessible(page, 'matters (secretary)');

    // CSV: a file with a wrong date is previewed, reported by row, corrected, previewed again and imported.
    await page.getByRole('link', { name: 'Importera från CSV' }).click();
    await expect.poll(() => heading(page)).toBe('Importera ärenden');
    await expectAccessible(page, 'import');
    const header = 'Titel;Diarienummer;Organ;Beslutsdatum';
    await page.getByLabel('Välj en CSV-fil').setInputFiles({
      name: 'dagordning.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n${importedTitle};KS 2026/0500;Kommunstyrelsen;2026-13-45\n`),
    });
    await expect.poll(() => page.getByLabel('Innehåll i CSV-format').inputValue()).toContain(importedTitle);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect
      .poll(() => page.getByText('Rader i filen: 1. Utan fel: 0. Med fel: 1.', { exact: false }).isVisible())
      .toBe(true);
    const row = page.getByRole('row', { name: new RegExp(importedTitle, 'u') });
    await expect.poll(() => row.getByText(/^Beslutsdatum: /u).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Importera/u }).count()).toBe(0);
    await expectAccessible(page, 'import preview with a row error');
    await page
      .getByLabel('Innehåll i CSV-format')
      .fill(`${header}\n${importedTitle};KS 2026/0500;Kommunstyrelsen;${dateIn(20)}\n`);
    await expect
      .poll(() => page.getByText('Förhandsgranska igen innan du importerar.', { exact: false }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect
      .poll(() => page.getByText('Allt ser bra ut. Du kan importera.', { exact: false }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'import preview without errors');

    // A row refused at commit (as when something changed after the preview): named by its line and field.
    await page.route('**/api/matters/import', (route) =>
      (route.request().postDataJSON() as { mode?: string }).mode === 'commit'
        ? route.fulfill({
            status: 422,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'validation_failed',
                message: 'Rätta felen och försök igen.',
                fields: { 'rows.2.title': 'Titeln finns redan.' },
              },
            }),
          })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Importera 1 ärende' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Rad 2, Titel: Titeln finns redan.' }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'import refused at commit');
    await page.unroute('**/api/matters/import');
    await page.getByRole('button', { name: 'Importera 1 ärende' }).click();
    await expect.poll(() => page.getByText('Klart. 1 ärende är importerat:').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: importedTitle }).isVisible()).toBe(true);
    await expectAccessible(page, 'import committed');

    // Step 1: five matters, the imported one and four new titles.
    await nav(page).getByRole('link', { name: 'Screening' }).click();
    await expect.poll(() => heading(page)).toBe('Screening');
    await expect
      .poll(() => page.getByRole('group', { name: 'Ärende 1', exact: true }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'screening form');
    await page.getByLabel('Vad screenar du?').fill(batchTitle);

    const group = (n: number) => page.getByRole('group', { name: `Ärende ${n}`, exact: true });
    const first = group(1);
    await first
      .getByLabel('Ärende', { exact: true })
      .selectOption({ label: `${importedTitle} (KS 2026/0500)` });
    await first.getByRole('radio', { name: 'Hög' }).check();
    await first
      .getByLabel('Kort motivering')
      .fill('Protestlistor och arga inlägg om att träden ska tas ner.');
    await first.getByRole('checkbox', { name: 'Det finns tecken på att frågan är infekterad.' }).check();
    await first.getByRole('checkbox', { name: 'Frågan diskuteras mycket i sociala medier.' }).check();

    const rows = [
      { title: 'Ny idrottshall i Västerby', level: 'Måttlig' },
      { title: 'Bidrag till föreningar 2027', level: 'Låg' },
      { title: 'Medborgarförslag om belysning i parken', level: 'Låg' },
      { title: 'Flytt av vårdcentralen i Norrby', level: 'Hög' },
    ];
    for (const [index, entry] of rows.entries()) {
      const n = index + 2;
      await page.getByRole('button', { name: 'Lägg till ett ärende' }).click();
      // The new row's first field takes focus.
      expect((await focused(page)).id).toBe(`screen-row-${n}-matter`);
      const current = group(n);
      if (n === 4) {
        // A phone number in a title is warned about while typing, and the warning goes when it is removed.
        await current
          .getByLabel('Titel på det nya ärendet')
          .fill('Medborgarförslag från 070-123 45 67 om belysning');
        await expect
          .poll(() =>
            current.getByText('Titeln verkar innehålla ett telefonnummer: ”070-123 45 67”.').isVisible(),
          )
          .toBe(true);
        await expectAccessible(page, 'screening with a title warning');
      }
      await current.getByLabel('Titel på det nya ärendet').fill(entry.title);
      await current.getByRole('radio', { name: entry.level }).check();
    }
    expect(await page.getByText('Titeln verkar innehålla ett telefonnummer').count()).toBe(0);
    // "Norrby" is on the organisation's list (the admin added it): warned about while typing too.
    await expect
      .poll(() =>
        group(5)
          .getByText(
            'Titeln verkar innehålla ett ord från organisationens lista över känsliga ord: ”Norrby”.',
          )
          .isVisible(),
      )
      .toBe(true);
    await group(5).getByRole('checkbox', { name: 'Det finns en politisk spänning kring frågan.' }).check();
    await expectAccessible(page, 'screening form with five matters');
    await page.getByRole('button', { name: 'Spara screeningen' }).click();

    await expect.poll(() => heading(page)).toBe(batchTitle);
    await expect.poll(() => page.getByText('Screeningen är sparad.').isVisible()).toBe(true);
    await expect
      .poll(() =>
        page.getByText('3 ärenden med måttlig eller hög risk har inte skickats vidare än.').isVisible(),
      )
      .toBe(true);
    // The server checks the organisation's sensitive words again: "Norrby" is on the list.
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: /Flytt av vårdcentralen i Norrby/u })
          .getByText(
            'Titeln verkar innehålla ett ord från organisationens lista över känsliga ord: ”Norrby”.',
          )
          .isVisible(),
      )
      .toBe(true);
    expect(await page.getByRole('table', { name: 'Ärenden i screeningen' }).getByRole('row').count()).toBe(6);
    await expectAccessible(page, 'screening saved');
    await page.getByRole('button', { name: 'Skicka måttliga och höga vidare till steg 2 (3)' }).click();
    await expect
      .poll(() =>
        page
          .getByText('3 ärenden är skickade vidare till steg 2. Säkerhetsenheten gör en fördjupad bedömning.')
          .isVisible(),
      )
      .toBe(true);
    expect(await page.getByText(/^Skickat /u).count()).toBe(3);
    expect(await page.getByRole('button', { name: /Skicka måttliga och höga/u }).count()).toBe(0);
    await expectAccessible(page, 'screening sent on to step 2');

    await page.getByRole('link', { name: 'Tillbaka till Screening' }).click();
    await expect.poll(() => heading(page)).toBe('Screening');
    await expect.poll(() => page.getByRole('link', { name: batchTitle }).isVisible()).toBe(true);
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('a security officer completes steps 2 and 3 (step 2 by keyboard only), finishes, picks measures and downloads the PDF', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sakerhet@exempelkommun.se');

    await nav(page).getByRole('link', { name: 'Riskguide' }).click();
    await expect.poll(() => heading(page)).toBe('Riskguide');
    const waiting = page.getByRole('table', { name: 'Bedömningar som väntar' });
    await expect.poll(() => waiting.getByRole('link', { name: importedTitle }).isVisible()).toBe(true);
    await expectAccessible(page, 'matters (security officer)');
    await waiting.getByRole('link', { name: importedTitle }).click();
    await expect.poll(() => heading(page)).toBe(`Bedömning: ${importedTitle}`);
    await expect
      .poll(() => page.getByText('Riskguide, Exempelkommuns mall, version 2').isVisible())
      .toBe(true);
    await expectAccessible(page, 'draft assessment');

    // — Step 2 by keyboard only: from the page's heading (which has focus after navigating) —
    expect((await focused(page)).tag).toBe('h1');
    await tabTo(page, 'participant-1-name');
    await page.keyboard.type('Sara Säkerhet');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('participant-1-function');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).value).toBe('security');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Lägg till en deltagare');
    await page.keyboard.press('Enter');
    // The new participant's name takes focus.
    expect((await focused(page)).id).toBe('participant-2-name');
    await page.keyboard.type('Karin Kommunikatör');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('participant-2-function');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).value).toBe('communications');

    const answers: readonly [string, 'low' | 'moderate' | 'high'][] = [
      ['A1', 'high'],
      ['A2', 'high'],
      ['A3', 'moderate'],
      ['B1', 'moderate'],
      ['B2', 'high'],
      ['B3', 'low'],
      ['C1', 'moderate'],
      ['C2', 'high'],
    ];
    await tabTo(page, 's2-A1', 6);
    for (const [id, level] of answers) {
      // Tab enters the group at its first answer; Space chooses it, the arrow keys move and choose.
      expect((await focused(page)).id).toBe(`s2-${id}`);
      if (level === 'low') await page.keyboard.press('Space');
      if (level !== 'low') await page.keyboard.press('ArrowRight');
      if (level === 'high') await page.keyboard.press('ArrowDown');
      const answer = await focused(page);
      expect(answer.id).toBe(level === 'low' ? `s2-${id}` : `s2-${id}-${level}`);
      expect(answer.checked).toBe(true);
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe(`s2-${id}-comment`);
      if (id === 'A1') await page.keyboard.type('Nätverket som störde samrådet i våras har delat ärendet.');
      await page.keyboard.press('Tab');
    }
    // No trap: after the last comment, Tab goes on to step 3, which the result recommends.
    expect((await focused(page)).id).toBe('s3-K1');
    for (const [id, level] of answers) {
      const selector = level === 'low' ? `#s2-${id}` : `#s2-${id}-${level}`;
      expect(await page.locator(selector).isChecked(), `${id} is ${level}`).toBe(true);
    }
    expect(await page.locator('#s2-A1-comment').inputValue()).toContain('Nätverket');
    await expect
      .poll(() => page.getByText('Risknivån blir hög. Steg 3 rekommenderas.').isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByText('4 påståenden bedömda som hög (gräns 2): A1, A2, B2, C2.').isVisible())
      .toBe(true);
    // Announced once, when the level changed; the visible lines (which count every answer) are not live.
    await expect
      .poll(() =>
        page.locator('[aria-live="polite"]').filter({ hasText: 'Nytt resultat för steg 2' }).textContent(),
      )
      .toBe('Nytt resultat för steg 2: risknivå hög, steg 3 rekommenderas.');
    expect(await page.locator('.result__summary[aria-live]').count()).toBe(0);
    await expectAccessible(page, 'step 2 answered, with the result and reasons');

    // — Step 3 —
    const step3: Record<string, 'does_not_apply' | 'partly' | 'fully'> = {
      K1: 'fully',
      K2: 'partly',
      K3: 'partly',
      K4: 'fully',
      K5: 'does_not_apply',
      X1: 'fully',
      X2: 'partly',
      X3: 'partly',
      X4: 'does_not_apply',
      X5: 'does_not_apply',
      X6: 'does_not_apply',
    };
    for (const [id, answer] of Object.entries(step3))
      await page.locator(answer === 'does_not_apply' ? `#s3-${id}` : `#s3-${id}-${answer}`).check();
    await expect.poll(() => page.getByText('Ärendet hamnar i ruta F.').isVisible()).toBe(true);
    const matrix = page.getByRole('table', { name: /Ärendet ligger i ruta F/u });
    await expect.poll(() => matrix.isVisible()).toBe(true);
    // Every cell says its levels in words; the result's cell also says it is the result, in the
    // row "Komplex" and the column "Konfliktnivå hög".
    const marked = await page.evaluate(() => {
      const cell = document.querySelector('.matrix td[data-current="true"]');
      if (!(cell instanceof HTMLTableCellElement)) return null;
      const row = cell.closest('tr');
      const column = cell.closest('table')?.querySelectorAll('thead th')[cell.cellIndex];
      return {
        text: cell.textContent,
        row: row?.querySelector('th')?.textContent,
        column: column?.textContent,
      };
    });
    expect(marked).toEqual({
      text: 'FKonfliktnivå hög, komplexResultatet',
      row: 'Komplex',
      column: 'Konfliktnivå hög',
    });
    await expect.poll(() => page.getByText(/motsvarar steg 7–9 av de nio stegen/u).isVisible()).toBe(true);
    await expectAccessible(page, 'step 3 with the matrix');
    await expect
      .poll(() => page.locator('.save-status').first().textContent(), { timeout: 10_000 })
      .toMatch(/^Utkastet är sparat/u);

    // — Half a participant is not saved, and the status says so —
    const status = page.locator('.save-status').first();
    await page.getByRole('button', { name: 'Lägg till en deltagare' }).click();
    await page.keyboard.type('Anna Ansvarig');
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toMatch(/utom deltagare som saknar namn eller funktion/u);
    await page.getByRole('button', { name: 'Ta bort deltagare 3' }).click();
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toMatch(/^Utkastet är sparat \([^)]*\)\.$/u);

    // — Someone else saves the same draft meanwhile: nothing typed here is lost —
    const other = await browser.newContext({ locale: 'sv-SE' });
    const otherPage = await other.newPage();
    const otherWatched = watchPage(otherPage);
    await logIn(otherPage, 'sakerhet@exempelkommun.se');
    await otherPage.goto(page.url());
    await expect.poll(() => heading(otherPage)).toBe(`Bedömning: ${importedTitle}`);
    await otherPage.locator('#s2-B3-comment').fill('Skrivet i en annan flik.');
    await expect
      .poll(() => otherPage.locator('.save-status').first().textContent(), { timeout: 10_000 })
      .toMatch(/^Utkastet är sparat/u);
    await page.locator('#s2-B1-comment').fill('Skrivet här samtidigt.');
    await expect
      .poll(() => page.getByText(/^Någon annan har sparat bedömningen medan du arbetade\./u).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Behåll mina svar' }).isVisible()).toBe(true);
    expect(await page.locator('#s2-B1-comment').inputValue()).toBe('Skrivet här samtidigt.');
    expect(await page.getByRole('button', { name: 'Avsluta och lås bedömningen' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'autosave conflict');
    await page.getByRole('button', { name: 'Behåll mina svar' }).click();
    await expect.poll(() => page.getByText('Dina svar är sparade.').isVisible()).toBe(true);
    await expect.poll(() => status.textContent()).toMatch(/^Utkastet är sparat/u);
    // The other tab is behind now: it shows the saved answers instead of its own.
    await otherPage.locator('#s2-C1-comment').fill('Det här sparas inte.');
    await expect
      .poll(() => otherPage.getByRole('button', { name: 'Visa de sparade svaren' }).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    await otherPage.getByRole('button', { name: 'Visa de sparade svaren' }).click();
    await expect.poll(() => otherPage.getByText('Nu visas de sparade svaren.').isVisible()).toBe(true);
    expect(await otherPage.locator('#s2-B1-comment').inputValue()).toBe('Skrivet här samtidigt.');
    expect(await otherPage.locator('#s2-C1-comment').inputValue()).toBe('');
    expect(otherWatched.problems).toEqual([]);
    await other.close();

    // — Finish: locked and signed —
    await page.getByRole('button', { name: 'Avsluta och lås bedömningen' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect
      .poll(() => dialog.getByText('Resultatet blir risknivå hög och ruta F.').isVisible())
      .toBe(true);
    await page.waitForTimeout(500);
    await expectAccessible(page, 'finish dialog');
    await dialog.getByRole('button', { name: 'Avsluta och lås' }).click();
    await expect
      .poll(() =>
        page.getByText('Bedömningen är avslutad, låst och signerad. Välj nu åtgärder nedan.').isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => page.getByText(/^Avslutad, låst och signerad av Sara Säkerhet, /u).isVisible())
      .toBe(true);
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page, 'finished assessment');

    // — The result first: level, cell and what it means, the reasons, the matrix in words —
    await expect
      .poll(() =>
        page
          .getByText('Risknivån är hög. Ärendet ligger i ruta F: konfliktnivån är hög och frågan är komplex.')
          .isVisible(),
      )
      .toBe(true);
    const sections = await page.evaluate(() =>
      [...document.querySelectorAll('main h2')].map((h2) => h2.textContent),
    );
    expect(sections[0]).toBe('Resultat');
    const result = page.locator('section[aria-labelledby="assessment-result"]');
    expect(await result.locator('.reasons li').count()).toBeGreaterThan(0);
    expect(await result.getByRole('table', { name: /Ärendet ligger i ruta F/u }).count()).toBe(1);
    expect(await page.locator('.matrix .matrix__words').count()).toBe(9);

    // — Measures proposed for cell F, with owner and due date —
    const measures = [
      'Informera de berörda tidigt och tydligt om hur processen går till och om tidplanen.',
      'Gör en säkerhetsgenomgång inför de möten där frågan behandlas.',
    ];
    const proposed = page.getByRole('group', { name: 'Föreslagna åtgärder' });
    for (const [index, text] of measures.entries()) {
      await proposed.getByRole('checkbox', { name: text }).check();
      const pick = page.locator('.measure-pick').filter({ hasText: text });
      // The owner and due date are named by their measure (a group with the measure as its name).
      expect(await page.getByRole('group', { name: text, exact: true }).getByLabel('Ansvarig').count()).toBe(
        1,
      );
      await pick.getByLabel('Ansvarig').selectOption({ label: 'Sara Säkerhet' });
      await pick.getByLabel('Klart senast').fill(dateIn(7 + index * 7));
    }
    await expectAccessible(page, 'measures picked');
    await page.getByRole('button', { name: 'Lägg till valda åtgärder' }).click();
    await expect
      .poll(() => page.getByText('2 åtgärder är tillagda. De följs upp på ärendets sida.').isVisible())
      .toBe(true);
    const chosen = page.getByRole('list', { name: 'Valda åtgärder' });
    for (const text of measures) await expect.poll(() => chosen.getByText(text).isVisible()).toBe(true);
    expect(await chosen.getByText(/^Ansvarig: Sara Säkerhet\. Klart senast: /u).count()).toBe(2);
    await expectAccessible(page, 'measures chosen');

    // — Print view: the app's frame and the controls are left out, the result is not —
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Ladda ner PDF' }).isVisible()).toBe(false);
    expect(await matrix.isVisible()).toBe(true);
    expect(await chosen.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // — PDF —
    const pdfLink = page.getByRole('link', { name: 'Ladda ner PDF' });
    const href = (await pdfLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/assessments\/[\w-]+\/pdf$/u);
    // A failure is shown, not downloaded as the file.
    await page.route('**/pdf', (route) =>
      route.fulfill({ status: 404, contentType: 'application/json', body: '{}' }),
    );
    let downloads = 0;
    const countDownload = () => (downloads += 1);
    page.on('download', countDownload);
    await pdfLink.click();
    await expect.poll(() => page.getByText(/^PDF-filen gick inte att ladda ner\./u).isVisible()).toBe(true);
    expect(downloads).toBe(0);
    page.off('download', countDownload);
    await page.unroute('**/pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    const file = await readFile(await download.path());
    expect(file.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const response = await context.request.get(`${app.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/u);
    expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // — The matter: result, measures, history —
    await page.getByRole('link', { name: 'Till ärendet' }).click();
    await expect.poll(() => heading(page)).toBe(importedTitle);
    await expect.poll(() => page.getByText('Ruta F', { exact: true }).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Den första bedömningen av ärendet.').isVisible()).toBe(true);
    for (const text of measures)
      await expect
        .poll(() => page.getByRole('list', { name: 'Åtgärder' }).getByText(text, { exact: true }).isVisible())
        .toBe(true);
    expect(await page.getByRole('button', { name: 'Ny bedömning' }).isVisible()).toBe(true);
    await expectAccessible(page, 'matter (security officer)');

    // Following up a measure: status "Pågår", saved, shown on the matter.
    const first = page.locator('.matter-measure').filter({ hasText: measures[0] ?? '' });
    await first.locator('summary').click();
    const fields = first.getByRole('group', { name: `Åtgärden: ${measures[0] ?? ''}` });
    await fields.getByLabel('Status').selectOption({ label: 'Pågår' });
    await expectAccessible(page, 'matter measure being changed');
    await first.getByRole('button', { name: 'Spara ändringen' }).click();
    await expect.poll(() => first.getByText('Ändringarna är sparade.').isVisible()).toBe(true);
    await expect.poll(() => first.getByText('Pågår', { exact: true }).first().isVisible()).toBe(true);
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('step 3 can be added when it is not recommended, and skipped again after a confirmation, focus following', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sakerhet@exempelkommun.se');
    await nav(page).getByRole('link', { name: 'Riskguide' }).click();
    // The demo's screening sent "Höjda avgifter i äldreomsorgen" on to step 2.
    const waiting = page.getByRole('table', { name: 'Bedömningar som väntar' });
    await waiting.getByRole('link', { name: 'Höjda avgifter i äldreomsorgen' }).click();
    await expect.poll(() => heading(page)).toBe('Bedömning: Höjda avgifter i äldreomsorgen');
    for (const id of ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2'])
      await page.locator(`#s2-${id}`).check();
    await expect.poll(() => page.getByText(/^Risknivån blir låg\./u).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Gör steg 3' }).click();
    expect((await focused(page)).id).toBe('assessment-step3');
    await page.locator('#s3-K1-partly').check();
    await expectAccessible(page, 'step 3 added although not recommended');

    await page.getByRole('button', { name: 'Hoppa över steg 3 och ta bort svaren' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Hoppa över steg 3?').isVisible()).toBe(true);
    await page.waitForTimeout(300);
    await expectAccessible(page, 'skip step 3 dialog');
    await dialog.getByRole('button', { name: 'Ta bort svaren i steg 3' }).click();
    await expect.poll(async () => (await focused(page)).id).toBe('assessment-step2-result');
    expect(await page.locator('#s3-K1-partly').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gör steg 3' }).isVisible()).toBe(true);
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('the secretary sees the result level of the matter, an official the measures of a matter on her agendas, neither the answers', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sekreterare@exempelkommun.se');
    await nav(page).getByRole('link', { name: 'Riskguide' }).click();
    await page.getByRole('link', { name: importedTitle }).click();
    await expect.poll(() => heading(page)).toBe(importedTitle);
    await expect.poll(() => page.getByText('Ruta F', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Åtgärder' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Bedömningar' }).count()).toBe(0);
    await expectAccessible(page, 'matter (secretary)');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect.poll(() => heading(page)).toBe('Logga in');

    await logIn(page, 'politiker@exempelkommun.se');
    await nav(page).getByRole('link', { name: 'Riskguide' }).click();
    await expect.poll(() => heading(page)).toBe('Riskguide');
    // A list explains the cell in words beside its letter.
    await expect.poll(() => page.getByText('Hög konfliktnivå, komplex').first().isVisible()).toBe(true);
    await expectAccessible(page, 'matters (official)');
    // ADR 017: an official sees a matter only on the agenda of a meeting she may see. The imported
    // matter is on no agenda; the demo's wind farm plan (cell F, a security review among its
    // measures) is on the coming council meeting's and on the executive board's, which she chairs.
    expect(await page.getByRole('link', { name: importedTitle }).count()).toBe(0);
    await page.getByRole('link', { name: windFarmTitle }).click();
    await expect.poll(() => heading(page)).toBe(windFarmTitle);
    await expect
      .poll(() =>
        page.getByText('Gör en säkerhetsgenomgång inför de möten där frågan behandlas.').isVisible(),
      )
      .toBe(true);
    expect(await page.getByRole('heading', { name: 'Bedömningar' }).count()).toBe(0);
    expect(await page.getByText(/^Ändra/u).count()).toBe(0);
    await expectAccessible(page, 'matter (official)');
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('the screening form and a finished assessment fit a 360 px screen', async () => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const watched = watchPage(page);
    await logIn(page, 'sakerhet@exempelkommun.se');
    await page.goto(`${app.url}/screening`);
    await expect
      .poll(() => page.getByRole('group', { name: 'Ärende 1', exact: true }).isVisible())
      .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'screening (360 px)');
    await page.goto(`${app.url}/riskguide`);
    await page.getByRole('link', { name: importedTitle }).click();
    await expect.poll(() => heading(page)).toBe(importedTitle);
    await page.getByRole('link', { name: 'Öppna bedömningen' }).click();
    await expect.poll(() => heading(page)).toBe(`Bedömning: ${importedTitle}`);
    await expect
      .poll(() => page.getByRole('table', { name: /Ärendet ligger i ruta F/u }).isVisible())
      .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'finished assessment (360 px)');
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});
