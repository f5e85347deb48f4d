import {
  gridLevels,
  labelPlacement,
  polygonPath,
  radarPoint,
  radarPolygon,
  ringLabelPoint,
} from '../../scoring/radar-geometry';
import type { ReportRadar } from './report-model';

/** The same colours and greyscale-safe dashes as the app's radar (web/charts). */
export const SERIES_COLOURS = [
  '#0b4f8a',
  '#a3141b',
  '#1b6b2f',
  '#6b2fa3',
  '#8a4b00',
  '#00626b',
  '#a3146b',
  '#4a4a4a',
];
export const SERIES_DASHES = [
  '',
  '6 4',
  '2 3',
  '8 3 2 3',
  '12 4',
  '10 3 2 3 2 3',
  '16 3 4 3',
  '1 5',
];
// Eight series with a marker each: the subject, chosen results, the kommun's self-assessment.
const MARKERS = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'cross',
  'circle',
  'square',
  'diamond',
] as const;

// Sized for print: the SVG is set 170 mm wide, so 20 units of text print at about 10 pt.
const RADIUS = 175;
const WIDTH = 980;
const CENTRE_X = WIDTH / 2;
const LEGEND_ROW = 30;
const FONT = 19;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function marker(kind: (typeof MARKERS)[number], x: number, y: number, colour: string): string {
  const at = (dx: number, dy: number) => `${x + dx},${y + dy}`;
  switch (kind) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="3.5" fill="${colour}"/>`;
    case 'square':
      return `<rect x="${x - 3.5}" y="${y - 3.5}" width="7" height="7" fill="${colour}"/>`;
    case 'diamond':
      return `<polygon points="${at(0, -4.5)} ${at(4.5, 0)} ${at(0, 4.5)} ${at(-4.5, 0)}" fill="${colour}"/>`;
    case 'triangle':
      return `<polygon points="${at(0, -4.5)} ${at(4.5, 4)} ${at(-4.5, 4)}" fill="${colour}"/>`;
    default:
      return `<path d="M${at(-4, -4)} L${at(4, 4)} M${at(4, -4)} L${at(-4, 4)}" stroke="${colour}" stroke-width="2"/>`;
  }
}

/**
 * The report's radar as a standalone SVG document: title and description for screen readers,
 * area labels, grid rings 20..100, one polygon per series with its own colour, dash and marker
 * (readable in greyscale print), values printed at the points of the first series, and a legend.
 * Text names Arial, as the PDF and the Word file do, so the rasterised copy in Word looks the same.
 */
export function radarSvg(radar: ReportRadar): string {
  // The legend sits under the chart, one series a row, so a long label never runs off the side.
  const legendHeight = radar.series.length * LEGEND_ROW + 10;
  const height = 2 * RADIUS + 80 + legendHeight;
  const cx = CENTRE_X;
  const cy = RADIUS + 40;
  const maxes = radar.axes.map((axis) => axis.max);
  const count = radar.axes.length;
  const out: string[] = [];
  const ringLabels: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="radar-title radar-desc" font-family="Arial, Liberation Sans, DejaVu Sans, sans-serif" font-size="${FONT}">`,
    `<title id="radar-title">${escapeXml(radar.title)}</title>`,
    `<desc id="radar-desc">${escapeXml(radar.desc)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<g transform="translate(${cx},${cy})">`,
  );
  for (const level of gridLevels(100, 5)) {
    const ring = radar.axes.map((_, i) => radarPoint(level, 100, i, count, RADIUS));
    out.push(`<path d="${polygonPath(ring)}" fill="none" stroke="#c8ccd2" stroke-width="1"/>`);
  }
  // Ring values between the last axis and the first, with a white halo over the polygons' lines.
  for (const level of gridLevels(100, 5)) {
    const at = ringLabelPoint(level, 100, count, RADIUS);
    ringLabels.push(
      `<text x="${at.x}" y="${at.y + 4}" text-anchor="middle" fill="#5b6270" font-size="15" stroke="#ffffff" stroke-width="3" paint-order="stroke">${level}</text>`,
    );
  }
  radar.axes.forEach((axis, i) => {
    const end = radarPoint(axis.max, axis.max, i, count, RADIUS);
    out.push(`<line x1="0" y1="0" x2="${end.x}" y2="${end.y}" stroke="#c8ccd2" stroke-width="1"/>`);
    const label = labelPlacement(i, count, RADIUS + 6);
    out.push(
      `<text x="${label.x}" y="${label.y + 4}" text-anchor="${label.anchor}" fill="#1f2430"${radar.axesSv ? ' lang="sv"' : ''}>${escapeXml(axis.label)}</text>`,
    );
  });
  radar.series.forEach((series, s) => {
    const colour = SERIES_COLOURS[s % SERIES_COLOURS.length] as string;
    const dash = SERIES_DASHES[s % SERIES_DASHES.length] as string;
    const stroke = `stroke="${colour}" stroke-width="${s === 0 ? 3 : 2}"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
    const complete = series.values.every((value) => value !== null);
    if (complete) {
      const points = radarPolygon(series.values, maxes, RADIUS);
      out.push(
        `<path d="${polygonPath(points)}" fill="${s === 0 ? `${colour}22` : 'none'}" ${stroke}/>`,
      );
    }
    // An area without points (a draft mid-visit) is a gap: lines only between scored neighbours.
    const points = series.values.map((value, i) =>
      value === null ? null : radarPoint(value, maxes[i] as number, i, count, RADIUS),
    );
    if (!complete) {
      points.forEach((point, i) => {
        const next = points[(i + 1) % points.length];
        if (point && next) {
          out.push(
            `<line x1="${point.x}" y1="${point.y}" x2="${next.x}" y2="${next.y}" ${stroke}/>`,
          );
        }
      });
    }
    for (const point of points) {
      if (point)
        out.push(marker(MARKERS[s % MARKERS.length] ?? 'circle', point.x, point.y, colour));
    }
  });
  out.push(...ringLabels, '</g>');
  const legendTop = cy + RADIUS + 60;
  radar.series.forEach((series, s) => {
    const colour = SERIES_COLOURS[s % SERIES_COLOURS.length] as string;
    const dash = SERIES_DASHES[s % SERIES_DASHES.length] as string;
    const y = legendTop + s * LEGEND_ROW;
    const x = 50;
    out.push(
      `<line x1="${x}" y1="${y}" x2="${x + 40}" y2="${y}" stroke="${colour}" stroke-width="${s === 0 ? 3 : 2}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      marker(MARKERS[s % MARKERS.length] ?? 'circle', x + 20, y, colour),
      `<text x="${x + 52}" y="${y + 4}" fill="#1f2430">${escapeXml(series.label)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}
