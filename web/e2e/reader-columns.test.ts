import { describe, expect, test } from 'vitest';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';

const e2e = useE2e();

// Issue 15, point 13: a kommun's reader sees no column or filter that only the team uses.
describe("a reader's evaluation list", () => {
  test('has no workflow status column or filter; staff still see both', async () => {
    const reader = await e2e.server.createUser('reader', 'Karin Läsare');
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, reader);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Enköping' }) });
    await row.waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual([
      'Kommun',
      'Datum',
      'Version',
      'Totalt',
    ]);
    expect(await page.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
    expect(await row.getByRole('cell').allTextContents()).toEqual(['maj 2016', 'kk-2010', '434']);
    expect(errors).toEqual([]);
    await page.context().close();

    const staff = await e2e.newPage();
    await logInThroughUi(staff, e2e.server.origin, e2e.server.admin);
    await staff.getByRole('link', { name: 'Enköping' }).first().waitFor();
    expect(await staff.getByRole('columnheader', { name: 'Status' }).count()).toBe(1);
    await staff.context().close();
  });
});
