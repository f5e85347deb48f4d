import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestProvider } from '../../api/test-support/oidc-provider';
import { setPasswordLink, startSmtpSink } from '../../api/test-support/smtp-sink';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInWithCookie, useE2e } from './support/e2e';
import { createTeamEvaluation } from './support/seed';
import { unwrap } from './support/test-server';

// A real OpenID Connect provider and a real SMTP sink on 127.0.0.1, and the server set up for both.
const idp = await startTestProvider();
const sink = await startSmtpSink();
const e2e = useE2e({
  env: {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_LABEL: 'Testkommunens konto',
    SMTP_URL: sink.url,
    SMTP_FROM: 'Kommunkompassen <noreply@kompass.test>',
  },
});

beforeAll(() => {
  idp.register([`${e2e.server.origin}/api/auth/oidc/callback`]);
});
afterAll(async () => {
  await idp.close();
  await sink.close();
});

async function expectAxeClean(page: Page, name: string) {
  const violations = await seriousViolations(page);
  const report = formatViolations(name, violations);
  if (violations.length > 0) console.log(report);
  expect(report).toBe(`${name}: no serious or critical violations`);
}

describe("signing in with the organisation's account", () => {
  test('from the "Logga in med …" button through the provider to the evaluations', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Organisation');
    idp.accounts.set('eva.org', { email: eva.email, email_verified: true });
    const context = await e2e.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    await page.goto(e2e.url('/login'));
    const sso = page.getByRole('link', { name: 'Logga in med Testkommunens konto', exact: true });
    await sso.waitFor();
    await expectAxeClean(page, 'login with SSO');
    await sso.click();

    // The provider's own login page.
    await page.getByRole('heading', { name: 'Logga in hos testleverantören' }).waitFor();
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.getByLabel('Användarnamn').fill('eva.org');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await page.waitForURL(e2e.url('/evaluations'));
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Utvärderingar');
    expect(await page.getByText(/^Inloggad som /).textContent()).toContain(
      'Inloggad som Eva Organisation',
    );
    expect(errors).toEqual([]);
    await context.close();

    // The admin sees the link on the users page, with the domain rules (all axe-clean).
    const admin = await e2e.newContext({ bypassCSP: true });
    await logInWithCookie(admin, e2e.server.origin, e2e.server.admin);
    const users = await admin.newPage();
    await users.goto(e2e.url('/users'), { waitUntil: 'networkidle' });
    const row = users.getByRole('row', { name: /Eva Organisation/ });
    await row
      .getByRole('button', { name: 'Koppla bort organisationskontot för Eva Organisation' })
      .waitFor();
    expect(await row.textContent()).toContain(eva.email);
    await users
      .getByRole('heading', { name: 'Självregistrering med organisationens konto' })
      .waitFor();
    await expectAxeClean(users, 'users with SSO');
    await admin.close();
  });

  test('a refused sign-in comes back to the login page with the reason in Swedish', async () => {
    idp.accounts.set('stranger', { email: 'okand@annanstans.se', email_verified: true });
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto(e2e.url('/login'));
    await page.getByRole('link', { name: 'Logga in med Testkommunens konto' }).click();
    await page.getByLabel('Användarnamn').fill('stranger');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.waitForURL(e2e.url('/login?error=oidc_no_account'));
    expect(await page.getByRole('alert').textContent()).toBe(
      'Det finns inget konto här för din e-postadress. Be en administratör att bjuda in dig.',
    );
    expect((await page.request.get(e2e.url('/api/auth/me'))).status()).toBe(401);
    await context.close();
  });
});

describe('invitations and password resets in the browser', () => {
  test('the invitation link leads to a page that sets the password and logs in, once', async () => {
    const email = 'inbjuden@e2e.test';
    await unwrap(
      e2e.server.admin.api.api.users.$post({
        json: { email, name: 'Ida Inbjuden', role: 'evaluator', invite: true },
      }),
    );
    const link = setPasswordLink(await sink.next(email));
    expect(link.origin).toBe(e2e.server.origin);
    const context = await e2e.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(link.href);
    await page
      .getByText('Välkommen, Ida Inbjuden! Välj ett lösenord för inbjuden@e2e.test.')
      .waitFor();
    await expectAxeClean(page, 'set-password');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('idas-eget-losenord');
    await page.getByLabel('Upprepa lösenordet').fill('idas-eget-losenord');
    await page.getByRole('button', { name: 'Spara lösenordet och logga in' }).click();
    await page.waitForURL(e2e.url('/evaluations'));
    expect(await page.getByText(/^Inloggad som /).textContent()).toContain(
      'Inloggad som Ida Inbjuden',
    );

    // The same link again: used.
    const again = await context.newPage();
    await again.goto(link.href);
    expect(await again.getByRole('alert').textContent()).toBe(
      'Länken har gått ut eller redan använts. Be om en ny.',
    );
    await context.close();
  });

  test("an evaluator invites a colleague to the evaluation's team by e-mail", async () => {
    const lead = await e2e.server.createUser('evaluator', 'Lena Ledare');
    const evaluation = await createTeamEvaluation([lead], { name: 'Essunga', code: '1445' });
    const context = await e2e.newContext({ bypassCSP: true });
    await logInWithCookie(context, e2e.server.origin, lead);
    const page = await context.newPage();
    await page.goto(e2e.url(`/evaluations/${evaluation.id}`));
    await page.getByText('Bjud in till teamet', { exact: true }).click();
    // The overview also invites the kommun's contacts by e-mail: the team's form is the one asked for.
    const panel = page.locator('details').filter({ has: page.getByLabel('Namn i teamet') });
    const invite = panel.locator('form');
    await invite.getByLabel('E-post').fill('kollega@e2e.test');
    await invite.getByLabel('Namn i teamet').fill('Kalle Kollega');
    await invite.getByRole('button', { name: 'Bjud in', exact: true }).click();
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toBe('Kalle Kollega är tillagd i teamet och en inbjudan är skickad till kollega@e2e.test.');
    await expect.poll(() => page.locator('dl.facts').textContent()).toContain('Kalle Kollega');
    await expectAxeClean(page, 'overview with the team invitation');
    const mail = await sink.next('kollega@e2e.test');
    expect(mail.text).toContain('Lena Ledare har bjudit in dig till Kommunkompassen.');
    expect(mail.text).toContain('Du kan också logga in med Testkommunens konto');
    await context.close();
  });

  test('"Glömt lösenordet?" answers without telling whether the account exists', async () => {
    const context = await e2e.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(e2e.url('/login'));
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await page.waitForURL(e2e.url('/forgot-password'));
    await expectAxeClean(page, 'forgot-password');
    await page.getByLabel('E-post').fill('finns-inte@e2e.test');
    await page.getByRole('button', { name: 'Skicka länken' }).click();
    await expect
      .poll(() => page.getByRole('status').last().textContent())
      .toBe('Om adressen har ett konto är en länk på väg dit. Länken gäller i två timmar.');
    await context.close();
  });
});
