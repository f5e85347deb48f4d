import { describe, expect, test } from 'vitest';
import { collectPageErrors, logInThroughUi, logInWithCookie, useE2e } from './support/e2e';
import { unwrap } from './support/test-server';

const e2e = useE2e();

describe('the evaluations', () => {
  test('the list shows Enköping with its total 434, and its overview the published notice', async () => {
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);

    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Enköping' }) });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toEqual(['maj 2016', 'kk-2010', 'Publicerad', '434']);

    await row.getByRole('link', { name: 'Enköping' }).click();
    await page.waitForURL(/\/evaluations\/[^/]+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Enköping maj 2016');
    const total = page.getByTestId('overview-total');
    await expect.poll(() => total.textContent()).toBe('434 / 800');
    expect(await page.getByRole('note').textContent()).toMatch(
      /^Publicerad\. Utvärderingen är skrivskyddad\.$/,
    );
    // Every area's shown points, as SKL printed them (54+55+63+42+43+55+56+66 = 434).
    const areaRows = page.getByRole('row').filter({ has: page.getByRole('rowheader') });
    const areaPoints = (await areaRows.allTextContents()).map(
      (text) => /(\d+) \(\d+\s%\)$/.exec(text)?.[1],
    );
    expect(areaPoints).toEqual(['54', '55', '63', '42', '43', '55', '56', '66']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an evaluator creates an evaluation through the form and is on its team', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Utvärderare');
    const context = await e2e.newContext();
    await logInWithCookie(context, e2e.server.origin, eva);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(e2e.url('/evaluations'));

    await page.getByText('Ny utvärdering', { exact: true }).click(); // opens the <details>
    await page.getByRole('combobox', { name: 'Kommun', exact: true }).fill('0305');
    await page.getByLabel('Utvärderingens månad (ÅÅÅÅ-MM)').fill('2026-05');
    await page.getByLabel('Platsbesöket börjar').fill('2026-05-11');
    await page.getByLabel('Platsbesöket slutar').fill('2026-05-13');
    const team = page.getByRole('group', { name: 'Utvärderingsteam' });
    // The creator is on the team with their own account from the start.
    expect(await team.locator('.team-members li').first().textContent()).toContain(
      'Eva Utvärderare konto',
    );
    await team.getByLabel('Namn utan konto').fill('Olle Kollega');
    await team.getByRole('button', { name: 'Lägg till utan konto' }).click();
    await page.getByRole('button', { name: 'Skapa utvärdering' }).click();

    await page.waitForURL(/\/evaluations\/[^/]+$/);
    const id = new URL(page.url()).pathname.split('/').at(-1) as string;
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Håbo maj 2026');
    expect(await page.getByTestId('overview-total').textContent()).toMatch(
      /^– \/ 800 \(ofullständigt: 0 av 45 delfrågor har konsensuspoäng\)$/,
    );

    const saved = await unwrap(eva.api.api.evaluations[':id'].$get({ param: { id } }));
    expect(saved).toMatchObject({
      municipality: { name: 'Håbo', code: '0305' },
      rubric: { id: 'kk-2010' },
      date: '2026-05',
      visit: { start: '2026-05-11', end: '2026-05-13' },
      status: 'draft',
    });
    expect(saved.team.map((m) => [m.name, m.userId])).toEqual([
      ['Eva Utvärderare', eva.id],
      ['Olle Kollega', null],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
