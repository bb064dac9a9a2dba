import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startMock, type StartedMock } from './start-mock';
import type { StartOptions } from '../../mock-server/start';

/**
 * What the tests of a file start and make for one test: mocks on free ports, and temporary folders
 * (named from `prefix`), gone after each test, passed or failed; the mocks are closed first, as a
 * recorder may still be writing into a folder.
 */
export function perTest(prefix = 'mock-test-'): { started(options?: StartOptions): Promise<StartedMock>; tempDir(): string } {
  let mocks: StartedMock[] = [];
  let dirs: string[] = [];
  afterEach(async () => {
    const [closing, removing] = [mocks, dirs];
    [mocks, dirs] = [[], []];
    await Promise.all(closing.map((mock) => mock.close()));
    for (const dir of removing) rmSync(dir, { recursive: true, force: true });
  });
  return {
    async started(options = {}) {
      const mock = await startMock(options);
      mocks.push(mock);
      return mock;
    },
    tempDir() {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
  };
}
