import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../rubrics/project-root';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';
import { createAccount, menu } from './support/journey-steps';

const e2e = useE2e();

describe('a team made of accounts, in the app', () => {
  test('the admin makes accounts, picks both evaluators for a new evaluation, and each of them sees it', async () => {
    const page = await e2e.newPage({ bypassCSP: true });
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);
    const annaPassword = await createAccount(page, {
      name: 'Anna Granskare',
      email: 'anna@kommun.example',
      role: 'evaluator',
    });
    const bengtPassword = await createAccount(page, {
      name: 'Bengt Bedömare',
      email: 'bengt@kommun.example',
      role: 'evaluator',
    });

    await menu(page, 'Utvärderingar');
    await page.getByText('Ny utvärdering').click();
    await page.getByRole('combobox', { name: 'Kommun', exact: true }).fill('1445');
    await page.getByLabel('Utvärderingens månad (ÅÅÅÅ-MM)').fill('2026-05');
    // The admin takes themselves off and picks the two evaluators by name and by e-mail.
    const picker = page.getByRole('group', { name: 'Utvärderingsteam' });
    await picker.getByRole('button', { name: `Ta bort ${e2e.server.admin.name}` }).click();
    await picker.getByLabel('Sök utvärderare (namn eller e-post)').fill('granskare');
    await picker.getByRole('button', { name: 'Lägg till Anna Granskare' }).click();
    await picker.getByLabel('Sök utvärderare (namn eller e-post)').fill('bengt@');
    await picker.getByRole('button', { name: 'Lägg till Bengt Bedömare' }).click();
    await picker.getByLabel('Namn utan konto').fill('Extern Kollega');
    await picker.getByRole('button', { name: 'Lägg till utan konto' }).click();
    expect(await picker.locator('.team-members li').allTextContents()).toEqual([
      expect.stringContaining('Anna Granskare konto anna@kommun.example'),
      expect.stringContaining('Bengt Bedömare konto bengt@kommun.example'),
      expect.stringContaining('Extern Kollega utan konto'),
    ]);
    expect(formatViolations('create form', await seriousViolations(page))).toBe(
      'create form: no serious or critical violations',
    );
    await page.getByRole('button', { name: 'Skapa utvärdering' }).click();
    await page.getByRole('heading', { level: 1, name: /^Essunga/ }).waitFor();
    const overviewUrl = page.url();

    // The admin sets the visit and Kortfakta on the overview, after creation.
    await page.getByText('Ändra uppgifter').click();
    await page.getByLabel('Platsbesöket börjar').fill('2026-05-12');
    await page.getByLabel('Platsbesöket slutar').fill('2026-05-11');
    await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
    expect(await page.getByRole('alert').first().textContent()).toBe(
      'Platsbesöket kan inte sluta innan det börjar.',
    );
    await page.getByLabel('Platsbesöket slutar').fill('2026-05-14');
    await page.getByRole('button', { name: 'Lägg till uppgift' }).click();
    await page.getByLabel('Uppgift 1').fill('Invånare');
    await page.getByLabel('Värde 1').fill('5 700');
    await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await expect.poll(() => page.getByText('Uppgifterna är sparade.').count()).toBe(1);
    await expect.poll(() => page.locator('dl.facts').textContent()).toContain('12 maj 2026');
    await page.context().close();

    // Each evaluator logs in with the printed password and finds the evaluation.
    for (const [email, password] of [
      ['anna@kommun.example', annaPassword],
      ['bengt@kommun.example', bengtPassword],
    ] as const) {
      const own = await e2e.newPage();
      await logInThroughUi(own, e2e.server.origin, { email, password });
      await own.getByRole('link', { name: 'Essunga' }).click();
      await own.waitForURL(overviewUrl);
      await own.getByRole('link', { name: 'Poängsättning' }).waitFor();
      await own.getByText('Ändra uppgifter').click();
      // An evaluator edits the details but not who is on the team.
      await own.getByText('Bara en administratör ändrar vilka som är med i teamet').waitFor();
      expect(await own.getByRole('group', { name: 'Utvärderingsteam' }).count()).toBe(0);
      await own.context().close();
    }
    expect(errors).toEqual([]);
  });

  test('an imported file says which evaluator names found no account, and links to the evaluation', async () => {
    const page = await e2e.newPage();
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);
    await page.getByText('Importera utvärderingsfil').click();
    await page
      .getByLabel('Utvärderingsfil (JSON)')
      .setInputFiles(join(projectRoot(), 'fixtures/evaluations/enkoping-2016.json'));
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    const outcome = page.getByRole('status').filter({ hasText: 'Utvärderingen är importerad.' });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(
      'Utan konto i teamet (ingen eller flera användare har namnet): Leif Eldås, Lotta Ricklander, Anna Marnell.',
    );
    await outcome.getByRole('link', { name: 'Öppna utvärderingen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Enköping/ }).waitFor();
    await page.context().close();
  });
});
