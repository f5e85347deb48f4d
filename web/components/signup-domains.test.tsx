import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignupDomains } from './signup-domains';

interface Rule {
  id: string;
  domain: string;
  role: string;
  municipalityCode: string | null;
}
const rules: Rule[] = [];
const posted: unknown[] = [];

const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (url.pathname === '/api/signup-domains' && method === 'GET') {
    return Response.json({ domains: rules });
  }
  if (url.pathname === '/api/signup-domains' && method === 'POST') {
    const body = JSON.parse(String(init?.body ?? (await (input as Request).text())));
    posted.push(body);
    const rule = { id: `r${rules.length + 1}`, ...body };
    rules.push(rule);
    return Response.json(rule, { status: 201 });
  }
  return Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 });
});

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('Självregistrering', () => {
  it("takes the reader's kommun from SCB's list and starts empty after a rule is added", async () => {
    render(() => <SignupDomains />);
    await screen.findByText(/Ingen domän är tillåten/);
    fireEvent.input(screen.getByLabelText('Domän'), { target: { value: 'essunga.se' } });
    const kommun = () => screen.getByRole('combobox', { name: 'Läsarens kommun' });
    fireEvent.input(kommun(), { target: { value: 'Essungaby' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Tillåt domänen' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Välj en kommun ur listan.',
    );
    expect(posted).toEqual([]);
    fireEvent.input(kommun(), { target: { value: 'Essunga' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Tillåt domänen' }));
    await waitFor(() =>
      expect(posted).toEqual([{ domain: 'essunga.se', role: 'reader', municipalityCode: '1445' }]),
    );
    await screen.findByText('essunga.se', { selector: 'th' });
    expect((kommun() as HTMLInputElement).value).toBe('');
  });
});
