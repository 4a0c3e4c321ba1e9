import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { budget, cpuMs } from '../../support/cpu-budget';

const CORPUS = join(__dirname, '../../fixtures/emails/dev24');
const SOURCES = join(__dirname, '../../../register');

/**
 * V8 runs a regular expression in its interpreter at first and compiles it to machine code once it has read enough
 * text. The two search differently: a lookbehind at a pattern's head whose quantifier has no bound ("(?<!your[ \t]+)")
 * is tried at every place, and in machine code it reads back over the whole run of blanks before each place; a
 * 100,000-character run took 2-4 minutes in a reader that had read e-mails before (a dashboard open for a day), and a
 * fraction of a second in a fresh one. So hostile text is timed here after the corpus has been read.
 */
describe('hostile pastes after the reader has read e-mails', () => {
  it('reads a line of 30,000 leader dots within two seconds of CPU time', { timeout: 120_000 }, () => {
    for (const file of readdirSync(CORPUS)) parseProviderEmail(readFileSync(join(CORPUS, file), 'utf8'));
    expect(cpuMs(() => parseProviderEmail(`Rider phone ${'.'.repeat(30_000)} 1\n`))).toBeLessThan(budget(2000));
  });
});

/** A lookbehind's group, from its opening to its closing bracket (escapes and character classes skipped). */
function groupAt(source: string, start: number): string | null {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(start, i + 1);
  }
  return null;
}

/** Whether a pattern holds a quantifier without an upper bound (`+`, `*`, `{n,}`) outside character classes. */
function unbounded(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '+' || c === '*' || (c === '{' && /^\{\d+,\}/.test(pattern.slice(i)))) return true;
  }
  return false;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe("the register's regular expressions", () => {
  it('bound every quantifier inside a lookbehind, unless the lookbehind reads back from a line end', () => {
    const offending: string[] = [];
    for (const file of sources(SOURCES)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, n) => {
        for (const m of line.matchAll(/\(\?<[!=]/g)) {
          const group = groupAt(line, m.index);
          // Read backwards, a lookbehind ending in a line break fails at once except just after one: linear.
          if (group && unbounded(group.slice(4, -1)) && !/\\n\)$/.test(group)) offending.push(`${file.slice(SOURCES.length + 1)}:${n + 1}: ${group}`);
        }
      });
    }
    expect(offending).toEqual([]);
  });

  it('finds an unbounded lookbehind when there is one', () => {
    expect(unbounded(groupAt('(?<!your[ \\t]+)x', 0)!.slice(4, -1))).toBe(true);
    expect(unbounded(groupAt('(?<!your[ \\t]{1,20})x', 0)!.slice(4, -1))).toBe(false);
    expect(unbounded(groupAt('(?<![+*])x', 0)!.slice(4, -1))).toBe(false);
  });
});
