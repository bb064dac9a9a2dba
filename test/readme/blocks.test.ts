/**
 * Every code block of the README, run as a reader would copy it, against a mock started for the test
 * (`127.0.0.1:4010` becomes its address). TypeScript and JavaScript blocks are type-checked together and
 * each run (a vitest file by vitest), `ideogram-contracts` resolving to this checkout's sources. Shell
 * blocks run line by line: `npm start …` / `npx ideogram-mock …` must start and listen, `npm run
 * contracts …` / `npx ideogram-contracts …` must pass, curl scripts must succeed. A block this file
 * cannot run fails it, so a new example comes with a way to check it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { png } from '../support/image-fixtures';
import { startCli, stopClis } from '../support/cli-process';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BIN = { mock: join(ROOT, 'bin', 'ideogram-mock.js'), contracts: join(ROOT, 'bin', 'ideogram-contracts.js') };
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

interface Block {
  lang: string;
  code: string;
  line: number;
}

/** Fenced blocks with a language, outside the generated operation tables (which hold none). */
function readmeBlocks(): Block[] {
  const blocks: Block[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(README); match; match = fence.exec(README)) {
    if (match[1]) blocks.push({ lang: match[1], code: match[2], line: README.slice(0, match.index).split('\n').length });
  }
  return blocks;
}

/** Commands that this test does not run, and why: each is run elsewhere, as written. */
const RUN_ELSEWHERE: Record<string, string> = {
  'npm ci': 'CI (.ci/run) starts from it',
  'npm test': 'CI (.ci/run) runs it',
  'npm i -D ideogram-contracts': 'test/package/ installs the package from a tarball, a git URL and a folder',
};

const blocks = readmeBlocks();
const scratch = mkdtempSync(join(tmpdir(), 'readme-blocks-'));
// TypeScript blocks live inside the checkout, so their imports resolve to its node_modules.
const tsDir = join(ROOT, 'test-output', `readme-${process.pid}`);
let origin = '';
let keyedOrigin = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  ({ origin } = await startCli());
  // The live example's stand-in for fal: refuses any key but the README's `...`, as a vendor would.
  ({ origin: keyedOrigin } = await startCli(['--keys', '...']));
  writeFileSync(join(scratch, 'photo.png'), png(64, 64));
  writeFileSync(join(scratch, 'mask.png'), png(64, 64));
  mkdirSync(tsDir, { recursive: true });
}, 60_000);

afterAll(() => {
  stopClis();
  for (const child of children) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
  rmSync(tsDir, { recursive: true, force: true });
});

const onMock = (text: string) => text.replaceAll('http://127.0.0.1:4010', origin).replaceAll('127.0.0.1:4010', origin.replace('http://', ''));

function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      { cwd: options.cwd ?? scratch, env: { ...process.env, ...options.env }, timeout: options.timeout ?? 120_000, maxBuffer: 32 * 1024 * 1024 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, out: stdout + stderr }),
    );
  });
}

