// Runs only the autosave benchmark (development aid): node bin/build.js autosaveOnly kompass floor && node dist/autosaveOnly.mjs
import { autosaveBenchmark } from './autosave.bench';

for (const figure of await autosaveBenchmark()) console.log(JSON.stringify(figure));
