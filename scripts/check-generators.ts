/**
 * Regenerates a client for every spec with orval (fetch + zod) and kubb (ts + zod + fetch), as a new
 * user would, checks each output with `tsc --strict`, then sends every documented Ideogram multipart
 * request through both clients to the mock (kubb sends JSON parts as `Blob`s, filename "blob") and
 * checks each answer against the spec. Opt-in (`npm run check:generators`), not part of `npm test`:
 * it installs the generators from the npm registry into a temporary folder, which it removes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** orval 7.13 is the last release for Node 20; kubb 4.39 with its plugins at the same version. */
const PACKAGES = [
  'orval@7.13',
  '@kubb/cli@4.39',
  '@kubb/core@4.39',
  '@kubb/plugin-oas@4.39',
  '@kubb/plugin-ts@4.39',
  '@kubb/plugin-zod@4.39',
  '@kubb/plugin-client@4.39',
  'zod@4',
  'typescript@5',
];
const PROVIDERS = ['ideogram', 'yutoai', 'pixazo', 'magnific', 'fal', 'fal-queue', 'fal-rest', 'replicate'];
const SPECS = resolve(import.meta.dirname, '../specs');

const work = mkdtempSync(join(tmpdir(), 'check-generators-'));
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'check-generators', private: true, type: 'module' }));
  console.log(`installing ${PACKAGES.join(' ')} in ${work}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...PACKAGES]);

  const orval = Object.fromEntries(
    PROVIDERS.flatMap((p) => [
      [`${p}-fetch`, { input: { target: join(SPECS, p, 'openapi.yaml') }, output: { target: `orval/${p}/fetch.ts`, client: 'fetch', mode: 'single' } }],
      [`${p}-zod`, { input: { target: join(SPECS, p, 'openapi.yaml') }, output: { target: `orval/${p}/zod.ts`, client: 'zod', mode: 'single' } }],
    ]),
  );
  writeFileSync(join(work, 'orval.config.cjs'), `module.exports = ${JSON.stringify(orval)};\n`);
  writeFileSync(
    join(work, 'kubb.config.mjs'),
    `import { defineConfig } from '@kubb/core';
import { pluginOas } from '@kubb/plugin-oas';
import { pluginTs } from '@kubb/plugin-ts';
import { pluginZod } from '@kubb/plugin-zod';
import { pluginClient } from '@kubb/plugin-client';
export default defineConfig(${JSON.stringify(PROVIDERS)}.map((name) => ({
  name, root: '.', input: { path: ${JSON.stringify(SPECS)} + '/' + name + '/openapi.yaml' }, output: { path: './kubb/' + name, clean: true },
  plugins: [pluginOas({ validate: false }), pluginTs(), pluginZod(), pluginClient({ client: 'fetch' })],
})));
`,
  );
  run('npx', ['orval', '--config', 'orval.config.cjs']);
  run('npx', ['kubb', 'generate', '--config', 'kubb.config.mjs']);

  let failed = false;
  for (const tool of ['orval', 'kubb']) {
    for (const provider of PROVIDERS) {
      const files = listTs(join(work, tool, provider));
      const flags = [
        '--strict',
        '--noEmit',
        '--target',
        'ES2022',
        '--module',
        'ESNext',
        '--moduleResolution',
        'Bundler',
        '--lib',
        'ES2022,DOM',
        '--skipLibCheck',
        '--allowImportingTsExtensions',
      ];
      let errors = 0;
      try {
        run('npx', ['tsc', ...flags, ...files]);
      } catch (error) {
        errors = ((error as { stdout?: string }).stdout?.match(/error TS\d+/g) ?? []).length || 1;
      }
      failed ||= errors > 0;
      console.log(`${tool.padEnd(5)} ${provider.padEnd(9)} ${files.length} files, tsc --strict: ${errors} errors`);
    }
  }
  const drive = resolve(import.meta.dirname, 'generators/ideogram-multipart.ts');
  try {
    console.log(execFileSync('npx', ['tsx', drive], { encoding: 'utf8', env: { ...process.env, GENERATED: work } }));
  } catch (error) {
    console.log((error as { stdout?: string }).stdout);
    failed = true;
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listTs(path) : path.endsWith('.ts') ? [path] : [];
  });
}
