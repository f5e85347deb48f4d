import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import shipped from '../../api/reports/standard-texts/kk-2010.sv.json';

const versions = {
  versions: [
    {
      versionId: 'v1',
      id: 'kk-2010',
      version: '1.0.0',
      title: 'Kommunkompassen, 2010 års version',
      year: 2010,
      areaLevelOnly: false,
      status: 'published',
      origin: 'file',
      checksum: 'x',
      publishedAt: null,
      questions: 45,
    },
  ],
};
let stored = { ...shipped, version: 0, updatedAt: null, updatedBy: null };
const puts: { version: number; texts: typeof shipped.texts }[] = [];
let conflictNext = false;

const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (url.pathname === '/api/rubric-versions') return Response.json(versions);
  if (url.pathname === '/api/auth/me') {
    return Response.json({
      id: 'u1',
      email: 'a@x.se',
      name: 'Admin',
      role: 'admin',
      municipalityCode: null,
    });
  }
  if (url.pathname === '/api/report-texts' && method === 'GET') return Response.json(stored);
  if (url.pathname === '/api/report-texts' && method === 'PUT') {
    const body = JSON.parse(String(init?.body));
    if (conflictNext) {
      conflictNext = false;
      stored = { ...stored, version: stored.version + 1 };
      return Response.json(
        { error: { code: 'conflict', message: 'changed', current: stored } },
        { status: 409 },
      );
    }
    puts.push(body);
    stored = {
      ...body,
      version: body.version + 1,
      updatedAt: '2026-12-04T10:00:00Z',
      updatedBy: 'Admin',
    };
    return Response.json(stored);
  }
  return Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 });
});

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

async function open() {
  const { default: ReportTexts } = await import('./report-texts');
  render(() => <ReportTexts />);
  await screen.findByRole('button', { name: 'Spara ny version' }, { timeout: 4000 });
}

describe('Standardtexter', () => {
  it('shows every slot of the shipped texts and saves an edit as the next version', async () => {
    await open();
    const intro = (await screen.findByLabelText(
      /^1 Vad är Kommunkompassen\?/,
    )) as HTMLTextAreaElement;
    expect(intro.value).toContain('{areas}');
    expect(screen.getAllByLabelText(/^Allmänt/)).toHaveLength(8);
    expect(screen.getAllByLabelText('Rubrik i avsnitt 4')[6]).toHaveProperty(
      'value',
      'Ständiga förbättringar',
    );
    expect(screen.getByText('Version 0: de levererade texterna.')).toBeTruthy();
    const comparisons = screen.getByLabelText(/^Jämförelser/) as HTMLTextAreaElement;
    fireEvent.input(comparisons, { target: { value: 'Egna jämförelser på {website}.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ny version' }));
    await screen.findByText('Sparat som version 1.');
    expect(puts[0]?.version).toBe(0);
    expect(puts[0]?.texts.comparisons).toBe('Egna jämförelser på {website}.');
    expect(puts[0]?.texts.areas['7']?.overviewTitle).toBe('Ständiga förbättringar');
  });

  it('refuses a file of another version or language, saving nothing', async () => {
    await open();
    await screen.findByLabelText(/^Jämförelser/);
    const before = puts.length;
    const english = { ...shipped, language: 'en' };
    const file = new File([JSON.stringify(english)], 'english.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Importera fil (JSON)'), { target: { files: [file] } });
    await screen.findByText(
      'english.json gäller kk-2010 1.0.0 (en), inte den valda kk-2010 1.0.0 (sv). Välj den versionen och det språket först; inget sparades.',
    );
    expect(puts.length).toBe(before);
  });

  it('says so when someone saved meanwhile, and shows the newest', async () => {
    await open();
    await screen.findByLabelText(/^Jämförelser/);
    conflictNext = true;
    fireEvent.click(screen.getByRole('button', { name: 'Spara ny version' }));
    await screen.findByText(/sparades av någon annan under tiden/);
    await waitFor(() => expect(screen.getByText(/^Version 2, sparad/)).toBeTruthy());
  });
});
