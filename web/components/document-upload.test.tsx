import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { ApiError } from '../lib/api';
import { DocumentUpload, uploadErrorText } from './document-upload';

/** A stand-in XMLHttpRequest the test drives: progress, then an answer. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: {
    onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
  } = {
    onprogress: null,
  };
  status = 0;
  responseText = '';
  responseType = '';
  withCredentials = false;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  method = '';
  url = '';
  body: FormData | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {}
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

beforeAll(() => vi.stubGlobal('XMLHttpRequest', FakeXhr));
afterAll(() => vi.unstubAllGlobals());
afterEach(() => {
  cleanup();
  FakeXhr.sent = [];
});

const file = (name: string, text = 'Essunga kommuns styrmodell') =>
  new File([text], name, { type: 'text/plain' });

describe('DocumentUpload', () => {
  test('sends several files, two at a time, each with its own progress bar and kind', async () => {
    const uploaded: string[] = [];
    render(() => <DocumentUpload evaluationId="e1" onUploaded={(d) => uploaded.push(d.title)} />);
    fireEvent.change(screen.getByLabelText('Typ för de filer du lägger till'), {
      target: { value: 'plan' },
    });
    const input = screen.getByLabelText('Välj filer') as HTMLInputElement;
    const files = [file('a.txt'), file('b.txt'), file('c.txt')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    expect(FakeXhr.sent[0]?.url).toBe('/api/evaluations/e1/documents');
    expect(FakeXhr.sent[0]?.body?.get('kind')).toBe('plan');
    expect((FakeXhr.sent[0]?.body?.get('file') as File | undefined)?.name).toBe('a.txt');
    const bars = () => screen.getAllByRole('progressbar') as HTMLProgressElement[];
    expect(bars()).toHaveLength(3);
    expect(screen.getByLabelText('Uppladdning av c.txt')).toBeTruthy();
    expect(screen.getByText('Väntar…')).toBeTruthy();

    FakeXhr.sent[0]?.progress(50, 100);
    await waitFor(() =>
      expect((screen.getByLabelText('Uppladdning av a.txt') as HTMLProgressElement).value).toBe(
        0.5,
      ),
    );
    expect(screen.getByText(/^Laddar upp 50\s%$/)).toBeTruthy();
    FakeXhr.sent[0]?.answer(201, { title: 'a' });
    // The third file starts when one of the first two is done.
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(3));
    expect(uploaded).toEqual(['a']);
  });

  test('a refused file says why, naming it, while the others go on', async () => {
    render(() => <DocumentUpload evaluationId="e1" onUploaded={() => undefined} />);
    const input = screen.getByLabelText('Välj filer') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [file('stor.pdf'), file('bild.pdf')],
      configurable: true,
    });
    fireEvent.change(input);
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    FakeXhr.sent[0]?.answer(413, { error: { code: 'too_large', message: 'over the limit' } });
    FakeXhr.sent[1]?.answer(400, {
      error: {
        code: 'invalid_input',
        message: 'invalid input',
        issues: [{ path: 'file', message: 'a PNG image' }],
      },
    });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'stor.pdf är för stor. Filen är större än servern tar emot.',
      expect.stringMatching(/^bild\.pdf kan inte läggas till: filtypen stöds inte/),
    ]);
  });
});

describe('uploadErrorText', () => {
  test('names the file for every kind of failure', () => {
    expect(uploadErrorText('x.docx', new ApiError(413, 'too_large', ''))).toContain(
      'x.docx är för stor',
    );
    expect(uploadErrorText('x.docx', new ApiError(0, 'network', ''))).toBe(
      'x.docx kunde inte laddas upp: Servern kan inte nås just nu.',
    );
    expect(uploadErrorText('x.docx', new ApiError(409, 'published', ''))).toMatch(
      /^x\.docx kunde inte laddas upp: Utvärderingen är publicerad/,
    );
  });
});
