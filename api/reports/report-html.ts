import { htmlText as esc } from './html-text';
import type { ReportModel, ReportOverviewRow } from './report-model';
import { escapeXml, radarSvg } from './report-radar';
import { reportTexts } from './report-texts';
import { selfAssessmentSectionHtml } from './self-assessment-section';

/** User text standing alone (a list item, a name in a list): isolated as it is. */
const user = (text: string) => `<bdi>${escapeXml(text)}</bdi>`;

/**
 * The report as one self-contained HTML document (styles inline, radar as inline SVG): read in
 * the app, saved as a file, or printed. The print stylesheet paginates on A4: the cover alone,
 * each main section on a new page, no table row or area table split across pages.
 */
export function reportHtml(model: ReportModel): string {
  const t = reportTexts(model.language);
  const shown = (value: number | null) => (value === null ? '–' : String(value));
  const percent = (value: number | null) => (value === null ? '–' : `${value}%`);
  const list = (items: readonly string[]) =>
    items.length === 0
      ? `<p class="none">${t.none}</p>`
      : `<ul>${items.map((item) => `<li>${user(item)}</li>`).join('')}</ul>`;
  const overviewRow = (row: ReportOverviewRow, sum = false) =>
    `<tr${sum ? ' class="sum"' : ''}><th scope="row">${sum ? '' : esc(row.id)}</th><td class="text">${esc(
      sum ? row.text : row.text,
    )}</td><td class="num">${shown(row.points)}</td><td class="num">${row.max}</td><td class="num">${percent(row.percent)}</td></tr>`;

  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(`${t.product}: ${model.title} ${model.monthYear}${model.draft ? ` (${t.draft})` : ''}`)}</title>
<style>${STYLES}</style>
</head>
<body${model.draft ? ' class="draft"' : ''}>`);
  if (model.draft) {
    parts.push(`<div class="watermark" aria-hidden="true">${t.draft.toUpperCase()}</div>`);
  }
  parts.push(`<header class="cover">
