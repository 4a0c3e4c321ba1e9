import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { fixtureFromReport, reportProblems } from '../../scripts/shape-to-fixture.mjs';
import { providerForUrl } from '../../providers/registry';
import { recognizePage } from '../../recognition/recognize';
import { shapeReport } from '../../recognition/shape-report';
import type { ShapeReport } from '../../recognition/shape-report-schema';
import { loadFixturePage } from '../recognition/fixture-dom';
import { loadPage } from '../support/dom';

function reportOf(html: string, url: string, options?: Parameters<typeof shapeReport>[3]): ShapeReport {
  const doc = loadFixturePage(html, url);
  const provider = providerForUrl(url);
  if (!provider) throw new Error(`no provider for ${url}`);
  return shapeReport(doc, new URL(url), recognizePage(doc, new URL(url), provider), options);
}

/** What QuickFreeze reads off a fixture page made from a report: provider, page kind and the roles its spec lists. */
function readBack({ html, spec }: ReturnType<typeof fixtureFromReport>) {
  const doc = loadPage(html, spec.url);
  const provider = providerForUrl(spec.url);
  const recognition = recognizePage(doc, new URL(spec.url), provider!);
  const roleOf = (selector: string) => recognition.fields.find((f) => f.element === doc.querySelector(selector))?.role ?? null;
  return {
    provider: provider?.id ?? null,
    page: recognition.page,
    roles: [...spec.fields.map((f) => [f.selector, roleOf(f.selector)]), ...spec.noRole.map((s) => [s, roleOf(s)])],
  };
}

const expected = ({ spec }: ReturnType<typeof fixtureFromReport>) => ({
  provider: spec.provider,
  page: spec.page,
  roles: [...spec.fields.map((f) => [f.selector, f.role]), ...spec.noRole.map((s) => [s, null])],
});

describe('shape-to-fixture: a shape report becomes a fixture page recognized as the report says', () => {
  const fixtures = loadFixtures();

  // Every portal fixture, walked from the folder: each layout the corpus holds must survive report -> fixture.
  for (const fixture of fixtures.filter((f) => f.provider)) {
    it(`${fixture.name} round-trips`, () => {
      const report = reportOf(fixture.html, fixture.url);
      const made = fixtureFromReport(report);
      expect(made.spec).toMatchObject({ provider: fixture.provider, page: fixture.page });
      expect(made.spec.fields.length + made.spec.noRole.length).toBe(report.fields.length);
      expect(readBack(made)).toEqual(expected(made));
    });
  }

  it('a masked address still parses and still belongs to the provider', () => {
    const report = reportOf(fixtures.find((f) => f.name === 'kodex-discord-confirmation')!.html, 'https://app.kodexglobal.com/discord/requests/0e6f1c52-91b7-4d1a-a4a8-5a0d8c3b2f10');
    const made = fixtureFromReport(report);
    expect(made.spec.url).toBe('https://app.kodexglobal.com/discord/requests/00000000-0000-4000-8000-000000000000');
    expect(readBack(made)).toMatchObject({ provider: 'discord', page: 'confirmation' });
  });

  it('the expectations follow what the investigator taught, not the guess', () => {
    const fixture = fixtures.find((f) => f.name === 'yahoo-preservation')!;
    const report = reportOf(fixture.html, fixture.url);
    const taught: ShapeReport = { ...report, fields: report.fields.map((f, i) => (i === 0 ? { ...f, role: 'hash-values', taught: true } : f)) };
    const made = fixtureFromReport(taught);
    expect(made.spec.fields[0]).toEqual({ selector: "[data-qf='0']", role: 'hash-values' });
    expect(made.spec.description).toContain('taught');
  });

  it('escapes page text: a heading cannot become markup', () => {
    const fixture = fixtures.find((f) => f.name === 'yahoo-preservation')!;
    const report = reportOf(fixture.html, fixture.url);
    const made = fixtureFromReport({ ...report, headings: ['<img src=x onerror=alert(1)>'] });
    expect(made.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(loadPage(made.html, made.spec.url).querySelector('img')).toBeNull();
  });

  it('refuses what is not a shape report, or one that holds unmasked data', () => {
    expect(reportProblems({ format: 'other', version: 2 })).toEqual(expect.arrayContaining(['format is not "quickfreeze-shape-report"', 'version 2 is not 1']));
    const fixture = fixtures.find((f) => f.name === 'yahoo-preservation')!;
    const report = reportOf(fixture.html, fixture.url);
    expect(reportProblems(report)).toEqual([]);
    expect(reportProblems({ ...report, headings: ['Case 2026-004711'] })).toEqual(['holds unmasked data: "Case 2026-004711"']);
    expect(reportProblems({ ...report, headings: ['mail j.doe@example.com'] })).toHaveLength(1);
  });

  it('the command writes the pair into a folder, and will not overwrite it', () => {
    const fixture = fixtures.find((f) => f.name === 'google-emergency-fieldsets')!;
    const dir = mkdtempSync(join(tmpdir(), 'shape-fixture-'));
    const reportPath = join(mkdtempSync(join(tmpdir(), 'shape-report-')), 'report.json');
    writeFileSync(reportPath, JSON.stringify(reportOf(fixture.html, fixture.url)));
    const run = () => execFileSync(process.execPath, ['scripts/shape-to-fixture.mjs', reportPath, 'google-emergency-real', '--dir', dir], { encoding: 'utf8', stdio: 'pipe' });
    expect(run()).toContain('google emergency');
    const [made] = loadFixtures(dir);
    expect(made).toMatchObject({ name: 'google-emergency-real', provider: 'google', page: 'emergency' });
    expect(readFileSync(join(dir, 'google-emergency-real.html'), 'utf8')).toContain('Emergency Disclosure Request');
    expect(run).toThrow(/already exists/);
  });
});
