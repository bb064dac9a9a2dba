import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts', 'mock-server/**/*.test.ts'], testTimeout: 20_000 } },
      // The contract suite: against the embedded mock by default (see contracts/README.md for targets).
      { test: { name: 'contracts', include: ['contracts/**/*.contract.ts'], testTimeout: 60_000 } },
    ],
  },
});
