import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MiB = 1024 * 1024;

/** A node process that keeps allocating, a share of it surviving a while (as requests and journal entries do); it prints its new space's size. */
function youngGenerationAfterLoad(cap?: number): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    ${cap === undefined ? '' : `const { capYoungGeneration } = await import(${JSON.stringify(fileURLToPath(new URL('./young-generation.ts', import.meta.url)))}); capYoungGeneration(${cap});`}
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

describe('capYoungGeneration', () => {
  it('keeps the new space at its cap under a load that grows it past the cap without one', () => {
    expect(youngGenerationAfterLoad()).toBeGreaterThan(8 * MiB);
    expect(youngGenerationAfterLoad(8 * MiB)).toBeLessThanOrEqual(8 * MiB);
  });
});
