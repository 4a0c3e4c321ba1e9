/**
 * A backup file with `count` plausible records, for benchmarks and load tests. Records spread over 500 cases;
 * with `fixedCase`, CASE-0001 holds that many records whatever the count, so the MAR text of one case measures the
 * register's size and not the case's.
 */
export function backupWithRecords(count, now = new Date('2026-11-22T12:00:00Z'), { fixedCase = 0 } = {}) {
  const stride = fixedCase ? Math.max(1, Math.floor(count / fixedCase)) : 0;
  const caseOf = (i) => {
    if (stride) return i % stride === 1 % stride && i / stride < fixedCase ? 1 : i % 500 === 1 ? 0 : i % 500;
    return i % 500;
  };
  const providers = ['meta', 'google', 'x', 'snap', 'discord', 'tiktok', 'microsoft', 'apple'];
  const records = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(now.getTime() - (i % 200) * 86_400_000).toISOString().slice(0, 10);
    const n = String(i).padStart(7, '0');
    records.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      providerId: providers[i % providers.length],
      reference: `REF-${n}`,
      caseNumber: `CASE-${String(caseOf(i)).padStart(4, '0')}`,
      accountIdentifiers: [`user_${n}`, `+1202555${String(i % 10000).padStart(4, '0')}`],
      requestType: 'preservation',
      preservedOn: day,
      requestedAt: `${day}T10:00:00.000Z`,
      periodDays: 90,
      extensionDays: 90,
      extensions: i % 7 === 0 ? [{ id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, requestedOn: day, reference: null }] : [],
      supersededOn: null,
      notes: i % 3 === 0 ? 'Seeded record for a load test.' : '',
      source: 'manual',
      hasProof: false,
      createdAt: `${day}T10:05:00.000Z`,
      updatedAt: `${day}T10:05:00.000Z`,
    });
  }
  return { format: 'quickfreeze-backup', version: 1, exportedAt: now.toISOString(), records, proofs: [] };
}
