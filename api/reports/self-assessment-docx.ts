import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SelfAssessmentSection } from './self-assessment-section';

// The same font, rules and cell margins as the rest of the Word report (report-docx.ts).
const FONT = 'Arial';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'C8CCD2' } as const;
const STRONG_RULE = { style: BorderStyle.SINGLE, size: 12, color: '1F2430' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };
/** The text width of an A4 page with 2 cm margins, in twips, as report-docx's tables. */
const TEXT_WIDTH = 9638;
// Wide enough that no header word ("Utvärderingen", "självskattning") breaks inside itself.
const WIDTHS = [38, 20, 24, 18];

interface Cell {
  text: string;
  right?: boolean;
  bold?: boolean;
  /** A rubric text in an English report: tagged Swedish. */
  sv?: boolean;
}

/**
 * The optional section "Självskattning och utvärdering" for the Word report: a heading 1 on a
 * new page, the same wording as the HTML section and a table per area (area, the evaluation,
 * the kommun's self-assessment, the difference) ending in the total. Nothing when not asked for
 * or when the kommun gave no self-assessment.
 */
export function selfAssessmentDocx(
  section: SelfAssessmentSection | undefined,
): (Paragraph | Table)[] {
  if (!section) return [];
  const swedish = section.language !== 'sv';
  const [area, evaluation, self, difference] = section.headers;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell({ text: area, bold: true }, 'header'),
      cell({ text: evaluation, bold: true, right: true }, 'header'),
      cell({ text: self, bold: true, right: true }, 'header'),
      cell({ text: difference, bold: true, right: true }, 'header'),
    ],
  });
  const rows = section.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell({ text: row.label, bold: row.sum, sv: swedish && row.labelSv }, row.sum),
          cell({ text: row.evaluation, bold: row.sum, right: true }, row.sum),
          cell({ text: row.self, bold: row.sum, right: true }, row.sum),
          cell({ text: row.difference, bold: row.sum, right: true }, row.sum),
        ],
      }),
  );
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      keepNext: true,
      children: [new TextRun({ text: section.title })],
    }),
    new Paragraph({ keepNext: true, children: [run({ text: section.intro })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: WIDTHS.map((w) => Math.round((w / 100) * TEXT_WIDTH)),
      rows: [header, ...rows],
    }),
  ];
}

function run(cell: Cell): TextRun {
  return new TextRun({
    text: cell.text,
    font: FONT,
    ...(cell.bold ? { bold: true } : {}),
    ...(cell.sv ? { language: { value: 'sv-SE' } } : {}),
  });
}

/** A cell with the report's rules: a strong rule under the header and over the total. */
function cell(content: Cell, kind: 'header' | boolean): TableCell {
  const bottom = kind === 'header' ? STRONG_RULE : RULE;
  return new TableCell({
    borders: { top: kind === true ? STRONG_RULE : NONE, left: NONE, right: NONE, bottom },
    margins: CELL_MARGINS,
    children: [
      new Paragraph({
        alignment: content.right ? AlignmentType.RIGHT : undefined,
        spacing: { after: 0 },
        keepNext: kind !== true,
        children: [run(content)],
      }),
    ],
  });
}
