// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Pure protocol and codec folders (DESIGN.md principle 5): bytes in, frames or messages out.
// Sockets, files and timers belong to the adapters around them.
const PURE_FOLDERS = ['src/media/**/*.ts', 'src/rtsp/codec/**/*.ts', 'src/gb28181/codec/**/*.ts'];
const IMPURE_MODULES = [
  'net',
  'dgram',
  'fs',
  'fs/promises',
  'timers',
  'timers/promises',
  'http',
  'https',
  'child_process',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'web/dist/**', 'web/src/api/schema.ts', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: PURE_FOLDERS,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IMPURE_MODULES.flatMap((m) => [
            { name: m, message: 'pure protocol code: no sockets, files or timers (DESIGN.md principle 5)' },
            { name: `node:${m}`, message: 'pure protocol code: no sockets, files or timers (DESIGN.md principle 5)' },
          ]),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'process'].map((name) => ({
          name,
          message: 'pure protocol code: no timers or process state (DESIGN.md principle 5)',
        })),
      ],
    },
  },
);
