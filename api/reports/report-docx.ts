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
  WidthType,
} from 'docx';
import type { ReportModel, ReportOverviewRow } from './report-model';
import { svgToPng } from './report-png';
import { radarSvg } from './report-radar';
import { reportTexts } from './report-texts';

const FONT = 'Arial';
const BLUE = '0B4F8A';
const GREY = '5B6270';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'C8CCD2' } as const;
const STRONG_RULE = { style: BorderStyle.SINGLE, size: 12, color: '1F2430' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/**
 * The report as an editable Word document: real headings (Rubrik 1-3), tables and bulleted
 * lists, the radar as an image with alternative text, page numbers in the footer, and
 * "UTKAST" in every page's header while the evaluation is not published.
 */
export async function reportDocx(model: ReportModel): Promise<Buffer> {
  const t = reportTexts(model.language);
  const radar = svgToPng(radarSvg(model.radar), 1200);
  const children: (Paragraph | Table)[] = [];

  // Cover
  children.push(
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    para(t.product, { size: 40, color: BLUE }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [
        new TextRun({ text: model.title.toUpperCase(), font: FONT, size: 52, bold: true }),
      ],
    }),
    para(model.monthYear.toUpperCase(), { size: 32, after: 1200 }),
    new Paragraph({
      children: [
        new TextRun({ text: `${t.evaluators}: `, bold: true, font: FONT }),
        new TextRun({ text: model.evaluators.join(', '), font: FONT }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: `${t.rubric}: `, bold: true, font: FONT }),
        new TextRun({ text: model.rubric.title, font: FONT }),
      ],
    }),
  );
  if (model.draft) children.push(para(t.draftNotice, { bold: true, color: 'A3141B', before: 480 }));

  // 1 Vad är Kommunkompassen?
  children.push(heading(t.section1, HeadingLevel.HEADING_1, true));
  for (const paragraph of model.intro.paragraphs) children.push(para(paragraph));
  for (const item of model.intro.list) children.push(bullet(item));
  children.push(para(model.intro.after));

  // 2 Sammanfattande genomgång
  children.push(
    heading(t.section2(model.kommun.official), HeadingLevel.HEADING_1, true),
    heading(t.theEvaluation, HeadingLevel.HEADING_2),
    para(model.method),
    heading(t.resultSummary, HeadingLevel.HEADING_2),
    para(model.results.caption, { bold: true }),
    table(
      [62, 38],
      [
        headerRow([t.area, t.result(model.year)], [false, true]),
        ...model.results.rows.map((row) =>
          dataRow([
            cellText(row.complete ? row.title : `${row.title} (${t.incomplete})`, {
              keepNext: true,
            }),
            cellText(shown(row.points), { right: true, keepNext: true }),
          ]),
        ),
        dataRow([
          cellText(model.results.complete ? t.total : `${t.total} (${t.incomplete})`, {
            bold: true,
            sum: true,
          }),
          cellText(shown(model.results.total), { right: true, bold: true, sum: true }),
        ]),
      ],
    ),
    para(model.radar.intro, { before: 200, keepNext: true }),
  );
  if (model.radar.indicative) children.push(para(t.indicative, { bold: true, color: '8A4B00' }));
  const imageWidth = 560; // points wide on an A4 page with 2 cm margins
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

  // 3 Per area
  children.push(heading(t.section3, HeadingLevel.HEADING_1, true));
  model.areas.forEach((area, index) => {
    children.push(
      heading(area.heading, HeadingLevel.HEADING_2, index > 0),
      table(
        [78, 22],
        [
          headerRow([t.headings, t.points], [false, true]),
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                borders: cellBorders(),
                children: area.headings.map((h) => bullet(h)),
              }),
              new TableCell({
                borders: cellBorders(),
                children: [
                  para(shown(area.points), { size: 36, bold: true, right: true, after: 0 }),
                ],
              }),
            ],
          }),
        ],
      ),
      heading(t.summary, HeadingLevel.HEADING_3),
    );
    const paragraphs = area.summary
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paragraphs.length === 0) children.push(para(t.none, { color: GREY }));
    for (const paragraph of paragraphs) children.push(para(paragraph));
    children.push(
      table(
        [50, 50],
        [
          headerRow([t.strengths, t.improvements], [false, false]),
          new TableRow({
            children: [area.strengths, area.improvements].map(
              (items) =>
                new TableCell({
                  borders: cellBorders(),
                  children:
                    items.length === 0
                      ? [para(t.none, { color: GREY })]
                      : items.map((item) => bullet(item)),
                }),
            ),
          }),
        ],
      ),
    );
  });

  // 4 Översikt av poängfördelning
  children.push(
    heading(t.section4, HeadingLevel.HEADING_1, true),
    para(t.overviewIntro(model.kommun)),
  );
  for (const overview of model.overview) {
    // Every row but the sum keeps with the next: an area's table stays on one page.
    const row = (r: ReportOverviewRow, sum: boolean) => {
      const options = { bold: sum, sum, keepNext: !sum };
      return dataRow([
        cellText(sum ? '' : r.id, options),
        cellText(r.text, options),
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
              overview.title.replace(/^\d+\.\s*/, ''),
              t.achieved,
              t.max,
              t.percent,
            ],
            [false, false, true, true, true],
          ),
          ...overview.rows.map((r) => row(r, false)),
          row(overview.sum, true),
        ],
      ),
      new Paragraph({ children: [] }),
    );
  }

  // 5 Kortfakta
  children.push(
    heading(t.section5, HeadingLevel.HEADING_1, true),
    table(
      [35, 65],
      model.facts.map(([label, value]) =>
        dataRow([cellText(label, { bold: true }), cellText(value)]),
      ),
    ),
  );

  const document = new Document({
    creator: t.product,
    title: `${model.title} ${model.monthYear}`,
    description: `${t.product}: ${model.title}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21 },
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
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        headers: {
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
                      `${model.title} · ${t.page} `,
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
    ...(options.bold ? { bold: true } : {}),
    ...(options.size ? { size: options.size } : {}),
    ...(options.color ? { color: options.color } : {}),
  });
}

function heading(
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  pageBreak = false,
) {
  return new Paragraph({
    heading: level,
    pageBreakBefore: pageBreak,
    keepNext: true,
    children: [new TextRun({ text })],
  });
}

function bullet(text: string): Paragraph {
  return new Paragraph({
    numbering: { reference: 'bullets', level: 0 },
    spacing: { after: 60 },
    children: [run(text)],
  });
}

function cellBorders(strongBottom = false) {
  return { top: NONE, left: NONE, right: NONE, bottom: strongBottom ? STRONG_RULE : RULE };
}

function cellText(text: string, options: TextOptions & { sum?: boolean } = {}): TableCell {
  return new TableCell({
    borders: options.sum ? { ...cellBorders(), top: STRONG_RULE } : cellBorders(),
    children: [para(text, { ...options, after: 0 })],
  });
}

function headerRow(labels: string[], right: boolean[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map(
      (label, index) =>
        new TableCell({
          borders: cellBorders(true),
          children: [
            para(label, { bold: true, right: right[index] ?? false, after: 0, keepNext: true }),
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
