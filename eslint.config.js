import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const extensionCode = ['entrypoints/**', 'components/**', 'rules/**', 'providers/**', 'recognition/**', 'storage/**', 'messages/**'];

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
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'QuickFreeze makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'QuickFreeze makes no network requests.' },
        { name: 'WebSocket', message: 'QuickFreeze makes no network requests.' },
        { name: 'EventSource', message: 'QuickFreeze makes no network requests.' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text is untrusted: build nodes, never HTML strings.' },
        { property: 'outerHTML', message: 'Page text is untrusted: build nodes, never HTML strings.' },
        { property: 'insertAdjacentHTML', message: 'Page text is untrusted: build nodes, never HTML strings.' },
        { property: 'sendBeacon', message: 'QuickFreeze makes no network requests.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
