import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SELF_ASSESSMENT_SCALE, levelPoints } from '../../scoring/self-assessment';
import { formatViolations, seriousViolations } from './support/axe';
import {
  collectPageErrors,
  logInThroughUi,
  SAVE_STATUS,
  useE2e,
  waitForSaveStatus,
} from './support/e2e';
import {
  createAccount,
  KK2010_QUESTIONS,
  menu,
  scoreEverything,
  useEveryMedian,
} from './support/journey-steps';

/** An empty database: the admin, then everyone else made in the app. */
const e2e = useE2e({ env: { DEMO_DATA: '0' } });

const ANSWERS: Record<string, string> = {
  '1.1': 'Kommunfullmäktiges möten sänds på webben och protokollen publiceras inom en vecka.',
  '1.2': 'Medborgardialoger hålls två gånger om året i varje kommundel.',
  '1.3': 'Synpunkter tas emot digitalt och besvaras inom fem arbetsdagar.',
};

/** A small governing document the contact uploads from the test (plain text). */
const STYRMODELL = {
  name: 'Styrmodell Essunga.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    'Styrmodell\n\nKommunfullmäktige beslutar om vision, mål och budget för hela kommunen.\n',
  ),
};

/** The section of one written question on the kommun's page. */
const questionSection = (page: Page, id: string) =>
  page.getByRole('region', { name: new RegExp(`^${id.replace('.', '\\.')}\\s`) });

async function axeClean(page: Page, label: string) {
  expect(formatViolations(label, await seriousViolations(page))).toBe(
    `${label}: no serious or critical violations`,
  );
}

