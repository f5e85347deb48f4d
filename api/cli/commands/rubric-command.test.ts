import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { canonicalRubricText } from '../../../rubrics/canonical-rubric';
import { testRubric, workbookOf, workbookRows } from '../../rubrics/test-support/test-rubric';
import { main } from '../kompass';
import { captureIo } from '../test-io';

function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-rubric-'));
  return { dir, env: { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` } };
}

async function run(args: string[], env: NodeJS.ProcessEnv) {
  const io = captureIo('', env);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('kompass rubric', () => {
  it('imports a workbook, lists it as utkast, publishes it and exports it to JSON and Excel', async () => {
    const { dir, env } = freshDatabase();
    const workbook = join(dir, 'test.xlsx');
    writeFileSync(
      workbook,
      await workbookOf(workbookRows(testRubric(), { swedishDecimals: true })),
    );
    expect(await run(['rubric', 'import', workbook], env)).toEqual({
      code: 0,
      stdout: 'test-rubrik 1: Version 1 skapad som utkast.\n',
      stderr: '',
    });
    const listed = await run(['rubric', 'list'], env);
    expect(listed.stdout.split('\n')).toContain(
      'test-rubrik\t1\tutkast\timport\t32 delfrågor\tTESTRUBRIK (påhittad, inte SKR:s)',
    );
    expect(listed.stdout).toContain('kk-2010\t1.0.0\tpublicerad\tfil\t45 delfrågor');
    const published = await run(['rubric', 'publish', 'test-rubrik', '1'], env);
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/^test-rubrik 1: publicerad \(sha256 [0-9a-f]{64}\)\n$/);
    const again = await run(['rubric', 'publish', 'test-rubrik', '1'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^kompass rubric publish: test-rubrik 1 is published and frozen/);

    const json = join(dir, 'out.json');
    expect((await run(['rubric', 'export', 'test-rubrik', '1', '-o', json], env)).code).toBe(0);
    expect(readFileSync(json, 'utf8')).toBe(canonicalRubricText(testRubric()));
    const xlsx = join(dir, 'out.xlsx');
    expect((await run(['rubric', 'export', 'test-rubrik', '1', '-o', xlsx], env)).code).toBe(0);
    // The exported workbook and JSON are the published version: importing them changes nothing.
    for (const file of [xlsx, json]) {
      expect(await run(['rubric', 'import', file], env)).toMatchObject({
        code: 0,
        stdout: 'test-rubrik 1: Oförändrad: innehållet är detsamma som i publicerade version 1.\n',
      });
    }
    // A changed weight over the published version: version 2, published at once.
    const changed = testRubric();
    const area = changed.areas[0];
    if (!area?.questions[0] || !area.questions[1]) throw new Error('test rubric changed');
    area.questions[0].maxPoints = 20;
    area.questions[1].maxPoints = 35;
    const changedFile = join(dir, 'changed.json');
    writeFileSync(changedFile, JSON.stringify(changed));
    expect(await run(['rubric', 'import', changedFile, '--publish'], env)).toMatchObject({
      code: 0,
      stdout: 'test-rubrik 2: Version 2 skapad och publicerad.\n',
    });
    expect((await run(['rubric', 'list'], env)).stdout).toContain('test-rubrik\t2\tpublicerad');
  });

  it('exits 1 naming every error of a broken workbook, and stores nothing', async () => {
    const { dir, env } = freshDatabase();
    const rows = workbookRows(testRubric());
    rows.questions[3] = ['1', '1.3', 'Testfråga 1.3?', '2,5,1', null];
    rows.questions[4] = ['1', '1.4', null, 12.5, null];
    const file = join(dir, 'broken.xlsx');
    writeFileSync(file, await workbookOf(rows));
    const result = await run(['rubric', 'import', file, '--publish'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${file}: Delfrågor rad 4, kolumn D: "2,5,1" är inte ett tal\n${file}: Delfrågor rad 5, kolumn C: text saknas\n`,
    );
    expect((await run(['rubric', 'list'], env)).stdout).not.toContain('test-rubrik');
  });

  it('writes the template: the sheets and columns the import reads, the 8 areas numbered', async () => {
    const { dir, env } = freshDatabase();
    const file = join(dir, 'mall.xlsx');
    expect(await run(['rubric', 'template', '-o', file], env)).toEqual({
      code: 0,
      stdout: `Wrote the template to ${file}\n`,
      stderr: '',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Version',
      'Områden',
      'Delfrågor',
      'Frågor till kommunen',
    ]);
    const areas = workbook.getWorksheet('Områden');
    expect(areas?.getRow(1).values).toEqual([
      undefined,
      'Område',
      'Titel',
      'Kort titel',
      'Rubriker (en per rad)',
      'Vägledning',
      'Maxpoäng',
      'Andra titler (en per rad)',
    ]);
    expect(areas?.getColumn(1).values.slice(2)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    // Imported as it is, the empty template names what is missing.
    const empty = await run(['rubric', 'import', file], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain(`${file}: Version rad 1, kolumn B: Id saknas\n`);
    expect(empty.stderr).toContain(`${file}: Områden rad 2, kolumn B: titel saknas\n`);
  });

  it('gives usage errors exit code 2', async () => {
    const { env } = freshDatabase();
    expect((await run(['rubric', 'import'], env)).code).toBe(2);
    expect((await run(['rubric', 'export', 'kk-2010', '1.0.0', '-o', 'x.csv'], env)).code).toBe(2);
    expect((await run(['rubric', 'frobnicate'], env)).code).toBe(2);
    const unknown = await run(['rubric', 'publish', 'kk-2010', '9'], env);
    expect(unknown).toMatchObject({
      code: 1,
      stderr: 'kompass rubric publish: rubric kk-2010 version 9 not found\n',
    });
  });
});
