import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint guards for QuickFreeze's non-negotiables, tried on code placed in every product folder. */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const FOLDERS = ['entrypoints/guide', 'components', 'rules', 'providers', 'recognition', 'storage', 'messages', 'register', 'legal'];
const FORBIDDEN = [
  'fetch("https://example.org")',
  'globalThis.fetch("https://example.org")',
  'window.fetch("https://example.org")',
  'self.fetch("https://example.org")',
  'new XMLHttpRequest()',
  'new globalThis.XMLHttpRequest()',
  'new WebSocket("wss://example.org")',
  'new EventSource("/events")',
  'navigator.sendBeacon("/b", "x")',
  'importScripts("https://example.org/x.js")',
  'document.body.innerHTML = "<b>x</b>"',
  'document.body.insertAdjacentHTML("beforeend", "<b>x</b>")',
  'document.write("<b>x</b>")',
  'eval("1")',
  'new Function("return 1")',
];

describe('lint guards', () => {
  for (const folder of FOLDERS) {
    it(`forbid network and HTML-from-string APIs in ${folder}/`, async () => {
      for (const code of FORBIDDEN) {
        expect(await problems(`export const probe = () => ${code};\n`, `${folder}/probe.ts`), code).not.toEqual([]);
      }
    }, 60_000);
  }

  it('leave tests and scripts free to use the network APIs they need to serve fixtures', async () => {
    expect(await problems('export const probe = () => fetch("https://example.org");\n', 'tests/probe.ts')).toEqual([]);
  });

  it('accept ordinary product code', async () => {
    expect(await problems('export const probe = (el: HTMLElement) => { el.textContent = "x"; };\n', 'register/probe.ts')).toEqual([]);
  });
});
