import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeNarrative } from '../rules/emergency/lib/narrative';
const REF = new Date('2026-11-22T12:00:00Z');
const K = ['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'] as const;
const T: Record<string, (t: string) => string> = {
  nbsp: (t) => t.replace(/(\S) (\S)/g, (_, a, b) => `${a}\u00a0${b}`),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  doubled: (t) => t.replace(/\n/g, '\n\n'),
  trailing: (t) => t.split('\n').map((l) => l + '  ').join('\n'),
  curly: (t) => t.replace(/'/g, '\u2019').replace(/"([^"]*)"/g, '\u201c$1\u201d'),
  upper: (t) => t.toUpperCase(),
  zwsp: (t) => t.replace(/ /g, ' \u200b'),
};
it('nm', () => {
  const sum: Record<string, [number, number]> = {}; const ex: string[] = [];
  for (const f of readdirSync('tests/fixtures/narratives').filter((f) => f.endsWith('.json'))) {
    let es: any; try { es = JSON.parse(readFileSync('tests/fixtures/narratives/' + f, 'utf8')); } catch { continue; }
    if (!Array.isArray(es)) continue;
    for (const e of es) { if (typeof e.text !== 'string' || !e.expect) continue;
      const a = analyzeNarrative(e.text, REF) as any;
      const base = K.map((k) => (a[k] !== null) === e.expect[k]);
      for (const [n, fn] of Object.entries(T)) { const b = analyzeNarrative(fn(e.text), REF) as any; const s = (sum[n] ??= [0, 0]);
        for (const [i, k] of K.entries()) { if (!base[i]) continue; s[0]++; if (((b[k] !== null) === e.expect[k]) === false) { s[1]++; if (ex.length < 40) ex.push(`${n} ${f} ${e.id} ${k}`); } } }
    }
  }
  console.log(JSON.stringify(sum)); console.log(ex.join('\n'));
}, 600000);
