// Test and bench support: small text PDFs written by hand (Helvetica, WinAnsi), so extraction is
// tested on real PDF bytes without a PDF library or a browser.

export interface PdfBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const pdfString = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

function pageStream(blocks: PdfBlock[]): string {
  const parts = ['BT', '72 770 Td'];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      parts.push('/F1 16 Tf', '0 -28 Td', `(${pdfString(block.text)}) Tj`, '0 -8 Td');
    } else {
      parts.push('/F1 10 Tf', '0 -10 Td');
      for (const line of wrap(block.text, 90)) parts.push('0 -13 Td', `(${pdfString(line)}) Tj`);
    }
  }
  parts.push('ET');
  return parts.join('\n');
}

/** A PDF with one page per entry of `pages`; Swedish letters in WinAnsi (Latin-1) bytes. */
export function simplePdf(pages: PdfBlock[][], options: { encrypt?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const font = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  );
  const kids: number[] = [];
  for (const blocks of pages) {
    const stream = pageStream(blocks);
    const content = add(
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  // A Standard security handler whose keys match no password: a reader must ask for one.
  const encrypt = options.encrypt
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)
    : null;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
