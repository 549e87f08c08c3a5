// Lint rules (npm run lint, with the import-cycle check). typescript-eslint's recommended rules
// without type information: the type-aware set took several times longer and tsc (npm run typecheck)
// already does the type checking. Additions below are the project's own conventions.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** src/ (CLI, service) reaches the library only through its documented entries (package.json exports). */
const LIBRARY_ENTRIES_ONLY = {
  regex: String.raw`^(\.\./)+converter/(?!index\.js$|options/index\.js$|deck/google/index\.js$)`,
  message: "Import the library through 'converter/index.js' (or the documented 'options'/'deck/google' entries); export what src/ needs there.",
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'addin/powerpoint/dist/**',
      // Apps Script code: its own runtime and globals (SpreadsheetApp, …), checked by its tests in a harness.
      'addin/google-slides/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // `_` marks a parameter a callback signature requires but this body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `cond ? a() : b()` and `x && f()` as statements are used on purpose in short loops.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Control characters are matched on purpose: to strip or refuse them in names, notes and XML text.
      'no-control-regex': 'off',
      // An escaped \`[\` inside a character class is harmless and reads clearer; not worth a tree-wide edit.
      'no-useless-escape': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-throw-literal': 'error',
      'prefer-const': 'error',
    },
  },
  {
    files: ['converter/**/*.ts'],
    rules: {
      // The library never prints or exits; the CLI does (ARCHITECTURE.md).
      'no-console': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'exit', message: 'Throw a ConvertError; the CLI decides the exit code.' }, { object: 'process', property: 'argv', message: 'Options come from the caller.' }],
      'no-restricted-imports': ['error', { patterns: [{ regex: String.raw`^(\.\./)+src/`, message: 'The library does not depend on the CLI or the service.' }] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LIBRARY_ENTRIES_ONLY] }] },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
  },
  {
    files: ['addin/powerpoint/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, Office: 'readonly', PowerPoint: 'readonly' } },
  },
);
