import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInWithCookie, useE2e } from './support/e2e';
import { unwrap } from './support/test-server';

const e2e = useE2e();

// Issue 15, point 10: the kommun is picked from SCB's list, by name or code, never typed freely.
describe('the kommun of a new evaluation', () => {
  test('is picked from the list by name with the keyboard, and an unknown code is refused', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Kommunväljare');
    const context = await e2e.newContext({ bypassCSP: true });
    await logInWithCookie(context, e2e.server.origin, eva);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(e2e.url('/evaluations'));
    await page.getByText('Ny utvärdering', { exact: true }).click();

    const kommun = page.getByRole('combobox', { name: 'Kommun', exact: true });
    // A code that is none of the 290: no option, and the form says so instead of sending it.
    await kommun.fill('9999');
    const options = page.locator('#create-kommun-list [role="option"]');
    expect(await options.count()).toBe(0);
    await page.getByLabel('Utvärderingens månad (ÅÅÅÅ-MM)').fill('2026-05');
    await page.getByRole('button', { name: 'Skapa utvärdering' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe('Välj kommunen ur listan: skriv dess namn eller kommunkod.');
    await expect.poll(() => kommun.evaluate((el) => el === document.activeElement)).toBe(true);

    // By name: "essu" offers Essunga with its code and län; ArrowDown + Enter takes it.
    await kommun.fill('essu');
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['Essunga (1445), Västra Götalands län']);
    expect(await kommun.getAttribute('aria-expanded')).toBe('true');
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('open kommun list', violations)).toEqual([]);
    await kommun.press('ArrowDown');
    expect(await kommun.getAttribute('aria-activedescendant')).toBe(
      await options.first().getAttribute('id'),
    );
    await kommun.press('Enter');
    expect(await kommun.inputValue()).toBe('Essunga (1445)');
    expect(await kommun.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Skapa utvärdering' }).click();

    await page.waitForURL(/\/evaluations\/[^/]+$/);
    const id = new URL(page.url()).pathname.split('/').at(-1) as string;
    const saved = await unwrap(eva.api.api.evaluations[':id'].$get({ param: { id } }));
    expect(saved.municipality).toMatchObject({ name: 'Essunga', code: '1445' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
