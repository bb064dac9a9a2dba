/**
 * scripts/check-structure.ts, run as `npm run lint:code` runs it, on folders written for the test: a cycle between
 * folders that no file-level cycle shows is found and printed with the imports that close it; a layered tree passes.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const base = mkdtempSync(join(tmpdir(), 'check-structure-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Writes `files` (path → source) under a fresh folder named `name`; returns its path. */
function tree(name: string, files: Record<string, string>): string {
  const root = join(base, name);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

async function check(root: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/check-structure.ts', root], { encoding: 'utf8' });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, out: failed.stdout };
  }
}

describe('check-structure: folder-level cycles', () => {
  it('finds a cycle between two folders whose files import one another without any file-level cycle', async () => {
    const root = tree('rooms', {
      'a/x.ts': "import { y } from '../b/y';\nexport const x = y;\n",
      'a/z.ts': 'export const z = 1;\n',
      'b/y.ts': "import { z } from '../a/z';\nexport const y = z;\n",
      'app.ts': "import { x } from './a/x';\nexport const app = x;\n",
    });
    const { code, out } = await check(root);
    expect(code).toBe(1);
    expect(out).toContain('folder cycle: a/, b/');
    expect(out).toContain('rooms/a/x.ts → rooms/b/y.ts');
    expect(out).toContain('rooms/b/y.ts → rooms/a/z.ts');
    expect(out).not.toContain('app.ts →');
  });

  it('passes folders that import one way only, top-level files counted as rooms of their own', async () => {
    const root = tree('layered', {
      'a/x.ts': "import { y } from '../b/y';\nexport const x = y;\n",
      'b/y.ts': "import type { Top } from '../top';\nexport const y: Top = 1;\n",
      'top.ts': 'export type Top = number;\n',
    });
    const { code, out } = await check(root);
    expect(out).toContain('no folder cycle in layered/');
    expect(code).toBe(0);
  });

  it('counts a type-only import: a cycle through types is still a cycle between folders', async () => {
    const root = tree('typed', {
      'a/x.ts': "import type { Y } from '../b/y';\nexport type X = Y;\n",
      'b/y.ts': "import type { Z } from '../a/z';\nexport type Y = Z;\n",
      'a/z.ts': 'export type Z = number;\n',
    });
    const { code, out } = await check(root);
    expect(code).toBe(1);
    expect(out).toContain('typed/a/x.ts → typed/b/y.ts (types only)');
  });
});
