import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import {
  collectPageErrors,
  logInThroughUi,
  SAVE_STATUS,
  useE2e,
  waitForSaveStatus,
} from './support/e2e';
import { createAccount, menu, scoreEverything, useEveryMedian } from './support/journey-steps';

/** An empty database: no demo evaluation, no reference results; only the first admin. */
const e2e = useE2e({ env: { DEMO_DATA: '0' } });

/** Every page the journey visits is checked with axe. */
const visited: string[] = [];
async function axeClean(page: Page, label: string) {
  visited.push(label);
  expect(formatViolations(label, await seriousViolations(page))).toBe(
    `${label}: no serious or critical violations`,
  );
}

describe('the whole journey, from an empty database, in the app', () => {
  test('admin makes users and a team; two evaluators score; consensus by median; texts; checklist; publish; the reader reads and plans', async () => {
    const origin = e2e.server.origin;
    // The admin: users and the evaluation.
    const admin = await e2e.newPage({ bypassCSP: true });
    const errors = collectPageErrors(admin);
    await logInThroughUi(admin, origin, e2e.server.admin);
    expect(await admin.getByText('Inga utvärderingar').count()).toBeGreaterThan(0);
    await axeClean(admin, 'evaluations (empty)');
    const eva = { name: 'Eva Resa', email: 'eva@skr.example', password: '' };
    const olle = { name: 'Olle Resa', email: 'olle@kommun.example', password: '' };
    const karin = { name: 'Karin Läsare', email: 'karin@essunga.example', password: '' };
    eva.password = await createAccount(admin, { ...eva, role: 'evaluator' });
    olle.password = await createAccount(admin, { ...olle, role: 'evaluator' });
    karin.password = await createAccount(admin, { ...karin, role: 'reader', code: '1445' });
    await axeClean(admin, 'users');

    await menu(admin, 'Utvärderingar');
    await admin.getByText('Ny utvärdering').click();
    await admin.getByRole('combobox', { name: 'Kommun', exact: true }).fill('1445');
    await admin.getByLabel('Utvärderingens månad (ÅÅÅÅ-MM)').fill('2026-05');
    const picker = admin.getByRole('group', { name: 'Utvärderingsteam' });
    await picker.getByRole('button', { name: `Ta bort ${e2e.server.admin.name}` }).click();
    for (const [search, name] of [
      ['eva@', eva.name],
      ['Olle', olle.name],
    ] as const) {
      await picker.getByLabel('Sök utvärderare (namn eller e-post)').fill(search);
      await picker.getByRole('button', { name: `Lägg till ${name}` }).click();
    }
    await axeClean(admin, 'new evaluation form');
    await admin.getByRole('button', { name: 'Skapa utvärdering' }).click();
    await admin.getByRole('heading', { level: 1, name: /^Essunga/ }).waitFor();
    const evaluationUrl = admin.url();
    await axeClean(admin, 'overview (draft)');
    await admin.context().close();

    // Both evaluators score every delfråga: the first of each area high, the rest low.
    /** One evaluator logs in, opens Essunga and scores; the first delfråga of each area `first`. */
    const scoreAs = async (account: typeof eva, first: number, rationale: string) => {
      const page = await e2e.newPage({ bypassCSP: true });
      errors.push(...collectPageErrors(page));
      await logInThroughUi(page, origin, account);
      await page.getByRole('link', { name: 'Essunga', exact: true }).click();
      await page.waitForURL(evaluationUrl);
      await scoreEverything(
        page,
        evaluationUrl,
        (_, q) => (q === 0 ? first : 0.4),
        rationale,
        (scoring) => axeClean(scoring, 'scoring page'),
      );
      return page;
    };
    const evaPage = await scoreAs(eva, 0.7, 'Eva såg');
    const ollePage = await scoreAs(olle, 0.8, 'Olle såg');
    await ollePage.context().close();

    // Eva: visit, consensus by the median, one consensus rationale.
    await evaPage.goto(evaluationUrl);
    await evaPage.getByRole('button', { name: 'Starta platsbesöket' }).click();
    await evaPage.getByRole('button', { name: 'Gå till konsensus' }).click();
    await evaPage.getByRole('heading', { name: 'Inför publicering' }).waitFor();
    await evaPage.getByRole('link', { name: 'Konsensus', exact: true }).first().click();
    const card11 = evaPage.locator('section[data-question="1.1"]');
    await card11.getByText('Olle såg (1.1)').waitFor();
    expect(await card11.getByText('Eva såg (1.1)').count()).toBe(1);
    await axeClean(evaPage, 'consensus');
    // 1.1: 10,5 and 12, median 11,25, rounded to the half point (halves up): 11,5.
    expect(await card11.getByText(/avrundad till närmaste halva poäng.*11,5\.$/).count()).toBe(1);
    await useEveryMedian(evaPage);
    await evaPage
      .getByLabel('Motivering 1.1', { exact: true })
      .fill('Demokratiplanen är beslutad och följs upp varje år.');
    await waitForSaveStatus(evaPage, SAVE_STATUS.saved, 20_000);
    // Each area: the first delfråga's median 0,75 of 15 = 11,25 -> 11,5, the rest 40 %: 45,5
    // shown 46 (halves up); 8 x 46 = 368.
    await expect
      .poll(() => evaPage.getByTestId('consensus-total').textContent(), { timeout: 10_000 })
      .toBe('368 av 800 poäng');
    expect(await evaPage.getByTestId('publish-hint').count()).toBe(1);

    // Area texts: area 1 from the suggestions (findings, saying whose), the rest typed.
    await evaPage.goto(`${evaluationUrl}/texts`);
    const area1 = evaPage.getByRole('region', { name: /^1\. / });
    const [strengthHints, improvementHints] = [
      area1.locator('details.suggestions').nth(0),
      area1.locator('details.suggestions').nth(1),
    ];
    // 1.1 at 75 % is the only strength; the 40 % ones are improvements, most points lost first.
    await strengthHints.getByText('Konsensusmotivering (delfråga 1.1):').waitFor();
    expect(await strengthHints.locator('.suggestion-question strong').allTextContents()).toEqual([
      'delfråga 1.1',
    ]);
    expect(
      await strengthHints.getByRole('button', { name: /^Använd: / }).allInnerTexts(),
    ).toHaveLength(3);
    expect(await strengthHints.getByText('Motivering av Olle Resa (delfråga 1.1):').count()).toBe(
      1,
    );
    expect(await improvementHints.locator('.suggestion-question strong').allTextContents()).toEqual(
      ['delfråga 1.4', 'delfråga 1.3', 'delfråga 1.2'],
    );
    // Findings, not questions: no delfråga's own text is offered.
    expect(await area1.locator('details.suggestions').allTextContents()).not.toContainEqual(
      expect.stringContaining('Finns en plan/strategi'),
    );
    await area1.getByRole('button', { name: 'Använd: Konsensusmotivering, delfråga 1.1' }).click();
    await axeClean(evaPage, 'area texts');
    for (let a = 1; a <= 8; a++) {
      const area = evaPage.getByRole('region', { name: new RegExp(`^${a}\\. `) });
      if (a > 1) {
        await area.getByRole('button', { name: '+ Lägg till styrka' }).click();
        await area.getByLabel('Styrka 1', { exact: true }).fill(`Styrka i område ${a}.`);
      }
      await area.getByRole('button', { name: '+ Lägg till förbättringsmöjlighet' }).click();
      await area
        .getByLabel('Förbättringsmöjlighet 1', { exact: true })
        .fill(`Förbättring i område ${a}.`);
    }
    expect(await area1.getByLabel('Styrka 1', { exact: true }).inputValue()).toBe(
      'Demokratiplanen är beslutad och följs upp varje år.',
    );
    await waitForSaveStatus(evaPage, SAVE_STATUS.saved, 20_000);

    // The checklist finds nothing missing; publishing needs no reason.
    await evaPage.goto(evaluationUrl);
    await evaPage.getByTestId('checklist-complete').waitFor();
    await axeClean(evaPage, 'overview with the publish checklist');
    evaPage.on('dialog', (dialog) => void dialog.accept()); // the publish confirmation
    await evaPage.getByRole('button', { name: 'Publicera', exact: true }).click();
    await evaPage.getByRole('note').filter({ hasText: 'Utvärderingen är skrivskyddad.' }).waitFor();
    await evaPage.context().close();

    // The kommun's reader reads the report and writes a handlingsplan entry.
    const reader = await e2e.newPage({ bypassCSP: true });
    errors.push(...collectPageErrors(reader));
    await logInThroughUi(reader, origin, karin);
    await reader.getByRole('link', { name: 'Essunga', exact: true }).click();
    await reader.getByRole('link', { name: /^Rapport/ }).click();
    const report = reader.frameLocator('iframe[title="Rapporten för Essunga kommun"]');
    await report.getByText('Demokratiplanen är beslutad och följs upp varje år.').waitFor();
    expect(await report.locator('table.results tfoot').textContent()).toBe('TOTALT368');
    await axeClean(reader, 'report');
    await reader.goBack();
    await reader.getByRole('link', { name: 'Handlingsplan och effektmål' }).click();
    const plan4 = reader.getByRole('region', { name: /^4\. / });
    await plan4.getByRole('button', { name: 'Skapa åtgärd från: Förbättring i område 4.' }).click();
    await plan4.getByLabel('Ansvarig (roll eller enhet)').fill('Kommundirektören');
    await plan4.getByLabel('Klar senast').fill('2027-06-30');
    await plan4.getByRole('button', { name: 'Spara åtgärden' }).click();
    await plan4.getByRole('article', { name: 'Förbättring i område 4.' }).waitFor();
    await axeClean(reader, 'handlingsplan');
    await reader.context().close();
    expect(visited).toHaveLength(11);
    expect(errors).toEqual([]);
  }, 480_000); // 90 scores, 45 medians and 16 texts typed on a loaded 2-core machine
});
