// Validates every example of the given specs (default: all) against its schema; exits 1 on any failure.
import { basename, dirname, resolve } from 'node:path';
import { loadSpecs, SPECS_DIR } from '../core/model/load';
import { createSchemaCompiler } from '../core/model/ajv';
import { collectExamples } from '../core/model/examples';

const files = process.argv.slice(2).map((file) => resolve(file));
const specs = files.length ? files.flatMap((file) => loadSpecs(dirname(dirname(file)), [basename(dirname(file))])) : loadSpecs(SPECS_DIR);
const compiler = createSchemaCompiler(specs);
let failures = 0;
let total = 0;
for (const spec of specs) {
  for (const c of collectExamples(spec)) {
    total++;
    const validate = compiler.compile(c.provider, c.schemaRef);
    if (validate(c.value)) continue;
    failures++;
    console.log(`FAIL ${c.provider} ${c.operation} ${c.where} ${c.mediaType} example "${c.name}"`);
    for (const e of validate.errors ?? []) console.log(`   ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
console.log(`${total - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
