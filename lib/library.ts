// What dist/library.cjs holds, one CommonJS bundle run from V8's code cache (scripts/build.js): the
// package's main entry, and what its test-runner entries take from it. dist/index.js, dist/vitest.js and
// dist/jest.js import from it, so a process that loads several of them has one mock, not a copy each.
export * from './index';
export { mockPerFile } from './per-file';
