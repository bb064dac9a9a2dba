import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MiB = 1024 * 1024;

/** A node process that keeps allocating, a share of it surviving a while (as requests and journal entries do); it prints its new space's size. */
function youngGenerationAfterLoad(cap?: number): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    ${cap === undefined ? '' : `const { capYoungGeneration } = await import(${JSON.stringify(fileURLToPath(new URL('./v8-memory.ts', import.meta.url)))}); capYoungGeneration(${cap});`}
    const kept = [];
    for (let round = 0; round < 200; round++) {
      for (let i = 0; i < 20000; i++) {
        const item = { i, text: 'item ' + i, list: [i] };
        if (i % 20 === 0) kept.push(item);
        if (kept.length > 20000) kept.length = 0;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    process.stdout.write(String(getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size));
  `;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 }));
}

describe("the CLI's V8 memory settings", () => {
  it('keeps the new space at its cap under a load that grows it past the cap without one', () => {
    expect(youngGenerationAfterLoad()).toBeGreaterThan(8 * MiB);
    expect(youngGenerationAfterLoad(8 * MiB)).toBeLessThanOrEqual(8 * MiB);
  });

  it("leaves V8's flags as a fresh start has them when the process exits: a code cache made then is not refused", () => {
    // The bin writes the CLI's code cache as the process exits, and V8 refuses a cache made under other flags than it is read with.
    const dir = mkdtempSync(join(tmpdir(), 'v8-memory-'));
    const file = join(dir, 'cache');
    const source = 'function add(a, b) { return a + b; } add(1, 2);';
    try {
      const script = `
        import vm from 'node:vm';
        import { writeFileSync } from 'node:fs';
        const { capYoungGeneration, keepOldGenerationNearLive } = await import(${JSON.stringify(fileURLToPath(new URL('./v8-memory.ts', import.meta.url)))});
        capYoungGeneration(${MiB});
        keepOldGenerationNearLive();
        const compiled = new vm.Script(${JSON.stringify(source)});
        compiled.runInThisContext();
        const kept = [];
        for (let round = 0; round < 50; round++) {
          for (let i = 0; i < 20000; i++) kept.push({ i, text: 'item ' + i });
          kept.length = 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
        process.on('exit', () => writeFileSync(${JSON.stringify(file)}, compiled.createCachedData()));
      `;
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000 });
      expect(new vm.Script(source, { cachedData: readFileSync(file) }).cachedDataRejected).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
