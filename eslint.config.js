// Lint rules for the sources (`npm run lint:code`): typescript-eslint's recommended set, syntax only (type-aware
// rules cost more than a minute here), with the few choices this codebase makes spelt out below.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Node's globals for the plain JavaScript files (TypeScript files are checked by tsc, which knows them).
const node = Object.fromEntries(
  ['console', 'process', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'fetch', 'structuredClone'].map((name) => [name, 'readonly']),
);
const browser = Object.fromEntries(
  ['document', 'window', 'fetch', 'sessionStorage', 'setTimeout', 'setInterval', 'clearInterval', 'console', 'URLSearchParams', 'Option'].map((name) => [
    name,
    'readonly',
  ]),
);

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'reports/', 'scratch/', 'test-output/', 'specs/*/types.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A parameter a signature needs but a body ignores is spelt `_name`; a destructured rest drops the named keys on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Express's and multer's request types are widened with `declare global { namespace Express ... }`, the one way they allow.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // Prettier places the line breaks, and it breaks a call chain before a computed member (`ctx\n.http()\n[method](...)`).
      'no-unexpected-multiline': 'off',
    },
  },
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { globals: node } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  { files: ['ui/**/*.js'], languageOptions: { sourceType: 'script', globals: browser } },
);
