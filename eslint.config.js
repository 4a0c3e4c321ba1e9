import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Everything that ships in the extension: every folder but the tests, the scripts and the tool configs. */
const extensionCode = ['**/*.ts', '**/*.tsx'];
const notShipped = ['tests/**', 'scripts/**', '*.config.ts', '.wxt/**', '.output/**'];
const NETWORK = 'QuickFreeze makes no network requests.';
const networkApis = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'];
const globalObjects = ['globalThis', 'window', 'self'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    // QuickFreeze's non-negotiables, enforced: no network, no HTML from strings, no eval.
    files: extensionCode,
    ignores: notShipped,
    rules: {
      'no-restricted-globals': ['error', ...networkApis.map((name) => ({ name, message: NETWORK }))],
      'no-restricted-properties': [
        'error',
        ...globalObjects.flatMap((object) => networkApis.map((property) => ({ object, property, message: NETWORK }))),
        { property: 'innerHTML', message: 'Page text is untrusted: build nodes, never HTML strings.' },
        { property: 'outerHTML', message: 'Page text is untrusted: build nodes, never HTML strings.' },
        { property: 'insertAdjacentHTML', message: 'Page text is untrusted: build nodes, never HTML strings.' },
        { property: 'sendBeacon', message: NETWORK },
        { object: 'document', property: 'write', message: 'Page text is untrusted: build nodes, never HTML strings.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
