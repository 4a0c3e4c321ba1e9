import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { providers } from '../providers/registry';
import { parseProviderEmail } from '../register/email';
import { CORPUS_SETS, emptyTally, loadLabels, readEmail, score, toProposal, type CorpusSet, type Label } from './register/email/corpus-score';
const READ_ON = new Date('2026-12-01T12:00:00Z');
const known = new Set(providers.map((p) => p.id));
const hasHeader = (t: string) => /^(?:from|von|de|da|van|od|från)\s*:/im.test(t.slice(0, 2000));
const T: Record<string, (t: string, l: Label) => string | null> = {
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  quoted: (t) => 'Forwarding for the register, see below.\n\nSam\n\n' + t.split('\n').map((l) => (l ? '> ' + l : '>')).join('\n'),
  outlookFwd: (t, l) => l.emailDate === null || !hasHeader(t) ? null : 'FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444 | s.reyes@police.example.gov\nOur ref: ECP-2026-55417\n\n-----Original Message-----\n' + t,
  wrap72: (t) => t.split('\n').map((line) => { if (line.length <= 72 || /^\p{Lu}[\p{L}-]{0,20}(?: [\p{L}-]{1,20})? ?:/u.test(line)) return line; const out: string[] = []; let cur = ''; for (const w of line.split(' ')) { if (cur && (cur + ' ' + w).length > 72) { out.push(cur); cur = w; } else cur = cur ? cur + ' ' + w : w; } out.push(cur); return out.join('\n'); }).join('\n'),
  nbsp: (t) => t.replace(/(\S) (\S)/g, (m, a, b) => `${a}\u00a0${b}`),
  doubled: (t) => t.replace(/\n/g, '\n\n'),
  trailing: (t) => t.split('\n').map((l) => l + '  ').join('\n'),
  indented: (t) => t.split('\n').map((l) => (l ? '    ' + l : l)).join('\n'),
  indentFwd: (t, l) => l.emailDate === null || !hasHeader(t) ? null : 'FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444 | s.reyes@police.example.gov\n\n-----Original Message-----\n' + t.split('\n').map((l) => (l ? '    ' + l : l)).join('\n'),
  appleFwd: (t, l) => l.emailDate === null || !hasHeader(t) ? null : 'Sent from my iPhone\n\nBegin forwarded message:\n\n' + t,
};
it('meta', () => {
  const out: string[] = []; const summary: Record<string, [number, number, number, number]> = {};
  for (const set of Object.keys(CORPUS_SETS) as CorpusSet[]) {
    if (set === 'holdout20') continue;
    const readOn = set === 'validation4' ? new Date('2026-12-21T12:00:00Z') : READ_ON;
    for (const label of loadLabels(set)) {
      const text = readEmail(label);
      const base = emptyTally(); score(base, label, text, toProposal(parseProviderEmail(text, readOn)), known, readOn.toISOString().slice(0, 10));
      if (base.failures.length) continue;
      for (const [name, f] of Object.entries(T)) {
        const t2 = f(text, label); if (t2 === null) continue;
        const s = (summary[name] ??= [0, 0, 0, 0]); s[0]++;
        const tally = emptyTally();
        let p; try { p = toProposal(parseProviderEmail(t2, readOn)); } catch (e) { out.push(`${name} ${label.file}: THROW ${e}`); s[1]++; continue; }
        score(tally, label, t2, p, known, readOn.toISOString().slice(0, 10));
        if (tally.failures.length) { s[1]++; out.push(...tally.failures.map((x) => `${name} ${x}`)); }
      }
    }
  }
  console.log(JSON.stringify(summary));
  writeFileSync('/tmp/s30/meta/fails.txt', out.join('\n'));
}, 600000);
