import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { providers } from '../providers/registry';
import { parseProviderEmail } from '../register/email';
import { emptyTally, report, score, toProposal, type Label } from './register/email/corpus-score';
const READ_ON = new Date('2026-12-01T12:00:00Z');
it('blind', () => {
  const dir = process.env.BLIND_DIR!; const labels = JSON.parse(readFileSync(`${dir}/${process.env.BLIND_LABELS}`, 'utf8')) as Label[];
  const tally = emptyTally(); const known = new Set(providers.map((p) => p.id));
  for (const label of labels) { const text = readFileSync(`${dir}/${label.file}`, 'utf8'); score(tally, label, text, toProposal(parseProviderEmail(text, READ_ON)), known, '2026-12-01'); }
  console.log(report(process.env.BLIND_LABELS!, tally));
  if (process.env.SHOW) console.log(tally.failures.join('\n'));
});
