import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { providers } from '../providers/registry';
import { parseProviderEmail } from '../register/email';
import { CORPUS_SETS, emptyTally, loadLabels, readEmail, score, toProposal, type CorpusSet } from './register/email/corpus-score';
const READ_ON = new Date('2026-12-01T12:00:00Z');
const known = new Set(providers.map((p) => p.id));
const M = ['January','February','March','April','May','June','July','August','September','October','November','December'];
const F: Record<string, (y: number, m: number, d: number) => string> = {
  long: (y, m, d) => `${M[m - 1]} ${d}, ${y}`,
  dmy: (y, m, d) => `${d} ${M[m - 1]} ${y}`,
  abbr: (y, m, d) => `${d} ${M[m - 1]!.slice(0, 3)} ${y}`,
  iso: (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  dotted: (y, m, d) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
  weekday: (y, m, d) => `${['Sunday','Monday','Tuesday','Wednesday','Thursday','Friday','Saturday'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${M[m - 1]} ${d}, ${y}`,
};
it('meta2', () => {
  const out: string[] = []; const summary: Record<string, [number, number]> = {};
  for (const set of Object.keys(CORPUS_SETS) as CorpusSet[]) {
    if (set === 'holdout20') continue;
    const readOn = set === 'validation4' ? new Date('2026-12-21T12:00:00Z') : READ_ON;
    for (const label of loadLabels(set)) {
      const text = readEmail(label);
      const parsed = parseProviderEmail(text, readOn);
      const base = emptyTally(); score(base, label, text, toProposal(parsed), known, readOn.toISOString().slice(0, 10));
      if (base.failures.length) continue;
      const c = parsed.confirmations.find((x) => x.preservedOn?.source === 'stated' && !x.preservedOn.ambiguous);
      if (!c || parsed.confirmations.length !== 1) continue;
      const ev = c.preservedOn!.evidence; const quote = ev.quote;
      if (!/\d/.test(quote) || quote.length > 40) continue;
      const [y, m, d] = c.preservedOn!.day.split('-').map(Number) as [number, number, number];
      for (const [name, f] of Object.entries(F)) {
        const t2 = text.slice(0, ev.start) + f(y, m, d) + text.slice(ev.end);
        const s = (summary[name] ??= [0, 0]); s[0]++;
        const tally = emptyTally();
        score(tally, label, t2, toProposal(parseProviderEmail(t2, readOn)), known, readOn.toISOString().slice(0, 10));
        if (tally.failures.length) { s[1]++; out.push(`${name} [${quote} -> ${f(y, m, d)}] ` + tally.failures.join(' ;; ')); }
      }
    }
  }
  console.log(JSON.stringify(summary));
  writeFileSync('/tmp/s30/meta/fails2.txt', out.join('\n'));
}, 600000);