/** `npm start -- args` as it would start: listening, then stopped. Resolves with what it printed. */
async function startsAndListens(args: string[]): Promise<string> {
  const withPort = args.includes('--port') ? args.map((arg, i) => (args[i - 1] === '--port' ? '0' : arg)) : [...args, '--port', '0'];
  const child = spawn(process.execPath, [BIN.mock, ...withPort], { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.push(child);
  let out = '';
  child.stderr!.on('data', (chunk) => (out += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    if (/listening on https?:\/\/127\.0\.0\.1:\d+/.test(out)) break;
  }
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return out;
}

/** One shell line's words (single and double quotes, no expansion needed by the README's npm lines). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** A shell block's commands: continuation lines joined, comments and blank lines dropped. */
function commands(code: string): string[] {
  return code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter(Boolean);
}

async function runNpmLine(line: string): Promise<void> {
  const [envPart, rest] = /^((?:[A-Z_]+=\S*\s+)*)(.*)$/.exec(line)!.slice(1);
  const env: NodeJS.ProcessEnv = Object.fromEntries(words(envPart).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  const argv = words(rest);
  const skipped = Object.keys(RUN_ELSEWHERE).find((prefix) => rest === prefix || rest.startsWith(`${prefix} `));
  if (skipped) return;
  const tail = (n: number) => (argv[n] === '--' ? argv.slice(n + 1) : argv.slice(n));
  if ((argv[0] === 'npm' && argv[1] === 'start') || (argv[0] === 'npx' && argv[1] === 'ideogram-mock')) {
    const args = tail(2);
    const store = args.findIndex((arg) => arg === '--store');
    if (store >= 0) {
      if (!process.env.REDIS_URL) return; // As the shared-state tests: no Redis given, nothing to share.
      args[store + 1] = process.env.REDIS_URL;
    }
    const out = await startsAndListens(args);
    expect(out, line).toMatch(/listening on/);
    return;
  }
  if ((argv[0] === 'npm' && argv[1] === 'run' && argv[2] === 'contracts') || (argv[0] === 'npx' && argv[1] === 'ideogram-contracts')) {
    const args = tail(argv[0] === 'npm' ? 3 : 2);
    const live = args[args.indexOf('--target') + 1] === 'live';
    // Servers the reader would have (a staging copy of a vendor, the live vendor) are stood in for by mocks.
    for (const name of Object.keys(env))
      if (name.endsWith('_BASE_URL'))
        env[name] = `${origin}/${name
          .replace(/_BASE_URL$/, '')
          .toLowerCase()
          .replace(/_/g, '-')}`;
    if (live) Object.assign(env, { FAL_BASE_URL: `${keyedOrigin}/fal`, FAL_QUEUE_BASE_URL: `${keyedOrigin}/fal-queue` });
    const once = () => run(process.execPath, [BIN.contracts, ...args.map(onMock)], { env, timeout: 300_000 });
    let { code, out } = await once();
    // Prism's proxies (one Node process per vendor) have been seen to stop answering on a machine loaded
    // by the whole suite ("fetch failed" from then on): a second run tells that from a failing example.
    if (code !== 0 && args.includes('--via-prism') && /got fetch failed/.test(out)) ({ code, out } = await once());
    expect(out, line).toMatch(args.includes('--help') ? /^Usage: ideogram-contracts/ : /\d+ passed, 0 failed/);
    expect(code, `${line}\n${out.slice(-2000)}`).toBe(0);
    return;
  }
  throw new Error(`README line the test cannot run: ${line} (run it here, or list it in RUN_ELSEWHERE with where it runs)`);
}

const isNpmLine = (line: string) => /^(?:[A-Z_]+=\S*\s+)*(npm|npx)\s/.test(line) || line === 'npm ci' || line === 'npm test' || line === 'npm start';

describe('the README', () => {
  it('has examples in every language this file runs', () => {
    expect(new Set(blocks.map((b) => b.lang))).toEqual(new Set(['sh', 'ts', 'js']));
  });

  const shell = blocks.filter((b) => b.lang === 'sh');
  it.each(shell.map((b) => [b.line, b] as const))(
    'shell block at line %i runs as written',
    async (_line, block) => {
      const lines = commands(block.code);
      if (lines.every((line) => !isNpmLine(line))) {
        const { code, out } = await run('bash', ['-euo', 'pipefail', '-c', onMock(block.code)]);
        expect(code, out).toBe(0);
        return;
      }
      for (const line of lines) {
        if (!isNpmLine(line)) throw new Error(`README block at line ${block.line} mixes npm commands with "${line}": split it, or teach this test`);
        await runNpmLine(line);
      }
    },
    600_000,
  );

  const code = blocks.filter((b) => b.lang === 'ts' || b.lang === 'js');
  const file = (block: Block) => join(tsDir, `block-${block.line}${/\bfrom 'vitest'/.test(block.code) && /\bit\(/.test(block.code) ? '.test' : ''}.ts`);

  it('TypeScript and JavaScript blocks type-check', async () => {
    for (const block of code) writeFileSync(file(block), onMock(block.code) + '\nexport {};\n');
    const paths = {
      'ideogram-contracts': ['../../lib/index.ts'],
      'ideogram-contracts/vitest': ['../../lib/vitest.ts'],
      'ideogram-contracts/jest': ['../../lib/jest.ts'],
    };
    writeFileSync(
      join(tsDir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true, paths, noUnusedLocals: false }, include: ['*.ts'] }),
    );
    const { code: exit, out } = await run(process.execPath, [TSC, '-p', join(tsDir, 'tsconfig.json')], { cwd: ROOT });
    expect(out.replaceAll(tsDir, relative(ROOT, tsDir)), 'README blocks (file names are block-<README line>.ts)').toBe('');
    expect(exit).toBe(0);
  }, 180_000);

  it.each(code.map((b) => [b.line, b] as const))(
    'code block at line %i runs as written',
    async (_line, block) => {
      const path = file(block);
      writeFileSync(path, onMock(block.code) + '\nexport {};\n');
      if (path.endsWith('.test.ts')) {
        const alias = {
          'ideogram-contracts/vitest': join(ROOT, 'lib', 'vitest.ts'),
          'ideogram-contracts/jest': join(ROOT, 'lib', 'jest.ts'),
          'ideogram-contracts': join(ROOT, 'lib', 'index.ts'),
        };
        writeFileSync(join(tsDir, 'vitest.config.mjs'), `export default { resolve: { alias: ${JSON.stringify(alias)} }, test: { include: ['*.test.ts'] } };\n`);
        const { code: exit, out } = await run(process.execPath, [VITEST, 'run', '--root', tsDir, '--config', join(tsDir, 'vitest.config.mjs'), path], {
          cwd: tsDir,
        });
        expect(exit, out).toBe(0);
        return;
      }
      const { code: exit, out } = await run(process.execPath, [TSX, '--tsconfig', join(tsDir, 'tsconfig.json'), path], { cwd: tsDir });
      expect(exit, out).toBe(0);
    },
    120_000,
  );
});
