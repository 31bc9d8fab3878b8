/** `npm run check:data`: validate data/*.csv alone, without building the site. */
import { DataError } from '../lib/data-issues.ts';
import { loadData } from '../data/load-dataset.ts';

const started = performance.now();
try {
  const data = loadData();
  const ms = Math.round(performance.now() - started);
  console.log(
    `data OK: ${data.sectors.length} sectors, ${data.companies.length} companies, ${data.sources.length} sources, ${data.observations.length} observations, ${data.excluded.length} exclusions (${ms} ms)`,
  );
} catch (error) {
  if (error instanceof DataError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
