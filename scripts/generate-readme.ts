// Writes the README's every-operation tables from the specs (scripts/operations-table.ts).
// With --check it writes nothing and exits 1 when the committed README differs from what the specs give.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpecs } from '../core/model/load';
import { operationsSection, withSection } from './operations-table';

const README = join(import.meta.dirname, '..', 'README.md');
const current = readFileSync(README, 'utf8');
const wanted = withSection(current, operationsSection(loadSpecs()));
if (current === wanted) process.exit(0);
if (process.argv.includes('--check')) {
  console.error("README.md's operation tables are stale: run `npm run generate` and commit the result.");
  process.exit(1);
}
writeFileSync(README, wanted);
console.log('wrote README.md (operation tables)');
