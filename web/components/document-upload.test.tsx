import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
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

/** Chooses files in the picker, as a user does. */
function choose(files: File[]) {
  const input = screen.getByLabelText('Välj filer') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const group = (name: string) => screen.getByRole('group', { name });

describe('DocumentUpload', () => {
  test('each file gets its title, kind, date and a web page its address before several are sent, two at a time', async () => {
    const uploaded: string[] = [];
    render(() => <DocumentUpload evaluationId="e1" onUploaded={(d) => uploaded.push(d.title)} />);
    choose([file('Styrmodell_Essunga.txt'), file('b.pdf'), file('c.docx')]);
    // Nothing is sent until the details are given.
    await screen.findByRole('button', { name: 'Lägg till 3 dokument' });
    expect(FakeXhr.sent).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe(
      '3 filer är redo att läggas till. Ange titel, typ och datum för var och en.',
    );
    const first = within(group('Styrmodell_Essunga.txt'));
    expect((first.getByLabelText('Titel') as HTMLInputElement).value).toBe('Styrmodell Essunga');
    expect((first.getByLabelText('Typ') as HTMLSelectElement).value).toBe('styrdokument');
    // The first file's title has focus, to type over.
    await waitFor(() => expect(document.activeElement).toBe(first.getByLabelText('Titel')));
    // A web address is asked for a web page only.
    expect(first.queryByLabelText('Webbadress')).toBeNull();

    fireEvent.input(first.getByLabelText('Titel'), { target: { value: 'Styrmodell för Essunga' } });
    fireEvent.change(first.getByLabelText('Typ'), { target: { value: 'plan' } });
    fireEvent.input(first.getByLabelText('Datum'), { target: { value: '2016-11-21' } });
    const second = within(group('b.pdf'));
    fireEvent.change(second.getByLabelText('Typ'), { target: { value: 'webbsida' } });
    fireEvent.input(second.getByLabelText('Webbadress'), {
      target: { value: 'https://www.essunga.se/styrmodell' },
    });
    expect(second.getByText('Tomt: dagens datum, dagen sidan sågs.')).toBeTruthy();
    // The third is taken out of the list before sending.
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort ur listan: c.docx' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till 2 dokument' }));

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    const sent = (i: number, name: string) => FakeXhr.sent[i]?.body?.get(name);
    expect(FakeXhr.sent[0]?.url).toBe('/api/evaluations/e1/documents');
    expect((sent(0, 'file') as File).name).toBe('Styrmodell_Essunga.txt');
    expect([sent(0, 'title'), sent(0, 'kind'), sent(0, 'date'), sent(0, 'url')]).toEqual([
      'Styrmodell för Essunga',
      'plan',
      '2016-11-21',
      null,
    ]);
    expect([sent(1, 'title'), sent(1, 'kind'), sent(1, 'date'), sent(1, 'url')]).toEqual([
      'b',
      'webbsida',
      null,
      'https://www.essunga.se/styrmodell',
    ]);
    // The forms make way for a progress bar per file, and focus goes to that list.
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('list', { name: 'Uppladdningar' }));
    FakeXhr.sent[0]?.progress(50, 100);
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Uppladdning av Styrmodell_Essunga.txt') as HTMLProgressElement)
          .value,
      ).toBe(0.5),
    );
    expect(screen.getByText(/^Laddar upp 50\s%$/)).toBeTruthy();
    FakeXhr.sent[0]?.answer(201, { title: 'Styrmodell för Essunga' });
    await waitFor(() => expect(uploaded).toEqual(['Styrmodell för Essunga']));
  });

  test('more files than two: the third waits for a free place', async () => {
    render(() => <DocumentUpload evaluationId="e1" onUploaded={() => undefined} />);
    choose([file('a.txt'), file('b.txt'), file('c.txt')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Lägg till 3 dokument' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    expect(screen.getAllByRole('progressbar')).toHaveLength(3);
    expect(screen.getByText('Väntar…')).toBeTruthy();
    FakeXhr.sent[1]?.answer(201, { title: 'b' });
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(3));
    expect(FakeXhr.sent[2]?.body?.get('title')).toBe('c');
  });

  test('a saved web page gives its own title and address; its scripts never run', async () => {
    const page = [
      '<!-- saved from url=(0040)https://www.upplandsvasby.se/ledning -->',
      '<html><head><title>Ledningssystem – Upplands Väsby</title>',
      '<link rel="canonical" href="https://www.upplandsvasby.se/ledningssystem">',
      '<script>window.__ran = true</script></head>',
      '<body><img src="x" onerror="window.__ran = true"><p>Text</p></body></html>',
    ].join('\n');
    render(() => <DocumentUpload evaluationId="e1" onUploaded={() => undefined} />);
    choose([new File([page], 'ledning.html', { type: 'text/html' })]);
    const fields = within(await screen.findByRole('group', { name: 'ledning.html' }));
    expect((fields.getByLabelText('Typ') as HTMLSelectElement).value).toBe('webbsida');
    await waitFor(() =>
      expect((fields.getByLabelText('Titel') as HTMLInputElement).value).toBe(
        'Ledningssystem – Upplands Väsby',
      ),
    );
    expect((fields.getByLabelText('Webbadress') as HTMLInputElement).value).toBe(
      'https://www.upplandsvasby.se/ledningssystem',
    );
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
  });

  test('a detail the form refuses is named at its field and focused; nothing is sent', async () => {
    render(() => <DocumentUpload evaluationId="e1" onUploaded={() => undefined} />);
    choose([file('sida.txt'), file('plan.txt')]);
    const page = within(await screen.findByRole('group', { name: 'sida.txt' }));
    fireEvent.change(page.getByLabelText('Typ'), { target: { value: 'webbsida' } });
    fireEvent.input(page.getByLabelText('Webbadress'), {
      target: { value: 'javascript:alert(1)' },
    });
    const plan = within(group('plan.txt'));
    fireEvent.input(plan.getByLabelText('Titel'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till 2 dokument' }));

    const url = page.getByLabelText('Webbadress');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(url.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Ange en webbadress som börjar med https:// eller http://.',
    );
    expect(plan.getByText('Ange en titel.')).toBeTruthy();
    expect(document.activeElement).toBe(url);
    expect(FakeXhr.sent).toHaveLength(0);
    // Typing in the field clears its error.
    fireEvent.input(url, { target: { value: 'https://www.essunga.se/' } });
    expect(url.getAttribute('aria-invalid')).toBeNull();
  });

  test('a detail the server refuses goes back to its field, and the file can be sent again', async () => {
    const uploaded: string[] = [];
    render(() => <DocumentUpload evaluationId="e1" onUploaded={(d) => uploaded.push(d.title)} />);
    choose([file('protokoll.txt')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Lägg till 1 dokument' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    FakeXhr.sent[0]?.answer(400, {
      error: {
        code: 'invalid_input',
        message: 'invalid input',
        issues: [{ path: 'date', message: 'a date is YYYY-MM-DD' }],
      },
    });
    const fields = within(await screen.findByRole('group', { name: 'protokoll.txt' }));
    const date = fields.getByLabelText('Datum');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(fields.getByText(/^Ogiltigt värde i fältet ”Datum”/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'protokoll.txt lades inte till: en uppgift behöver rättas. Se fältet som är markerat.',
    );
    fireEvent.input(date, { target: { value: '2016-05-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till 1 dokument' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    expect(FakeXhr.sent[1]?.body?.get('date')).toBe('2016-05-02');
    FakeXhr.sent[1]?.answer(201, { title: 'protokoll' });
    await waitFor(() => expect(uploaded).toEqual(['protokoll']));
  });

  test('a refused file says why, naming it, while the others go on', async () => {
    render(() => <DocumentUpload evaluationId="e1" onUploaded={() => undefined} />);
    choose([file('stor.pdf'), file('bild.pdf')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Lägg till 2 dokument' }));
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
