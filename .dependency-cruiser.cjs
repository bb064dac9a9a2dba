// The layers (ARCHITECTURE.md, "Layers"), lowest first: specs/ → core/ → contracts/ and mock-server/ (never each
// other) → lib/ → test/, scripts/, bin/. `npm run lint:code` checks them, with no import cycle anywhere; the
// folder-level cycles inside mock-server/ are scripts/check-structure.ts's (one rule per pair of folders could not say it).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: break it by moving what both sides need below both.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing (the bins load dist/, the build output, which a checkout may not have yet).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^\\.\\./dist/' },
    },
    {
      name: 'core-stands-alone',
      severity: 'error',
      comment: 'core/ (operation model, validator, recording format, secrets, differ, clients) imports only core/, specs/ and packages.',
      from: { path: '^core/' },
      to: { path: '^(contracts|mock-server|lib|test|scripts|bin|ui)/' },
    },
    {
      name: 'contracts-not-on-the-mock',
      severity: 'error',
      comment: 'The contract suite imports only contracts/, core/, specs/ and packages: lib/ hands it the embedded mock.',
      from: { path: '^contracts/' },
      to: { path: '^(mock-server|lib|test|scripts|bin|ui)/' },
    },
    {
      name: 'mock-not-on-the-suite',
      severity: 'error',
      comment: 'The mock imports only mock-server/, core/, specs/ and packages.',
      from: { path: '^mock-server/' },
      to: { path: '^(contracts|lib|test|scripts|bin|ui)/' },
    },
    {
      name: 'lib-below-its-users',
      severity: 'error',
      comment: 'lib/ (the package) may import core/, contracts/ and mock-server/, never the tests, scripts or bins.',
      from: { path: '^lib/' },
      to: { path: '^(test|scripts|bin)/' },
    },
    {
      name: 'test-support-stays-in-test',
      severity: 'error',
      comment: 'Only tests import test/.',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
    {
      name: 'scripts-stay-scripts',
      severity: 'error',
      comment: 'Only scripts/ and bin/ import scripts/.',
      from: { pathNot: '^(scripts|bin)/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types', 'typings'] },
    skipAnalysisNotInRules: true,
  },
};
