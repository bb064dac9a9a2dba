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
  it.each<{ what: string; name: string; files: Record<string, string>; printed: string[]; absent: string[] }>([
    {
      what: 'a cycle between two folders whose files import one another without any file-level cycle, and nothing of the room outside it',
      name: 'rooms',
      files: {
        'a/x.ts': "import { y } from '../b/y';\nexport const x = y;\n",
        'a/z.ts': 'export const z = 1;\n',
        'b/y.ts': "import { z } from '../a/z';\nexport const y = z;\n",
        'app.ts': "import { x } from './a/x';\nexport const app = x;\n",
      },
      printed: ['folder cycle: a/, b/', 'rooms/a/x.ts → rooms/b/y.ts', 'rooms/b/y.ts → rooms/a/z.ts'],
      absent: ['app.ts →'],
    },
    {
      what: 'a cycle through type-only imports: still a cycle between folders',
      name: 'typed',
      files: {
        'a/x.ts': "import type { Y } from '../b/y';\nexport type X = Y;\n",
        'b/y.ts': "import type { Z } from '../a/z';\nexport type Y = Z;\n",
        'a/z.ts': 'export type Z = number;\n',
      },
      printed: ['folder cycle: a/, b/', 'typed/a/x.ts → typed/b/y.ts (types only)'],
      absent: [],
    },
  ])('finds $what', async ({ name, files, printed, absent }) => {
    const { code, out } = await check(tree(name, files));
    expect(code).toBe(1);
    for (const line of printed) expect(out).toContain(line);
    for (const line of absent) expect(out).not.toContain(line);
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
});
