// `node dist/bench-documents.mjs`: the document library's benchmarks alone (see run.ts).
import { documentsBenchmark } from './documents.bench';

for (const figure of await documentsBenchmark()) {
  console.log(
    `${figure.name}: ${figure.value.toFixed(2)} ${figure.unit} (target ${figure.target || '–'}, met ${figure.met})${figure.note ? `; ${figure.note}` : ''}`,
  );
}
