import { describe, expect, test } from 'vitest';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';

const e2e = useE2e();

describe('the handlingsplan keeps what is typed', () => {
  test('a half-typed note and action edit survive leaving the page and a reload, and leaving asks first', async () => {
    const reader = await e2e.server.createUser('reader', 'Rut Utkast');
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, reader);
    await page.getByRole('link', { name: 'Enköping' }).click();
    await page.getByRole('link', { name: 'Handlingsplan och effektmål' }).click();
    await page.waitForURL(/\/plan$/);
    const planUrl = page.url();

    // An action to write on, made from the first förbättringsområde of area 4.
    const area = page.getByRole('region', { name: '4. Ledarskap, ansvar och delegation' });
    const create = area.getByRole('button', { name: /^Skapa åtgärd från: / }).first();
    const title = ((await create.getAttribute('aria-label')) ?? '').replace(
      'Skapa åtgärd från: ',
      '',
    );
    await create.click();
    await area.getByLabel('Ansvarig (roll eller enhet)').fill('Personalchefen');
    await area.getByRole('button', { name: 'Spara åtgärden' }).click();
    const action = area.getByRole('article', { name: title });
    await action.waitFor();

    // A note half typed, then the user clicks away: the app asks, and staying keeps the text.
    const note = action.getByLabel('Ny anteckning', { exact: true });
    await note.fill('Första mötet med facket hölls i');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utvärderingar' })
      .click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('inte är sparad');
    expect(page.url()).toBe(planUrl);
    expect(await note.inputValue()).toBe('Första mötet med facket hölls i');

    // Leaving anyway, then coming back: the note is there again, and says it was restored.
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utvärderingar' })
      .click();
    await page.waitForURL(e2e.url('/evaluations'));
    await page.goto(planUrl);
    const again = page.getByRole('article', { name: title });
    await expect
      .poll(() => again.getByLabel('Ny anteckning', { exact: true }).inputValue())
      .toBe('Första mötet med facket hölls i');
    expect(await again.getByRole('status').first().textContent()).toContain('återställd');

    // An action edit half done, then a reload: the editor opens again with the typed owner.
    await again.getByRole('button', { name: 'Ändra' }).click();
    await again.getByLabel('Ansvarig (roll eller enhet)').fill('HR-direktören');
    page.on('dialog', (dialog) => void dialog.accept()); // the browser's beforeunload question
    await page.reload();
    const reloaded = page.getByRole('article', { name: title });
    await expect
      .poll(() => reloaded.getByLabel('Ansvarig (roll eller enhet)').inputValue())
      .toBe('HR-direktören');

    // Cancel forgets the edit; adding the note forgets the note. Nothing comes back after that.
    await reloaded.getByRole('button', { name: 'Avbryt' }).click();
    await reloaded
      .getByLabel('Ny anteckning', { exact: true })
      .fill('Första mötet med facket hölls i maj.');
    await reloaded.getByRole('button', { name: 'Lägg till anteckning' }).click();
    await expect
      .poll(() => reloaded.locator('.action-notes').textContent())
      .toContain('Första mötet med facket hölls i maj.');
    await page.reload();
    const clean = page.getByRole('article', { name: title });
    await clean.getByLabel('Ny anteckning', { exact: true }).waitFor();
    expect(await clean.getByLabel('Ny anteckning', { exact: true }).inputValue()).toBe('');
    expect(await clean.getByLabel('Ansvarig (roll eller enhet)').count()).toBe(0);
    expect(await clean.textContent()).toContain('Personalchefen');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
