import type { Actor, AppDeps } from '../context';
import type { ComparisonOptions } from '../evaluations/evaluation-results';
import { loadReportModel } from './report-data';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import type { ReportModel } from './report-model';
import { PdfRenderer } from './report-pdf';
import type { ReportLanguage } from './report-texts';
import { loadSelfAssessmentSection, withSelfAssessmentSeries } from './self-assessment-section';

export const REPORT_FORMATS = ['html', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface RenderedReport {
  body: Uint8Array;
  contentType: string;
  /** e.g. `kommunkompassen-enkoping-2016-05.pdf` (`-utkast` for a draft). */
  filename: string;
  draft: boolean;
  /** Whether it holds "Självskattning och utvärdering" (asked for, and the kommun gave one). */
  selfAssessment: boolean;
}

let shared: PdfRenderer | null = null;

/** The server's PDF renderer, or one shared by callers without deps.pdf (closed at exit). */
function pdfRenderer(deps: AppDeps): PdfRenderer {
  if (deps.pdf) return deps.pdf;
  shared ??= new PdfRenderer();
  return shared;
}

/** Renders a report model in one format. */
export async function renderReportModel(
  model: ReportModel,
  format: ReportFormat,
  pdf: () => PdfRenderer,
): Promise<RenderedReport> {
  const slug = model.kommun.name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const filename = `kommunkompassen-${slug || model.kommun.code}-${model.year}${model.draft ? '-utkast' : ''}.${format}`;
  const described = {
    contentType: CONTENT_TYPES[format],
    filename,
    draft: model.draft,
    selfAssessment: model.selfAssessment !== undefined,
  };
  if (format === 'docx') return { body: await reportDocx(model), ...described };
  const html = reportHtml(model);
  if (format === 'html') return { body: Buffer.from(html, 'utf8'), ...described };
  return { body: await pdf().render(html), ...described };
}

/** An evaluation's report in one format, with the radar against the chosen references. */
export async function renderReport(
  deps: AppDeps,
  id: string,
  request: {
    format: ReportFormat;
    with: string[];
    language: ReportLanguage;
    viewer?: Actor | undefined;
    comparison?: ComparisonOptions;
    /** Add the section "Självskattning och utvärdering" when the kommun self-assessed. */
    selfAssessment?: boolean;
  },
): Promise<RenderedReport> {
  const model = await loadReportModel(deps, id, request);
  if (request.selfAssessment) {
    model.selfAssessment = await loadSelfAssessmentSection(deps, id, request.language);
    model.radar = withSelfAssessmentSeries(model.radar, model.selfAssessment);
  }
  return renderReportModel(model, request.format, () => pdfRenderer(deps));
}
