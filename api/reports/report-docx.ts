import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { findingRows } from './finding-rows';
import { withoutBidiControls } from './report-html';
import type { ReportModel, ReportOverviewRow } from './report-model';
import { svgToPng } from './report-png';
import { radarSvg } from './report-radar';
import { reportTexts } from './report-texts';
import type { TextBlock } from './rich-text';
import { selfAssessmentDocx } from './self-assessment-docx';

/** The PDF names the same font first (report-html.ts), so both look alike where Arial exists. */
const FONT = 'Arial';
const BLUE = '0B4F8A';
const GREY = '5B6270';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'C8CCD2' } as const;
const STRONG_RULE = { style: BorderStyle.SINGLE, size: 12, color: '1F2430' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LANGUAGE = { sv: 'sv-SE', en: 'en-GB' } as const;
/** Space between a cell's text and its rules (twips): the header rule never touches the text. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

/** Text of a run, and whether it stays Swedish in an English report (rubric texts, findings). */
let swedishRun: { language: { value: string } } | Record<string, never> = {};

/**
 * The report as an editable Word document: real headings (Rubrik 1-3), tables and bulleted
 * lists, the radar as an image with alternative text, page numbers in the footer (none on the
 * cover), "UTKAST" in every page's header while the evaluation is not published, the document's
 * language, author and title set.
 */
export async function reportDocx(model: ReportModel): Promise<Buffer> {
  const t = reportTexts(model.language);
  swedishRun = model.language === 'sv' ? {} : { language: { value: LANGUAGE.sv } };
  const radar = svgToPng(radarSvg(model.radar), 1200);
  const children: (Paragraph | Table)[] = [];
  const blocks = (items: readonly TextBlock[], sv: boolean) => {
    for (const block of items) {
      if (block.kind === 'p') children.push(para(block.text, { sv }));
      else for (const item of block.items) children.push(bullet(item, sv));
    }
  };
  const incomplete = (complete: boolean) => (complete ? '' : ` (${t.incomplete})`);

  // Cover: title, kommun (never broken: its spaces are non-breaking), month, team, publisher.
  children.push(
    new Paragraph({ spacing: { before: 1200 }, children: [] }),
    para(t.product, { size: 40, color: BLUE, bold: true, after: 1200 }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { after: 120 },
      children: [new TextRun({ text: model.cover.analysisOf, font: FONT, size: 44, bold: true })],
    }),
    para(model.cover.kommun.replace(/ /g, '\u00a0'), { size: 56, bold: true, after: 120 }),
    para(model.monthYear, { size: 32, after: 1200 }),
    para(t.evaluators, { bold: true, after: 60 }),
    ...model.cover.evaluatorLines.map((line) => para(line, { after: 60 })),
    new Paragraph({
      spacing: { before: 360 },
      children: [
        new TextRun({ text: `${t.rubric}: `, bold: true, font: FONT }),
        run(model.rubric.title),
      ],
    }),
  );
  if (model.draft) children.push(para(t.draftNotice, { bold: true, color: 'A3141B', before: 480 }));
  children.push(para(model.cover.publisher, { size: 28, bold: true, color: BLUE, before: 2400 }));

  // Contents, then 1 Vad är Kommunkompassen? on the same page
  children.push(heading(t.contents, HeadingLevel.HEADING_1, true));
  for (const entry of model.contents) {
    children.push(
      new Paragraph({
        spacing: { after: 40 },
        indent: entry.anchor.startsWith('omrade-') ? { left: 400 } : undefined,
        children: [run(entry.title, { sv: entry.sv })],
      }),
    );
  }
  children.push(heading(t.section1, HeadingLevel.HEADING_1));
  blocks(model.intro.blocks, model.intro.sv);

  // 2 Sammanfattande genomgång
  children.push(
    heading(t.section2(model.kommun.official), HeadingLevel.HEADING_1, true),
    heading(t.theEvaluation, HeadingLevel.HEADING_2),
    para(model.method),
    heading(t.resultSummary, HeadingLevel.HEADING_2),
    para(model.results.caption, { bold: true, keepNext: true }),
    table(
      [70, 30],
      [
        headerRow([t.area, t.result(model.year)], ['left', 'right']),
        ...model.results.rows.map((row) =>
          dataRow([
            cellText(`${row.title}${incomplete(row.complete)}`, { keepNext: true, sv: row.sv }),
            cellText(shown(row.points), { right: true, keepNext: true }),
          ]),
        ),
        dataRow([
          cellText(`${t.total}${incomplete(model.results.complete)}`, { bold: true, sum: true }),
          cellText(shown(model.results.total), { right: true, bold: true, sum: true }),
        ]),
      ],
    ),
    para(`${model.radar.intro}${model.radar.basis ? ` ${model.radar.basis}` : ''}`, {
      before: 200,
      keepNext: true,
    }),
  );
  if (model.radar.indicative) {
    children.push(para(t.indicative, { bold: true, color: '8A4B00', keepNext: true }));
  }
  const imageWidth = 440; // points wide: with its legend below, it stays on the page with Table 1
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepLines: true,
      children: [
        new ImageRun({
          type: 'png',
          data: radar.png,
          transformation: {
            width: imageWidth,
            height: Math.round((imageWidth * radar.height) / radar.width),
          },
          altText: { name: 'radar', title: model.radar.title, description: model.radar.desc },
        }),
      ],
    }),
  );
  if (model.comparisons.blocks.length > 0) {
    children.push(heading(t.comparisons, HeadingLevel.HEADING_2));
    blocks(model.comparisons.blocks, model.comparisons.sv);
  }

  // 3 Per area
  children.push(heading(t.section3, HeadingLevel.HEADING_1, true));
  for (const area of model.areas) {
    children.push(
      heading(
        `${area.heading}${incomplete(area.complete)}`,
        HeadingLevel.HEADING_2,
        false,
        area.headingSv,
      ),
      table(
        [78, 22],
        [
          headerRow([t.headings, t.points], ['left', 'center']),
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                borders: cellBorders(),
                margins: CELL_MARGINS,
                children: area.headings.map((h) => bullet(h, true)),
              }),
              new TableCell({
                borders: cellBorders(),
                margins: CELL_MARGINS,
                verticalAlign: VerticalAlign.CENTER,
                children: [
                  para(shown(area.points), { size: 40, bold: true, center: true, after: 0 }),
                ],
              }),
            ],
          }),
        ],
      ),
    );
    if (area.general.blocks.length > 0) {
      children.push(heading(t.general, HeadingLevel.HEADING_3));
      blocks(area.general.blocks, area.general.sv);
    }
    children.push(heading(t.summary, HeadingLevel.HEADING_3));
    if (area.summary.length === 0) children.push(para(t.none, { color: GREY }));
    blocks(area.summary, true);
    children.push(
      table(
        [50, 50],
        [
          headerRow([t.strengths, t.improvements], ['left', 'left']),
          // As in the PDF (finding-rows.ts): a long table in rows of three bullets or more, each
          // row kept on one page, so Word breaks between rows and never leaves one or two alone.
          ...findingRows(area.strengths, area.improvements).map(
            (row, index, rows) =>
              new TableRow({
                cantSplit: true,
                children: [row.strengths, row.improvements].map(
                  (items) =>
                    new TableCell({
                      borders:
                        index < rows.length - 1
                          ? { ...cellBorders(), bottom: NONE }
                          : cellBorders(),
                      margins: CELL_MARGINS,
                      children:
                        items.length === 0
                          ? [index === 0 ? para(t.none, { color: GREY }) : para('')]
                          : items.map((item) => bullet(item, true)),
                    }),
                ),
              }),
          ),
        ],
      ),
    );
  }

  // 4 Översikt av poängfördelning
  children.push(
    heading(t.section4, HeadingLevel.HEADING_1, true),
    para(
      t.overviewIntro(
        model.language === 'sv' ? model.kommun.officialGenitive : model.kommun.official,
      ),
    ),
  );
  for (const overview of model.overview) {
    // Every row but the sum keeps with the next: an area's table stays on one page.
    const row = (r: ReportOverviewRow, sum: boolean) => {
      const options = { bold: sum, sum, keepNext: !sum };
      return dataRow([
        cellText(sum ? '' : r.id, options),
        cellText(r.text, { ...options, sv: !sum }),
        cellText(shown(r.points), { ...options, right: true }),
        cellText(String(r.max), { ...options, right: true }),
        cellText(r.percent === null ? '–' : `${r.percent}%`, { ...options, right: true }),
      ]);
    };
    children.push(
      table(
        [7, 59, 13, 8, 13],
        [
          headerRow(
            [
              `${overview.id}.`,
              `${overview.title}${incomplete(overview.complete)}`,
              t.achieved,
              t.max,
              t.percent,
            ],
            ['left', 'left', 'right', 'right', 'right'],
            [false, overview.titleSv, false, false, false],
          ),
          ...overview.rows.map((r) => row(r, false)),
          row(overview.sum, true),
        ],
      ),
      new Paragraph({ children: [] }),
    );
  }

  children.push(...selfAssessmentDocx(model.selfAssessment));
  // 5 Kortfakta (only when it says more than the kommunkod), then the documents read
  if (model.facts.length > 0) {
    children.push(
      heading(t.section5, HeadingLevel.HEADING_1),
      table(
        [35, 65],
        model.facts.map(([label, value]) =>
          dataRow([cellText(label, { bold: true }), cellText(value, { sv: true })]),
        ),
      ),
    );
  }
  if (model.documents.length > 0) {
    children.push(
      heading(t.appendix, HeadingLevel.HEADING_1),
      para(t.appendixIntro),
      table(
        [80, 20],
        [
          headerRow([t.document, t.date], ['left', 'left']),
          ...model.documents.map((doc) =>
            dataRow([
              cellText(
                doc.reference && doc.reference !== doc.title
                  ? `${doc.title} (${doc.reference})`
                  : doc.title,
                { sv: true },
              ),
              cellText(doc.date ?? '–'),
            ]),
          ),
        ],
      ),
    );
  }

  const document = new Document({
    creator: withoutBidiControls(model.evaluators.join(', ')) || t.product,
    lastModifiedBy: t.product,
    title: withoutBidiControls(`${model.title} ${model.monthYear}`),
    subject: t.product,
    description: withoutBidiControls(`${t.product}: ${model.title}`),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, language: { value: LANGUAGE[model.language] } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: BLUE },
          paragraph: { spacing: { before: 240, after: 160 } },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
        title: { run: { font: FONT, size: 52, bold: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: 'bullet',
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: model.draft
              ? [
                  para(t.draft.toUpperCase(), {
                    size: 48,
                    bold: true,
                    color: 'D9A0A3',
                    center: true,
                  }),
                ]
              : [],
          }),
        },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 16,
                    color: GREY,
                    children: [
                      `${withoutBidiControls(model.title)} ${model.monthYear} · ${t.page} `,
                      PageNumber.CURRENT,
                      ' / ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

const shown = (value: number | null) => (value === null ? '–' : String(value));

interface TextOptions {
  /** Keep with the next paragraph: set on every row but a table's last keeps it on one page. */
  keepNext?: boolean;
  bold?: boolean;
  size?: number;
  color?: string;
  right?: boolean;
  center?: boolean;
  before?: number;
  after?: number;
  /** Swedish text in an English report (rubric texts, findings): tagged sv-SE. */
  sv?: boolean;
}

function para(text: string, options: TextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: options.right
      ? AlignmentType.RIGHT
      : options.center
        ? AlignmentType.CENTER
        : undefined,
    spacing: {
      ...(options.before !== undefined ? { before: options.before } : {}),
      ...(options.after !== undefined ? { after: options.after } : {}),
    },
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [run(text, options)],
  });
}

