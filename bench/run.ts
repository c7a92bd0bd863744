/**
 * `npm run bench`: every benchmark, one after another. Results land in
 * bench/results/*.json. Benchmarks are run on demand, never by the test suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const benches = process.argv.slice(2).length ? process.argv.slice(2) : ['site-throughput'];
for (const name of benches) {
  const file = resolve(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) throw new Error(`No benchmark bench/${name}.ts`);
  console.log(`\n== ${name} ==`);
  execFileSync('npx', ['tsx', file], { stdio: 'inherit' });
}
