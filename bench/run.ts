// `npm run bench`: runs every benchmark, prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../rubrics/project-root';
import { autosaveBenchmark } from './autosave.bench';
import { comparisonBenchmark } from './comparison.bench';
import { documentsBenchmark } from './documents.bench';
import type { Figure } from './measure';
import { readerBenchmark } from './reader.bench';
import { reportBenchmark } from './report.bench';
import { scoringBenchmark } from './scoring.bench';
import { webBenchmark } from './web.bench';

const figures: Figure[] = [
  ...scoringBenchmark(),
  ...(await comparisonBenchmark()),
  ...(await webBenchmark()),
  ...(await readerBenchmark()),
  ...(await autosaveBenchmark()),
  ...(await reportBenchmark()),
  ...(await documentsBenchmark()),
];

const fmt = (value: number | undefined, digits = 2) =>
  value === undefined ? '' : value.toFixed(digits);
console.log(
  [
    'benchmark'.padEnd(62),
    'value'.padStart(10),
    'target'.padStart(10),
    'met'.padStart(5),
    'floor'.padStart(9),
    'ratio'.padStart(7),
  ].join(' '),
);
for (const f of figures) {
  console.log(
    [
      f.name.padEnd(62),
      `${fmt(f.value)} ${f.unit}`.padStart(10),
      f.target.padStart(10),
      (f.met === null ? '–' : f.met ? 'yes' : 'NO').padStart(5),
      fmt(f.floor).padStart(9),
      fmt(f.ratio, 1).padStart(7),
    ].join(' '),
  );
}
const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  figures,
};
writeFileSync(join(projectRoot(), 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
