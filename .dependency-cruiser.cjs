// The layers, lowest first: specs/ → core/ → contracts/ and mock-server/ (never each
// other) → lib/ → test/, scripts/, bin/ (scripts may reuse test/support; tests may test scripts). `npm run lint:code` checks them, with no import cycle anywhere; the
// folder-level cycles inside mock-server/ are scripts/check-structure.ts's (one rule per pair of folders could not say it).
/** A layer rule: modules matching `from` (a path pattern, or a `pathNot`) import nothing matching `to`. */
const forbid = (name, from, to, comment) => ({ name, severity: 'error', comment, from: typeof from === 'string' ? { path: from } : from, to: { path: to } });

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
    forbid(
      'core-stands-alone',
      '^core/',
      '^(contracts|mock-server|lib|test|scripts|bin|ui)/',
      'core/ (operation model, validator, recording format, secrets, differ, clients) imports only core/, specs/ and packages.',
    ),
    forbid(
      'contracts-not-on-the-mock',
      '^contracts/',
      '^(mock-server|lib|test|scripts|bin|ui)/',
      'The contract suite imports only contracts/, core/, specs/ and packages: lib/ hands it the embedded mock.',
    ),
    forbid(
      'mock-not-on-the-suite',
      '^mock-server/',
      '^(contracts|lib|test|scripts|bin|ui)/',
      'The mock imports only mock-server/, core/, specs/ and packages.',
    ),
    forbid(
      'lib-below-its-users',
      '^lib/',
      '^(test|scripts|bin)/',
      'lib/ (the package) may import core/, contracts/ and mock-server/, never the tests, scripts or bins.',
    ),
    forbid(
      'test-support-stays-in-test',
      { pathNot: '^(test|scripts)/' },
      '^test/',
      'Only tests, and scripts that reuse their documented requests, import test/.',
    ),
    forbid('scripts-stay-scripts', { pathNot: '^(scripts|bin|test)/' }, '^scripts/', 'Only scripts/, bin/ and the tests of scripts import scripts/.'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
