// Writes specs/<provider>/types.ts from each spec with openapi-typescript.
// With --check it writes nothing and exits 1 when a committed file differs from what the spec generates.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadSpecs, SPECS_DIR } from '../core/model/load';

const check = process.argv.includes('--check');
let stale = 0;
for (const spec of loadSpecs()) {
  const ast = await openapiTS(pathToFileURL(spec.file), { alphabetize: true });
  const header = ['// GENERATED FILE: do not edit by hand.', `// Source: specs/${spec.provider}/openapi.yaml; regenerate with \`npm run generate\`.`, ''].join(
    '\n',
  );
  const text = header + astToString(ast);
  const target = join(SPECS_DIR, spec.provider, 'types.ts');
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(`${relative(process.cwd(), target)} is stale: run \`npm run generate\` and commit the result.`);
    continue;
  }
  writeFileSync(target, text);
  console.log(`wrote ${relative(process.cwd(), target)}`);
}
if (stale) process.exit(1);
