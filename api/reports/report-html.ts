import { findingRows } from './finding-rows';
import { htmlText as esc } from './html-text';
import type { ReportModel, ReportOverviewRow } from './report-model';
import { escapeXml, radarSvg } from './report-radar';
import { reportTexts } from './report-texts';
import type { TextBlock } from './rich-text';
import { selfAssessmentSectionHtml } from './self-assessment-section';

/** User text standing alone (a list item, a name in a list): isolated as it is. */
const user = (text: string) => `<bdi>${escapeXml(text)}</bdi>`;

/**
 * Text for places that cannot isolate (a CSS footer, a meta attribute, Word's properties): the
 * bidi controls taken out, so an override in a name reverses nothing there.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** A text for CSS `content: "…"`: every character that is not a letter or digit escaped. */
export function cssString(text: string): string {
  return `"${[...withoutBidiControls(text)]
    .map((ch) => (/^[\p{L}\p{N} .,:–-]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)?.toString(16)} `))
    .join('')}"`;
}

/**
 * The report as one self-contained HTML document (styles inline, radar as inline SVG): read in
 * the app, saved as a file, or printed. The print stylesheet paginates on A4: the cover alone
 * with no page footer, each main section on a new page, tables and short lists kept whole.
 */
export function reportHtml(model: ReportModel): string {
  const t = reportTexts(model.language);
  // In an English report, what stays Swedish (rubric texts, findings) says so.
  const sv = (on: boolean) => (on && model.language !== 'sv' ? ' lang="sv"' : '');
  const findingsSv = sv(true);
  const shown = (value: number | null) => (value === null ? '–' : String(value));
  const percent = (value: number | null) => (value === null ? '–' : `${value}%`);
  const incomplete = (complete: boolean) =>
    complete ? '' : ` <span class="incomplete">(${t.incomplete})</span>`;
  const blocks = (items: readonly TextBlock[], lang = '') =>
    items
      .map((block) =>
        block.kind === 'p'
          ? `<p${lang}>${esc(block.text)}</p>`
          : `<ul${lang}>${block.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`,
      )
      .join('\n');
  const list = (items: readonly string[]) =>
    items.length === 0
      ? `<p class="none">${t.none}</p>`
      : `<ul${findingsSv}>${items.map((item) => `<li>${user(item)}</li>`).join('')}</ul>`;
  const overviewRow = (row: ReportOverviewRow, sum = false) =>
    `<tr${sum ? ' class="sum"' : ''}><th scope="row">${sum ? '' : esc(row.id)}</th><td class="text"${sum ? '' : sv(true)}>${esc(
      row.text,
    )}</td><td class="num">${shown(row.points)}</td><td class="num">${row.max}</td><td class="num">${percent(row.percent)}</td></tr>`;
  const footerTitle = `${withoutBidiControls(model.title)} ${model.monthYear}${model.draft ? ` (${t.draft})` : ''}`;

  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${escapeXml(withoutBidiControls(model.evaluators.join(', ')))}">
<title>${escapeXml(`${t.product}: ${model.title} ${model.monthYear}${model.draft ? ` (${t.draft})` : ''}`)}</title>
<style>${STYLES}
@page { @bottom-left { content: ${cssString(footerTitle)}; } @bottom-right { content: ${cssString(`${t.page} `)} counter(page) " / " counter(pages); } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
</style>
</head>
<body${model.draft ? ' class="draft"' : ''}>`);
  if (model.draft) {
    parts.push(`<div class="watermark" aria-hidden="true">${t.draft.toUpperCase()}</div>`);
  }
  parts.push(`<header class="cover">
<p class="product">${t.product}</p>
<h1><span class="analysis">${esc(model.cover.analysisOf)}</span> <span class="kommun">${esc(model.cover.kommun)}</span> <span class="month">${esc(model.monthYear)}</span></h1>
<div class="evaluators"><p class="label">${t.evaluators}</p>${model.cover.evaluatorLines.map((line) => `<p>${esc(line)}</p>`).join('')}</div>
<p class="rubric"><span class="label">${t.rubric}:</span> ${esc(model.rubric.title)}</p>
${model.draft ? `<p class="draft-notice" role="note">${esc(t.draftNotice)}</p>` : ''}
<p class="publisher"><span class="visually-hidden">${t.publisher}: </span>${esc(model.cover.publisher)}</p>
</header>
<main>
<nav class="contents" aria-labelledby="innehall"><h2 id="innehall">${t.contents}</h2>
<ol>${model.contents.map((entry) => `<li${entry.anchor.startsWith('omrade-') ? ' class="sub"' : ''}><a href="#${entry.anchor}"${sv(entry.sv)}>${esc(entry.title)}</a></li>`).join('')}</ol>
</nav>
<section class="chapter first" id="vad-ar-kommunkompassen">
<h2>${t.section1}</h2>
${blocks(model.intro.blocks, sv(model.intro.sv))}
</section>
<section class="chapter" id="sammanfattande-genomgang">
<h2>${esc(t.section2(model.kommun.official))}</h2>
<h3>${t.theEvaluation}</h3>
<p class="method">${esc(model.method)}</p>
<h3>${t.resultSummary}</h3>
<table class="results">
<caption>${esc(model.results.caption)}</caption>
<thead><tr><th scope="col">${t.area}</th><th scope="col" class="num">${esc(t.result(model.year))}</th></tr></thead>
<tbody>
${model.results.rows
  .map(
    (row) =>
      `<tr><th scope="row"><span${sv(row.sv)}>${esc(row.title)}</span>${incomplete(row.complete)}</th><td class="num">${shown(row.points)}</td></tr>`,
  )
  .join('\n')}
</tbody>
<tfoot><tr><th scope="row">${t.total}${incomplete(model.results.complete)}</th><td class="num">${shown(model.results.total)}</td></tr></tfoot>
</table>
<div class="radar-block">
<p>${esc(model.radar.intro)}${model.radar.basis ? ` ${esc(model.radar.basis)}` : ''}</p>
${model.radar.indicative ? `<p class="indicative">${esc(t.indicative)}</p>` : ''}
<figure class="radar">${radarSvg(model.radar)}</figure>
</div>
${
  model.comparisons.blocks.length > 0
    ? `<div class="comparisons"><h3>${t.comparisons}</h3>\n${blocks(model.comparisons.blocks, sv(model.comparisons.sv))}</div>`
    : ''
}
</section>
<section class="chapter" id="huvudomraden">
<h2>${t.section3}</h2>`);
  // A side that has run out leaves its cell empty in the rows after; an empty side says "–".
  const findingCell = (items: readonly string[], first: boolean) =>
    items.length > 0 || first ? list(items) : '';
  for (const area of model.areas) {
    const rows = findingRows(area.strengths, area.improvements);
    parts.push(`<section class="area" id="omrade-${esc(area.id)}">
<div class="area-head">
<h3><span${sv(area.headingSv)}>${esc(area.heading)}</span>${incomplete(area.complete)}</h3>
<table class="headings">
<thead><tr><th scope="col">${t.headings}</th><th scope="col" class="points-head">${t.points}</th></tr></thead>
<tbody><tr><td><ul${sv(true)}>${area.headings.map((h) => `<li>${esc(h)}</li>`).join('')}</ul></td><td class="points">${shown(area.points)}</td></tr></tbody>
</table>
</div>
${area.general.blocks.length > 0 ? `<h4>${t.general}</h4>\n${blocks(area.general.blocks, sv(area.general.sv))}` : ''}
<h4>${t.summary}</h4>
${area.summary.length > 0 ? blocks(area.summary, findingsSv) : `<p class="none">${t.none}</p>`}
<table class="findings${rows.length === 1 ? ' short' : ''}">
<thead><tr><th scope="col">${t.strengths}</th><th scope="col">${t.improvements}</th></tr></thead>
<tbody>${rows.map((row, i) => `<tr><td>${findingCell(row.strengths, i === 0)}</td><td>${findingCell(row.improvements, i === 0)}</td></tr>`).join('\n')}</tbody>
</table>
</section>`);
  }
  parts.push(`</section>
<section class="chapter" id="poangfordelning">
<h2>${t.section4}</h2>
<p>${esc(t.overviewIntro(model.language === 'sv' ? model.kommun.officialGenitive : model.kommun.official))}</p>`);
  for (const table of model.overview) {
    parts.push(`<table class="overview">
<thead><tr><th scope="col" class="id">${esc(table.id)}.</th><th scope="col" class="text"><span${sv(table.titleSv)}>${esc(table.title)}</span>${incomplete(table.complete)}</th><th scope="col" class="num">${t.achieved}</th><th scope="col" class="num">${t.max}</th><th scope="col" class="num">${t.percent}</th></tr></thead>
<tbody>
${table.rows.map((row) => overviewRow(row)).join('\n')}
</tbody>
<tfoot>${overviewRow(table.sum, true)}</tfoot>
</table>`);
  }
  parts.push('</section>');
  parts.push(selfAssessmentSectionHtml(model.selfAssessment));
  if (model.facts.length > 0) {
    parts.push(`<section class="tail" id="kortfakta">
<h2>${t.section5}</h2>
<table class="facts"><tbody>
${model.facts.map(([label, value]) => `<tr><th scope="row">${esc(label)}</th><td${findingsSv}>${esc(value)}</td></tr>`).join('\n')}
</tbody></table>
</section>`);
  }
  if (model.documents.length > 0) {
    parts.push(`<section class="tail" id="bilaga">
<h2>${t.appendix}</h2>
<p>${t.appendixIntro}</p>
<table class="documents">
<thead><tr><th scope="col">${t.document}</th><th scope="col" class="date">${t.date}</th></tr></thead>
<tbody>
${model.documents.map((doc) => `<tr><td${findingsSv}>${esc(doc.title)}${doc.reference && doc.reference !== doc.title ? `<br><span class="reference">${esc(doc.reference)}</span>` : ''}</td><td class="date">${doc.date ? esc(doc.date) : '–'}</td></tr>`).join('\n')}
</tbody>
</table>
</section>`);
  }
  parts.push(`</main>
</body>
</html>
`);
  return parts.join('\n');
}

const SANS = 'Arial, "Liberation Sans", "DejaVu Sans", Helvetica, sans-serif';

const STYLES = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; font: 11pt/1.5 ${SANS}; color: #1f2430; background: #fff; overflow-wrap: anywhere; word-break: break-word; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; color: #0b4f8a; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.cover { min-height: 60vh; display: flex; flex-direction: column; border-bottom: 3px solid #0b4f8a; margin-bottom: 2rem; padding-top: 4rem; }
.cover .product { font-size: 1.6rem; letter-spacing: .04em; color: #0b4f8a; margin: 0 0 3rem; font-weight: bold; }
.cover h1 { font-size: 2.2rem; line-height: 1.25; margin: 0 0 3rem; }
.cover h1 span { display: block; }
/* The kommun's name is never broken across lines (a name longer than the line wraps at spaces). */
.cover h1 .kommun { font-size: 2.6rem; overflow-wrap: normal; word-break: keep-all; hyphens: none; }
.cover h1 .month { font-size: 1.6rem; font-weight: normal; margin-top: .5rem; }
.cover .evaluators p { margin: .15rem 0; }
.cover .label { font-weight: bold; }
.cover .evaluators { margin-bottom: 1.5rem; }
.cover .publisher { margin-top: auto; font-size: 1.3rem; font-weight: bold; color: #0b4f8a; padding-top: 3rem; }
.contents ol { list-style: none; padding: 0; margin: 0 0 1rem; }
.contents li { margin: .15rem 0; }
.contents li.sub { padding-left: 1.5rem; }
.contents a { color: inherit; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .95em; }
/* A long word (a URL) wraps anywhere rather than widen its column off the page. */
th, td, li, p, h1, h2, h3, h4, caption { overflow-wrap: anywhere; min-width: 0; }
caption { text-align: left; font-weight: bold; padding-bottom: .4rem; }
th, td { border-bottom: 1px solid #c8ccd2; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #1f2430; padding-bottom: .4rem; }
tbody tr:first-child th, tbody tr:first-child td { padding-top: .5rem; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td, tr.sum td { font-weight: bold; border-top: 2px solid #1f2430; }
table.results { max-width: 34rem; }
table.overview .id { width: 3rem; }
table.overview tbody th { font-weight: normal; }
table.headings ul, table.findings ul { margin: 0; padding-left: 1.1rem; }
table.headings .points-head { text-align: center; width: 7rem; }
table.headings .points { font-size: 1.8rem; font-weight: bold; text-align: center; vertical-align: middle; width: 7rem; }
table.findings, table.headings { table-layout: fixed; }
table.findings th, table.findings td { width: 50%; }
/* A long table's rows read as one: rules and gaps only around the whole. */
table.findings tbody tr:not(:last-child) td { border-bottom: none; padding-bottom: 0; }
table.findings tbody tr + tr td { padding-top: .15rem; }
table.documents .date { width: 8rem; white-space: nowrap; }
.reference { color: #5b6270; font-size: .9em; }
.incomplete, .none { color: #5b6270; font-style: italic; font-weight: normal; }
.indicative { font-weight: bold; color: #8a4b00; }
figure.radar { margin: .5rem 0; text-align: center; }
figure.radar svg { max-width: 100%; height: auto; }
.facts th { width: 14rem; }
.draft-notice { border: 2px solid #a3141b; color: #a3141b; padding: .5rem .75rem; font-weight: bold; }
.watermark { position: fixed; top: 42%; left: 0; right: 0; text-align: center; transform: rotate(-30deg); font: bold 7rem/1 ${SANS}; color: rgba(163, 20, 27, .12); pointer-events: none; z-index: 10; }
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-left { font: 8pt ${SANS}; color: #5b6270; } @bottom-right { font: 8pt ${SANS}; color: #5b6270; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .cover { height: 250mm; min-height: 0; border-bottom: none; break-after: page; padding-top: 20mm; }
  .chapter { break-before: page; }
  .chapter.first { break-before: auto; }
  .contents h2 { margin-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  .area-head, tr, li, figure.radar, table.results, table.headings, table.overview, table.findings.short, .comparisons { break-inside: avoid; }
  /* A long table's rows (three bullets or more each, finding-rows.ts) break between them only. */
  table.findings { break-before: avoid; }
  .radar-block { break-inside: avoid; }
  figure.radar svg { width: 165mm; }
  table.results th, table.results td { padding: .15rem .5rem; }
  table.findings thead, table.documents thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
