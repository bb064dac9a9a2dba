import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts', 'core/**/*.test.ts', 'mock-server/**/*.test.ts'], testTimeout: 20_000 } },
      // The contract suite: against the embedded mock by default (CONTRACT_TARGET: see README, "The contract suite").
      { test: { name: 'contracts', include: ['test/contracts/*.contract.ts'], testTimeout: 60_000 } },
    ],
  },
});
