/**
 * CPU-time budgets that travel between machines. A budget guards against super-linear work (a regular expression that
 * backtracks, a quadratic scan), which costs tens or hundreds of times a linear reading; it was set on the development
 * machine (2 cores, Node 20). On a slower machine the same linear work takes longer, so each budget is scaled by how
 * long a fixed linear workload takes here against what it took there: the figure that fails is then a ratio to a
 * baseline measured in the same process, not an absolute number of milliseconds. The scale never drops below 1, so a
 * faster machine keeps the budget as set.
 */

/** CPU time this process has spent, in milliseconds: unlike the clock, it does not run on while other work has the CPU. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The CPU time `work` takes, in milliseconds. */
export function cpuMs(work: () => void): number {
  const start = cpuNow();
  work();
  return cpuNow() - start;
}

/** A linear workload of the kind the budgets guard: regular expressions and string building over 200,000 characters. */
function baselineWork(): number {
  let text = '';
  for (let i = 0; text.length < 200_000; i++) text += `Reference LE-${i * 7919} was preserved on 2026-11-${String((i % 28) + 1).padStart(2, '0')} for user${i}@example.com. `;
  let found = 0;
  for (let round = 0; round < 6; round++) for (const pattern of [/\bLE-\d{3,9}\b/g, /\b\d{4}-\d{2}-\d{2}\b/g, /[\w.+-]+@[\w-]+\.\w+/g, /(?<![\p{L}])preserved(?![\p{L}])/giu]) {
    found += text.match(pattern)?.length ?? 0;
  }
  return found;
}

/** What the workload took on the machine the budgets were set on (fastest of five, 2026-12-05). */
const BASELINE_MS = 16;

let factor: number | undefined;

/** How many times slower than the development machine this one runs linear work: at least 1. */
export function machineFactor(): number {
  if (factor === undefined) {
    baselineWork(); // the first run compiles the patterns
    let fastest = Infinity;
    for (let run = 0; run < 5; run++) fastest = Math.min(fastest, cpuMs(baselineWork));
    factor = Math.max(1, fastest / BASELINE_MS);
  }
  return factor;
}

/** A budget of `ms` set on the development machine, scaled to this one. */
export function budget(ms: number): number {
  return ms * machineFactor();
}