function run(text: string, options: TextOptions = {}): ParagraphChild {
  return new TextRun({
    text,
    font: FONT,
    ...(options.sv ? swedishRun : {}),
    ...(options.bold ? { bold: true } : {}),
    ...(options.size ? { size: options.size } : {}),
    ...(options.color ? { color: options.color } : {}),
  });
}

function heading(
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  pageBreak = false,
  sv = false,
) {
  return new Paragraph({
    heading: level,
    pageBreakBefore: pageBreak,
    keepNext: true,
    children: [new TextRun({ text, ...(sv ? swedishRun : {}) })],
  });
}

function bullet(text: string, sv = false): Paragraph {
  return new Paragraph({
    numbering: { reference: 'bullets', level: 0 },
    spacing: { after: 60 },
    // A bullet's lines stay on one page.
    keepLines: true,
    children: [run(text, { sv })],
  });
}

function cellBorders(strongBottom = false) {
  return { top: NONE, left: NONE, right: NONE, bottom: strongBottom ? STRONG_RULE : RULE };
}

function cellText(text: string, options: TextOptions & { sum?: boolean } = {}): TableCell {
  return new TableCell({
    borders: options.sum ? { ...cellBorders(), top: STRONG_RULE } : cellBorders(),
    margins: CELL_MARGINS,
    children: [para(text, { ...options, after: 0 })],
  });
}

function headerRow(
  labels: string[],
  align: ('left' | 'right' | 'center')[],
  sv: boolean[] = [],
): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map(
      (label, index) =>
        new TableCell({
          borders: cellBorders(true),
          margins: CELL_MARGINS,
          children: [
            para(label, {
              bold: true,
              right: align[index] === 'right',
              center: align[index] === 'center',
              after: 0,
              keepNext: true,
              sv: sv[index] ?? false,
            }),
          ],
        }),
    ),
  });
}

function dataRow(cells: TableCell[]): TableRow {
  return new TableRow({ cantSplit: true, children: cells });
}

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w / 100) * 9638)),
    rows,
  });
}