describe("the kommun's part before the visit, in the app", () => {
  test('an evaluator invites a contact of Essunga, who answers, attaches a document, renames and deletes a wrong upload, self-assesses and submits; the team reads it and the document while scoring and on the evidence page; after publishing the contact sees the self-assessment beside the result', async () => {
    // The admin makes the evaluator's account; she creates Essunga's evaluation herself.
    const admin = await e2e.newPage({ bypassCSP: true });
    await logInThroughUi(admin, e2e.server.origin, e2e.server.admin);
    const evaluator = { name: 'Eva Utvärderare', email: 'eva@skr.example', password: '' };
    evaluator.password = await createAccount(admin, { ...evaluator, role: 'evaluator' });
    await admin.context().close();

    // The evaluator invites the contact from the overview; no SMTP: the link is shown to pass on.
    const team = await e2e.newPage({ bypassCSP: true });
    const teamErrors = collectPageErrors(team);
    await logInThroughUi(team, e2e.server.origin, evaluator);
    await menu(team, 'Utvärderingar');
    await team.getByText('Ny utvärdering').click();
    await team.getByRole('combobox', { name: 'Kommun', exact: true }).fill('1445');
    await team.getByLabel('Utvärderingens månad (ÅÅÅÅ-MM)').fill('2026-05');
    await team.getByLabel('Platsbesöket börjar').fill('2026-05-11');
    await team.getByLabel('Platsbesöket slutar').fill('2026-05-13');
    await team
      .getByRole('group', { name: 'Utvärderingsteam' })
      .getByRole('button', { name: `Ta bort ${evaluator.name}` })
      .waitFor();
    await team.getByRole('button', { name: 'Skapa utvärdering' }).click();
    await team.getByRole('heading', { level: 1, name: /^Essunga/ }).waitFor();
    const evaluationUrl = team.url();
    const evaluation = { id: evaluationUrl.split('/evaluations/')[1] ?? '' };
    expect(evaluation.id).toMatch(/^[0-9a-f-]{36}$/);
    const contacts = team.getByRole('region', { name: 'Kommunens kontaktpersoner' });
    await contacts.getByLabel('E-post').fill('karin.kontakt@essunga.example');
    await contacts.getByLabel('Namn').fill('Karin Kontakt');
    await contacts.getByRole('button', { name: 'Bjud in kontaktperson' }).click();
    const link = (await team.getByTestId('invitation-link').textContent())?.trim() ?? '';
    expect(link).toContain('/set-password');
    await team.getByRole('button', { name: 'Jag har lämnat länken vidare' }).click();
    await expect
      .poll(() => contacts.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('Karin Kontakt')]);

    // The contact sets a password through the one-time link and finds the evaluation.
    const kommun = await e2e.newPage({ bypassCSP: true });
    const kommunErrors = collectPageErrors(kommun);
    await kommun.goto(link);
    await kommun.getByLabel('Nytt lösenord').fill('essunga-kontakt-2026');
    await kommun.getByLabel('Upprepa lösenordet').fill('essunga-kontakt-2026');
    await kommun.getByRole('button', { name: 'Spara lösenordet och logga in' }).click();
    await kommun.getByRole('link', { name: /^Kommunens underlag: Essunga/ }).click();
    await kommun.getByRole('heading', { level: 1, name: 'Kommunens underlag – Essunga' }).waitFor();
    await axeClean(kommun, "the kommun's input");

    for (const [id, text] of Object.entries(ANSWERS)) {
      await questionSection(kommun, id).getByLabel('Svar: hur arbetar kommunen i dag?').fill(text);
    }
    await questionSection(kommun, '1.4').getByLabel('Ej aktuellt').check();
    await questionSection(kommun, '1.4')
      .getByLabel('Varför är frågan ej aktuell?')
      .fill('Kommunen har inga kommundelsnämnder.');
    await questionSection(kommun, '1.1')
      .getByLabel('Självskattning för delfråga 1.1')
      .selectOption('fully');
    await questionSection(kommun, '1.2')
      .getByLabel('Självskattning för delfråga 1.2')
      .selectOption('points');
    await questionSection(kommun, '1.2')
      .getByLabel(/^Poäng \(max/)
      .fill('5');
    // The rest of area 1 and all of area 2 too: only an area estimated throughout gets a figure
    // beside the result.
    const area2 = KK2010_QUESTIONS.filter((q) => q.areaId === '2');
    for (const [id, level] of [
      ['1.3', 'largely'],
      ['1.4', 'partly'],
      ['1.5', 'notAtAll'],
      ...area2.map((q) => [q.id, 'partly'] as const),
    ] as const) {
      await questionSection(kommun, id)
        .getByLabel(`Självskattning för delfråga ${id}`)
        .selectOption(level);
    }
    await waitForSaveStatus(kommun, SAVE_STATUS.saved);
    // Progress per area counts the answers and the "ej aktuellt".
    await kommun.reload();
    const progress = kommun.getByRole('table', { name: 'Besvarat per område' });
    await expect.poll(() => progress.getByRole('row').nth(1).textContent()).toContain('4 av 5');
    // The contact uploads the kommun's styrmodell and attaches it to the answer to 1.1 …
    const q11 = questionSection(kommun, '1.1');
    await q11.getByRole('button', { name: 'Bifoga dokument till fråga 1.1' }).click();
    await q11.getByLabel('Typ av dokument').selectOption('styrdokument');
    await q11.getByLabel('Ladda upp ett nytt dokument och bifoga det').setInputFiles(STYRMODELL);
    await q11.getByText('Styrmodell Essunga är bifogat.').waitFor();
    // … and from the library to the answer to 1.2; the picker has the focus when it opens.
    const q12 = questionSection(kommun, '1.2');
    await q12.getByRole('button', { name: 'Bifoga dokument till fråga 1.2' }).click();
    await expect
      .poll(() => kommun.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
      .toBe('attach-1-2-pick');
    await q12.getByLabel('Dokument i biblioteket').selectOption({ label: 'Styrmodell Essunga' });
    await q12.getByRole('button', { name: 'Bifoga det valda' }).click();
    await q12.getByText('Styrmodell Essunga är bifogat.').waitFor();
    // A wrong file attached to 1.3: renamed, then deleted from the kommun's uploads, and gone
    // from the answer too.
    const q13 = questionSection(kommun, '1.3');
    await q13.getByRole('button', { name: 'Bifoga dokument till fråga 1.3' }).click();
    await q13.getByLabel('Ladda upp ett nytt dokument och bifoga det').setInputFiles({
      name: 'budget-2019.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Budget 2019\n\nEn gammal budget.\n'),
    });
    await q13.getByText('budget-2019 är bifogat.').waitFor();
    const uploads = kommun.getByRole('region', { name: 'Kommunens uppladdade dokument' });
    await uploads.getByRole('button', { name: 'Byt titel på budget-2019' }).click();
    await uploads.getByLabel('Ny titel').fill('Budget 2019 (fel år)');
    await uploads.getByRole('button', { name: 'Spara' }).click();
    await uploads.getByText('Titeln är nu Budget 2019 (fel år).').waitFor();
    await q13.getByRole('link', { name: 'Hämta Budget 2019 (fel år)' }).waitFor();
    await axeClean(kommun, "the kommun's uploads while one is renamed");
    kommun.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(
        'Ta bort Budget 2019 (fel år)? Det är bifogat till ett svar och tas bort därifrån också.',
      );
      void dialog.accept();
    });
    await uploads.getByRole('button', { name: 'Ta bort Budget 2019 (fel år)' }).click();
    await uploads.getByText('Budget 2019 (fel år) är borttaget.').waitFor();
    expect(await q13.getByRole('link', { name: /Budget 2019/ }).count()).toBe(0);
    expect(await uploads.getByRole('link').allTextContents()).toEqual(['Styrmodell Essunga']);
    await axeClean(kommun, "the kommun's input while attaching a document");
    await kommun.getByRole('button', { name: 'Skicka in underlaget' }).click();
    await kommun.getByText('Status: Inskickat').waitFor();
    // The attachments are kept, and locked with the answers.
    await q11.getByRole('link', { name: 'Hämta Styrmodell Essunga' }).waitFor();
    expect(await kommun.getByRole('button', { name: /^Bifoga dokument/ }).count()).toBe(0);
    expect(await uploads.count()).toBe(0);
    expect(await kommun.getByLabel('Svar: hur arbetar kommunen i dag?').count()).toBe(0);
    // The kommun proposes interviewees; the team schedules a group interview; both see it.
    const proposal = kommun.getByRole('form', { name: 'Föreslå person' });
    for (const [name, fn, group] of [
      ['Anna Ordförande', 'KS ordförande', 'politician'],
      ['Frida Facklig', 'Vision', 'unionRepresentative'],
    ] as const) {
      await proposal.getByLabel('Namn').fill(name);
      await proposal.getByLabel('Funktion').fill(fn);
      await proposal.getByLabel('Grupp').selectOption(group);
      await proposal.getByLabel('Önskade tider (en per rad)').fill('tis 12 maj fm');
      await proposal.getByRole('button', { name: 'Föreslå person' }).click();
      await kommun.getByText(`${name} är föreslagen.`).waitFor();
    }
    await team.goto(e2e.url(`/evaluations/${evaluation.id}/kommun`));
    const planner = team.getByRole('form', { name: 'Schemalägg intervju' });
    await planner.getByLabel('Rubrik').fill('Politisk ledning och fack');
    await planner.getByLabel('Datum').fill('2026-05-12');
    await planner.getByLabel('Börjar').fill('09:00');
    await planner.getByLabel('Slutar').fill('10:30');
    await planner.getByLabel('Rum').fill('Sessionssalen');
    await planner.getByLabel('Anna Ordförande').check();
    await planner.getByLabel('Frida Facklig').check();
    await planner.getByRole('button', { name: 'Schemalägg intervju' }).click();
    await team.getByText('Politisk ledning och fack är schemalagd.').waitFor();
    await axeClean(team, "the kommun's input as the team sees it");
    await kommun.reload();
    const row = kommun.getByRole('row', { name: /Politisk ledning och fack/ });
    expect(await row.textContent()).toContain('Anna Ordförande, Frida Facklig');
    const icsLink = kommun.getByRole('link', { name: 'Hela besöket som kalenderfil (.ics)' });
    const ics = await kommun.request.get(e2e.url((await icsLink.getAttribute('href')) ?? ''));
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await ics.text()).toContain(
      'SUMMARY:Kommunkompassen Essunga: Politisk ledning och fack',
    );

    // The contact reads nothing of the evaluators' work before publishing.
    await kommun.goto(e2e.url(`/evaluations/${evaluation.id}/scoring`));
    await kommun.getByRole('alert').or(kommun.getByText('Sidan finns inte')).first().waitFor();
    expect(await kommun.getByText(ANSWERS['1.1'] ?? '').count()).toBe(0);

    // The evaluator sees the answers beside the delfrågor while scoring, collapsed by default.
    await team.goto(e2e.url(`/evaluations/${evaluation.id}/scoring/1`));
    const beside = team.getByText('Kommunens svar och självskattning (1.1)');
    await beside.waitFor();
    expect(await team.getByText(ANSWERS['1.1'] ?? '').isVisible()).toBe(false);
    await beside.click();
    await team.getByText(ANSWERS['1.1'] ?? '').waitFor();
    const max11 = KK2010_QUESTIONS.find((q) => q.id === '1.1')?.maxPoints;
    await team.getByText(`Kommunens självskattning: Fullt ut (${max11} p)`).waitFor();
    await axeClean(team, 'scoring with the kommun input');
    // The attached document is beside the delfråga and opens the reader.
    const attached = team
      .getByTestId('kommun-answer-1.1')
      .getByRole('link', { name: 'Styrmodell Essunga' });
    await attached.click();
    await team.getByRole('heading', { level: 1, name: 'Styrmodell Essunga' }).waitFor();
    await team.getByText('Kommunfullmäktige beslutar om vision, mål och budget').waitFor();

    // The evidence page lists the kommun's documents with the questions they are attached to.
    await team.goto(e2e.url(`/evaluations/${evaluation.id}/evidence`));
    const kommunDocuments = team.getByRole('region', { name: 'Kommunens dokument' });
    const documentRow = kommunDocuments.getByRole('row', { name: /Styrmodell Essunga/ });
    await documentRow.waitFor();
    const documentCells = await documentRow.getByRole('cell').allTextContents();
    expect(documentCells.slice(0, 2)).toEqual(['Styrdokument', '–']);
    expect(documentCells[2]).toBe('1.1, 1.2');
    expect(documentCells[3]).toContain('Karin Kontakt');
    await axeClean(team, "the evidence page with the kommun's documents");

    // The evaluator scores every delfråga at half its max; the team agrees on the medians and
    // publishes through the overview.
    const questions = KK2010_QUESTIONS;
    await scoreEverything(team, evaluationUrl, () => 0.5, 'Eva såg');
    team.on('dialog', (dialog) => void dialog.accept());
    await team.goto(evaluationUrl);
    for (const action of ['Starta platsbesöket', 'Gå till konsensus']) {
      await team.getByRole('button', { name: action, exact: true }).click();
      await team.getByRole('button', { name: action, exact: true }).waitFor({ state: 'detached' });
    }
    await team.goto(`${evaluationUrl}/consensus`);
    await useEveryMedian(team);
    await team.goto(evaluationUrl);
    // No area texts were written: the publish checklist says so and takes a reason.
    await team.getByTestId('publish-checklist').getByText('Områden utan texter:').waitFor();
    await team
      .getByLabel('Skäl att publicera trots det som saknas')
      .fill('Områdestexterna skrivs efter återföringen.');
    await team.getByRole('button', { name: 'Publicera ändå', exact: true }).click();
    await team.getByRole('button', { name: /^Publicera/ }).waitFor({ state: 'detached' });

    // After publishing the contact sees the self-assessment beside the result: a series of the
    // comparison's radar and a column of its table, with nothing else chosen.
    await kommun.goto(e2e.url(`/evaluations/${evaluation.id}/compare`));
    const table = kommun.getByRole('table', { name: 'Poäng per område' });
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Område',
      'Essunga 2026',
      'Kommunens självskattning',
      'Skillnad mot kommunens självskattning',
    ]);
    const inArea = (id: string) => questions.filter((q) => q.areaId === id);
    const max = (id: string) => questions.find((q) => q.id === id)?.maxPoints ?? 0;
    const partly = (id: string) => levelPoints('partly', max(id), DEFAULT_SELF_ASSESSMENT_SCALE);
    // Shown figures and differences as the engine rounds them: halves away from zero.
    const round = (value: number) => Math.sign(value) * Math.floor(Math.abs(value) + 0.5);
    const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '±0');
    const expected = (areaId: string, self: number) => {
      const half = inArea(areaId).reduce((sum, q) => sum + q.maxPoints / 2, 0);
      return [String(round(half)), String(round(self)), signed(round(half - self))];
    };
    const self1 =
      max('1.1') +
      5 +
      levelPoints('largely', max('1.3'), DEFAULT_SELF_ASSESSMENT_SCALE) +
      partly('1.4');
    const self2 = inArea('2').reduce((sum, q) => sum + partly(q.id), 0);
    const rowCells = (name: RegExp) =>
      table.getByRole('row', { name }).getByRole('cell').allTextContents();
    expect(await rowCells(/^1\. /)).toEqual(expected('1', self1));
    expect(await rowCells(/^2\. /)).toEqual(expected('2', self2));
    // Area 3 was not estimated: no figure, and a gap in the radar.
    expect(await rowCells(/^3\. /)).toEqual([expect.any(String), '–', '–']);
    // The radar: the evaluation and the self-assessment, each a line of its own in the legend;
    // the self-assessment's line joins its two points, each named by its value.
    const radar = kommun.locator('#compare-radar');
    expect(
      await radar
        .locator('g.radar-series')
        .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-series'))),
    ).toEqual([evaluation.id, 'self-assessment']);
    const line = radar.locator('g.radar-series[data-series="self-assessment"] path');
    expect(await line.getAttribute('stroke-dasharray')).not.toBe(
      await radar
        .locator(`g.radar-series[data-series="${evaluation.id}"] path`)
        .getAttribute('stroke-dasharray'),
    );
    expect(await line.getAttribute('d')).toMatch(/^M[-\d.,]+ L[-\d.,]+$/);
    expect(
      (
        await kommun.getByRole('list', { name: 'Serier' }).getByRole('listitem').allTextContents()
      ).map((text) => text.trim()),
    ).toEqual(['Essunga 2026', 'Kommunens självskattning']);
    const points = radar.getByRole('img', { name: /^Kommunens självskattning, / });
    expect(
      (await points.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')))).map(
        (label) => label?.replace(/^.*: /, ''),
      ),
    ).toEqual([`${round(self1)} poäng`, `${round(self2)} poäng`]);
    await axeClean(kommun, 'compare with the self-assessment');

    await kommun.goto(e2e.url(`/evaluations/${evaluation.id}/report`));
    await kommun.getByLabel('Ta med kommunens självskattning bredvid utvärderingen').check();
    const frame = kommun.frameLocator('iframe.report-frame');
    await frame.getByRole('heading', { name: 'Självskattning och utvärdering' }).waitFor();
    expect(await frame.locator('#sjalvskattning').textContent()).toContain(
      'Kommunens självskattning',
    );
    // The report's radar draws it too, named in its description with its values per area.
    expect(await frame.locator('figure.radar svg desc').textContent()).toContain(
      `Kommunens självskattning: ${round(self1)}, ${round(self2)}, –`,
    );
    expect(teamErrors).toEqual([]);
    expect(kommunErrors).toEqual([]);
    await team.context().close();
    await kommun.context().close();
  }, 420_000);
});
