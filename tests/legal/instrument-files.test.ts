import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOwnOrArchiveOrStatute } from '../../providers/source-hosts';
import { SOURCES, type CatalogSource } from '../../providers/sources';
import { instruments } from '../../legal/instruments';
import { INSTRUMENT_IDS, instrumentSchema, legalFactSchema, type InstrumentInput } from '../../legal/schema';

/**
 * Like the provider files test: each instrument is one file `legal/<id>.ts` whose default export is that instrument,
 * registered in `legal/instruments.ts`. Other modules of the folder are listed as support.
 */
const SUPPORT = new Set(['countries', 'country-name', 'dates', 'define', 'instruments', 'issuers', 'route-types', 'routes', 'schema']);
const modules = import.meta.glob<{ default?: InstrumentInput }>('../../legal/*.ts', { eager: true });
const files = readdirSync('legal')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => !SUPPORT.has(name));
const registered: InstrumentInput[] = Object.values(instruments);
const byUrl = new Map<string, CatalogSource>(Object.values(SOURCES).map((s) => [s.url, s]));

function everyFact(instrument: InstrumentInput) {
  return [
    ['status', instrument.status.fact] as const,
    ...(instrument.countries ? [['countries', instrument.countries.fact] as const] : []),
    ...Object.entries(instrument.facts),
  ];
}

describe('legal instrument files', () => {
  it.each(files)('%s is a registered instrument with that id that matches the schema', (name) => {
    const instrument = modules[`../../legal/${name}.ts`]?.default;
    expect(instrument?.id, `legal/${name}.ts default-exports the instrument "${name}"`).toBe(name);
    expect(registered).toContain(instrument);
    const result = instrumentSchema.safeParse(instrument);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('every instrument id has its file, and every support module exists', () => {
    expect([...files].sort()).toEqual([...INSTRUMENT_IDS].sort());
    for (const name of SUPPORT) expect(existsSync(`legal/${name}.ts`), name).toBe(true);
  });

  it('every fact cites catalogue entries with their title and kind; official facts lean on statute or treaty text', () => {
    const wrong: string[] = [];
    for (const instrument of registered) {
      for (const [key, fact] of everyFact(instrument)) {
        for (const s of fact.sources) {
          const entry = byUrl.get(s.url);
          if (!entry || entry.title !== s.title || entry.kind !== s.kind) wrong.push(`${instrument.id}.${key}: ${s.url}`);
        }
        if (fact.confidence === 'official' && !fact.sources.some((s) => s.kind === 'official' && isOwnOrArchiveOrStatute(s.url, [])))
          wrong.push(`${instrument.id}.${key}: official without statute, treaty or provider text`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the schema rejects a fact without a source, an official fact from a secondary source, and a bad country code', () => {
    const fact = { summary: 'Kept for ninety days.', article: '§ 1', value: { days: 90 }, confidence: 'official', sources: [] };
    expect(legalFactSchema.safeParse(fact).success).toBe(false);
    const secondary = { url: 'https://blog.example/x', title: 'A blog', kind: 'secondary', checked: '2026-11-29', published: null };
    expect(legalFactSchema.safeParse({ ...fact, sources: [secondary] }).success).toBe(false);
    expect(legalFactSchema.safeParse({ ...fact, confidence: 'secondary', sources: [secondary] }).success).toBe(true);
    const budapest = instruments.budapest;
    expect(instrumentSchema.safeParse({ ...budapest, countries: { ...budapest.countries, codes: ['UK'.toLowerCase()] } }).success).toBe(false);
  });
});

describe('the facts the issue names, as encoded', () => {
  const e = instruments['eu-e-evidence'];
  it('EPOC 10 days / 8 hours, EPOC-PR 60 + 30 once and kept once production is confirmed, 48 hours validation', () => {
    expect(e.facts.productionDeadline.value).toMatchObject({ days: 10, emergencyHours: 8 });
    expect(e.facts.preservationPeriod.value).toEqual({ days: 60, extensionDays: 30, maxExtensions: 1, keptOnceProductionConfirmed: true });
    expect(e.facts.emergencyValidation.value).toEqual({ hours: 48 });
  });

  it('applies since 2026-08-18 in every member state but Denmark', () => {
    expect(e.status).toMatchObject({ state: 'applies', since: '2026-08-18' });
    expect(e.countries.codes).toHaveLength(26);
    expect(e.countries.codes).not.toContain('DK');
    expect(e.countries.codes).toEqual(expect.arrayContaining(['DE', 'FR', 'IE', 'GR']));
  });

  it('traffic and content production need a judge; subscriber data a judge or prosecutor', () => {
    const issuers = e.facts.productionIssuers.value;
    expect(issuers.subscriber.issue).toEqual(['judge', 'prosecutor']);
    expect(issuers.traffic.issue).toEqual(['judge']);
    expect(issuers.content.issue).toEqual(['judge']);
  });

  it('2703(f) 90 + one 90; REPORT Act one year, signed 2024-05-07; CLOUD Act UK and AU; protocol not in force', () => {
    expect(instruments['us-2703f'].facts.preservationPeriod.value).toEqual({ days: 90, extensionDays: 90, maxExtensions: 1 });
    expect(instruments['us-report-act'].facts.cyberTiplinePreservation.value.years).toBe(1);
    expect(instruments['us-report-act'].status.since).toBe('2024-05-07');
    expect(instruments['us-cloud-act'].status.fact.value).toEqual({ GB: '2022-10-03', AU: '2024-01-31' });
    const protocol = instruments['budapest-second-protocol'].status;
    expect(protocol.state).toBe('not-in-force');
    expect(Object.keys(protocol.fact.value.ratifications).length).toBeLessThan(protocol.fact.value.ratificationsNeeded);
    expect(instruments.budapest.facts.preservationPeriod.value.minimumDays).toBe(60);
  });
});