<p class="product">${t.product}</p>
<h1>${esc(model.title)}</h1>
<p class="month">${esc(model.monthYear)}</p>
<p class="evaluators"><span class="label">${t.evaluators}:</span> ${model.evaluators.map(esc).join(', ')}</p>
<p class="rubric"><span class="label">${t.rubric}:</span> ${esc(model.rubric.title)}</p>
${model.draft ? `<p class="draft-notice" role="note">${esc(t.draftNotice)}</p>` : ''}
</header>
<main>
<section class="chapter" id="vad-ar-kommunkompassen">
<h2>${t.section1}</h2>
${model.intro.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<ul>${model.intro.list.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>
<p>${esc(model.intro.after)}</p>
</section>
<section class="chapter" id="sammanfattande-genomgang">
<h2>${esc(t.section2(model.kommun.official))}</h2>
<h3>${t.theEvaluation}</h3>
<p>${esc(model.method)}</p>
<h3>${t.resultSummary}</h3>
<table class="results">
<caption>${esc(model.results.caption)}</caption>
<thead><tr><th scope="col">${t.area}</th><th scope="col" class="num">${esc(t.result(model.year))}</th></tr></thead>
<tbody>
${model.results.rows
  .map(
    (row) =>
      `<tr><th scope="row">${esc(row.title)}${row.complete ? '' : ` <span class="incomplete">(${t.incomplete})</span>`}</th><td class="num">${shown(row.points)}</td></tr>`,
  )
  .join('\n')}
</tbody>
<tfoot><tr><th scope="row">${t.total}${model.results.complete ? '' : ` <span class="incomplete">(${t.incomplete})</span>`}</th><td class="num">${shown(model.results.total)}</td></tr></tfoot>
</table>
<div class="radar-block">
<p>${esc(model.radar.intro)}</p>
${model.radar.indicative ? `<p class="indicative">${esc(t.indicative)}</p>` : ''}
<figure class="radar">${radarSvg(model.radar)}</figure>
</div>
</section>
<section class="chapter" id="huvudomraden">
<h2>${t.section3}</h2>`);
  for (const area of model.areas) {
    parts.push(`<section class="area" id="omrade-${esc(area.id)}">
<h3>${esc(area.heading)}</h3>
<table class="headings">
<thead><tr><th scope="col">${t.headings}</th><th scope="col" class="num">${t.points}</th></tr></thead>
<tbody><tr><td><ul>${area.headings.map((h) => `<li>${esc(h)}</li>`).join('')}</ul></td><td class="num points">${shown(area.points)}</td></tr></tbody>
</table>
<h4>${t.summary}</h4>
${
  area.summary.trim()
    ? area.summary
        .split(/\n{2,}/)
        .map((p) => `<p>${esc(p.trim())}</p>`)
        .join('\n')
    : `<p class="none">${t.none}</p>`
}
<table class="findings">
<thead><tr><th scope="col">${t.strengths}</th><th scope="col">${t.improvements}</th></tr></thead>
<tbody><tr><td>${list(area.strengths)}</td><td>${list(area.improvements)}</td></tr></tbody>
</table>
</section>`);
  }
  parts.push(`</section>
<section class="chapter" id="poangfordelning">
<h2>${t.section4}</h2>
<p>${esc(t.overviewIntro(model.kommun))}</p>`);
  for (const table of model.overview) {
    parts.push(`<table class="overview">
<thead><tr><th scope="col" class="id">${esc(table.id)}.</th><th scope="col" class="text">${esc(table.title.replace(/^\d+\.\s*/, ''))}</th><th scope="col" class="num">${t.achieved}</th><th scope="col" class="num">${t.max}</th><th scope="col" class="num">${t.percent}</th></tr></thead>
<tbody>
${table.rows.map((row) => overviewRow(row)).join('\n')}
</tbody>
<tfoot>${overviewRow(table.sum, true)}</tfoot>
</table>`);
  }
  parts.push(`</section>
${selfAssessmentSectionHtml(model.selfAssessment)}
<section class="chapter" id="kortfakta">
<h2>${t.section5}</h2>
<table class="facts"><tbody>
${model.facts.map(([label, value]) => `<tr><th scope="row">${esc(label)}</th><td>${esc(value)}</td></tr>`).join('\n')}
</tbody></table>
</section>
</main>
</body>
</html>
`);
  return parts.join('\n');
}

const STYLES = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; font: 11pt/1.5 "DejaVu Serif", Georgia, "Times New Roman", serif; color: #1f2430; background: #fff; overflow-wrap: anywhere; word-break: break-word; }
h1, h2, h3, h4, .product, caption, th { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; color: #0b4f8a; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; border-bottom: 3px solid #0b4f8a; margin-bottom: 2rem; }
.cover .product { font-size: 1.4rem; letter-spacing: .04em; color: #0b4f8a; margin: 0; }
.cover h1 { font-size: 2.4rem; margin: .5rem 0; text-transform: uppercase; }
.cover .month { font-size: 1.3rem; margin: 0 0 2rem; text-transform: uppercase; }
.cover .label { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .95em; }
/* A long word (a URL) wraps anywhere rather than widen its column off the page. */
th, td, li, p, h1, h2, h3, h4, caption { overflow-wrap: anywhere; min-width: 0; }
caption { text-align: left; font-weight: bold; padding-bottom: .4rem; }
th, td { border-bottom: 1px solid #c8ccd2; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #1f2430; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td, tr.sum td { font-weight: bold; border-top: 2px solid #1f2430; }
table.results { max-width: 34rem; }
table.overview .id { width: 3rem; }
table.overview tbody th { font-weight: normal; }
table.headings ul, table.findings ul { margin: 0; padding-left: 1.1rem; }
table.headings .points { font-size: 1.6rem; font-weight: bold; vertical-align: middle; width: 6rem; }
table.findings, table.headings { table-layout: fixed; }
table.findings th, table.findings td { width: 50%; }
.incomplete, .none { color: #5b6270; font-style: italic; }
.indicative { font-weight: bold; color: #8a4b00; }
figure.radar { margin: 1rem 0; text-align: center; }
figure.radar svg { max-width: 100%; height: auto; }
.facts th { width: 14rem; }
.draft-notice { border: 2px solid #a3141b; color: #a3141b; padding: .5rem .75rem; font-weight: bold; font-family: "DejaVu Sans", Arial, sans-serif; }
.watermark { position: fixed; top: 42%; left: 0; right: 0; text-align: center; transform: rotate(-30deg); font: bold 7rem/1 "DejaVu Sans", Arial, sans-serif; color: rgba(163, 20, 27, .12); pointer-events: none; z-index: 10; }
@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .cover { min-height: 240mm; border-bottom: none; break-after: page; }
  .chapter { break-before: page; }
  .chapter:first-of-type { break-before: auto; }
  .area + .area { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, li, figure.radar, table.results, table.headings, table.overview { break-inside: avoid; }
  table.findings tr { break-inside: auto; }
  .radar-block { break-inside: avoid; }
  figure.radar svg { width: 170mm; }
  table.results th, table.results td { padding: .2rem .5rem; }
  table.findings thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
