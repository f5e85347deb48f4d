// Report generation for the Enköping 2016 evaluation: HTML, Word and PDF, end to end from the
// database (as GET /api/evaluations/:id/report does), medians of several runs after a warm-up.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SYSTEM_ACTOR } from '../api/context';
import { openAppDeps } from '../api/deps';
import { readEnv } from '../api/env';
import { evaluationsService } from '../api/evaluations/evaluations.service';
import { findChromium } from '../api/reports/report-pdf';
import { type ReportFormat, renderReport } from '../api/reports/report-service';
import { projectRoot } from '../rubrics/project-root';
import { type Figure, median } from './measure';

const TARGETS: Record<ReportFormat, number> = { html: 100, docx: 500, pdf: 2000 };
const RUNS: Record<ReportFormat, number> = { html: 15, docx: 7, pdf: 5 };

export async function reportBenchmark(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-bench-report-'));
  const deps = await openAppDeps(readEnv({ DATABASE_URL: `sqlite:${join(dir, 'bench.db')}` }));
  try {
    const file = readFileSync(
      join(projectRoot(), 'fixtures/evaluations/enkoping-2016.json'),
      'utf8',
    );
    const { id } = await evaluationsService(deps).importFile(JSON.parse(file), SYSTEM_ACTOR);
    const figures: Figure[] = [];
    const formats: ReportFormat[] = findChromium() ? ['html', 'docx', 'pdf'] : ['html', 'docx'];
    for (const format of formats) {
      const render = () => renderReport(deps, id, { format, with: [], language: 'sv' });
      const coldStart = performance.now();
      await render(); // warm-up (for PDF: starts Chromium)
      const cold = performance.now() - coldStart;
      const times: number[] = [];
      for (let i = 0; i < RUNS[format]; i++) {
        const start = performance.now();
        await render();
        times.push(performance.now() - start);
      }
      const value = median(times);
      figures.push({
        name: `report ${format.toUpperCase()}, Enköping 2016 (median of ${RUNS[format]})`,
        value,
        unit: 'ms',
        target: `< ${TARGETS[format]} ms`,
        met: value < TARGETS[format],
        note: `first render ${cold.toFixed(0)} ms${format === 'pdf' ? ' (includes starting Chromium)' : ''}`,
      });
    }
    if (!findChromium()) {
      figures.push({
        name: 'report PDF: Chromium not installed, not measured',
        value: Number.NaN,
        unit: 'ms',
        target: '< 2000 ms',
        met: null,
      });
    }
    return figures;
  } finally {
    await deps.pdf?.close();
    await deps.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
