// `npx tsx bench/reader-only.ts [RUNS]`: the document reader's benchmark alone (reader.bench.ts).
import { readerBenchmark } from './reader.bench';

for (const figure of await readerBenchmark(Number(process.argv[2] ?? 5))) {
  console.log(
    `${figure.name}: ${figure.value.toFixed(1)} ${figure.unit} (target ${figure.target}, met ${figure.met}${figure.floor === undefined ? '' : `, floor ${figure.floor.toFixed(1)}, ratio ${figure.ratio?.toFixed(2)}`}); ${figure.note ?? ''}`,
  );
}
