import { describe, expect, it } from 'vitest';
import { runRules } from '../../rules/engine';
import { rules } from '../../rules/registry';
import type { Rule } from '../../rules/types';
import { NOW, factsOf, field, snapshot } from './helpers';

describe('rules registry', () => {
  it('has unique ids in the documented form, with docs', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(rule.docs.why.length).toBeGreaterThan(20);
      expect(rule.docs.fix.length).toBeGreaterThan(20);
    }
  });

  it('includes every rule id of contract section 4', () => {
    const contract = ['emergency/harm', 'emergency/imminence', 'emergency/timeframe', 'emergency/nexus', 'emergency/person-at-risk',
      'notification/provider-notifies', 'ncmec/report-id-format', 'ncmec/report-id-missing', 'csam/no-attachment'];
    for (const id of contract) expect(rules.map((r) => r.id)).toContain(id);
  });
});

describe('runRules', () => {
  it('skips disabled rules and sorts errors first', () => {
    const snap = snapshot('preservation', [field({ role: 'ncmec-report-ids', kind: 'text', value: 'abc' })], 'meta');
    const all = runRules(snap, factsOf('meta'), { now: NOW });
    expect(all[0]!.severity).toBe('error');
    const without = runRules(snap, factsOf('meta'), { now: NOW, disabled: ['ncmec/report-id-format'] });
    expect(without.some((f) => f.ruleId === 'ncmec/report-id-format')).toBe(false);
  });

  it('a rule that throws becomes a note; the others still run', () => {
    const broken: Rule = { id: 'test/broken', severity: 'error', pages: ['preservation'], docs: { title: 't', why: 'w', fix: 'f', sources: [] }, check: () => { throw new Error('boom'); } };
    const findings = runRules(snapshot('preservation', []), factsOf('x'), { now: NOW, rules: [broken, ...rules] });
    expect(findings.find((f) => f.ruleId === 'test/broken')?.severity).toBe('info');
    expect(findings.some((f) => f.ruleId === 'notification/provider-notifies')).toBe(true);
  });
});
