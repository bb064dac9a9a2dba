import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

// The package as the README offers it besides the registry: installed from a git URL and from a folder,
// into empty projects. npm runs `prepare` there, which must build dist/ (only `prepack` did, so both
// installs had no dist/ and every import failed).
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'git-install-test-'));
const source = join(scratch, 'ideogram-contracts');
const viaGit = join(scratch, 'via-git');
const viaFolder = join(scratch, 'via-folder');
const outputs: Record<string, string> = {};
const { version: VERSION, scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
const PREPARE = scripts.prepare;

/** The working tree as it is (committed or not) made into a repository of its own: what `git+file://` clones. */
function sourceRepository() {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(source, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(source, file));
    } catch {
      // Deleted in the working tree but not yet in the index.
    }
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: source, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'snapshot');
}

function userProject(dir: string) {
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
}

async function install(dir: string, spec: string) {
  const { stdout, stderr } = await run('npm', ['install', spec, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
  outputs[dir] = stdout + stderr;
}

beforeAll(async () => {
  sourceRepository();
  userProject(viaGit);
  userProject(viaFolder);
  await install(viaGit, `git+file://${source}`);
  // A folder is linked, not copied: it builds with its own node_modules (`npm ci` there first, as the README says).
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
  await install(viaFolder, source);
}, 600_000);

// Two installed projects' node_modules: removing them takes more than the default 10 s on a busy machine.
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

function npx(cwd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

describe.each([
  ['a git URL', viaGit],
  ['a folder', viaFolder],
])('installed from %s', (_how, project) => {
  it("installs without errors; the one script npm 11 lists for review is this package's own build", () => {
    const output = outputs[project];
    expect(output).not.toContain('ERR!');
    const listed = output.split('\n').filter((line) => /^npm warn install-scripts +\S+@/.test(line));
    expect(listed.map((line) => line.replace(/^npm warn install-scripts +/, ''))).toEqual([`ideogram-contracts@${VERSION} (prepare: ${PREPARE})`]);
  });

  it('imports: startMock and a typed client answer', async () => {
    writeFileSync(
      join(project, 'use.js'),
      `import { startMock, createVendorClient } from 'ideogram-contracts';
const mock = await startMock();
const pixazo = createVendorClient('pixazo', { baseUrl: mock.url + '/pixazo', apiKey: 'k' });
const { response } = await pixazo.POST('/ideogram-remove-background/v1/ideogram-remove-background-request', { body: { image_url: 'https://example.com/cat.jpeg' } });
await mock.close();
console.log(response.status);
`,
    );
    const { stdout } = await run(process.execPath, ['use.js'], { cwd: project });
    expect(stdout.trim()).toBe('200');
  });

  it('runs the README\'s "In your project" example as written', async () => {
    const section = readFileSync(join(ROOT, 'README.md'), 'utf8').split('## In your project')[1];
    writeFileSync(join(project, 'readme-example.js'), /```js\n([\s\S]*?)```/.exec(section)![1]);
    const { stdout } = await run(process.execPath, ['readme-example.js'], { cwd: project });
    expect(stdout).toContain("200 [ 'v2Generate' ]");
  });

  it('runs both bins: ideogram-contracts against its embedded mock, ideogram-mock --help', async () => {
    const suite = await npx(project, ['ideogram-contracts', '--provider', 'yutoai']);
    expect(suite.out).toMatch(/\d+ passed, 0 failed/);
    expect(suite.code).toBe(0);
    const mock = await npx(project, ['ideogram-mock', '--help']);
    expect(mock.code).toBe(0);
    expect(mock.out).toContain('--port');
  });

  // A linked folder finds Prism among its own devDependencies; an installed copy has none.
  it.runIf(project === viaGit)('--via-prism without Prism installed says how to install it, and exits 2', async () => {
    const { code, out } = await npx(project, ['ideogram-contracts', '--via-prism', '--provider', 'yutoai']);
    expect(out).toContain('--via-prism needs Prism, which is not installed: npm i -D @stoplight/prism-cli');
    expect(out).not.toMatch(/ENOENT|\n\s+at /);
    expect(code).toBe(2);
  });
});
