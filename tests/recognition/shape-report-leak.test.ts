import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { providerForUrl } from '../../providers/registry';
import { findControls } from '../../recognition/field-locator';
import { recognizePage } from '../../recognition/recognize';
import { shapeReport } from '../../recognition/shape-report';
import { shapeReportSchema } from '../../recognition/shape-report-schema';
import { loadFixturePage } from './fixture-dom';

/** What an investigator types: case numbers, references, e-mail addresses, phone numbers, handles, a long narrative. */
const CASE_NUMBERS = ['CASE-2026-004711', 'SO-26-118833', '2026CR558812'];
const REFERENCES = ['REF-A7Q3-99812', 'PRES 4477121', 'KQTW-6183-HNPZ'];
const EMAILS = ['john.doe@example.com', 'suspect_77@mail.example.net'];
const PHONES = ['+1 415 555 0187', '(212) 555-0144'];
const HANDLES = ['@shadow_fox_1987', 'zedquill.official'];
const SHORT_VALUES = [...CASE_NUMBERS, ...REFERENCES, ...EMAILS, ...PHONES, ...HANDLES];
const NARRATIVE = [
  'On 3 March 2026 at 21:40 the account john.doe@example.com sent the victim Jane Roe a photo of a handgun',
  'and wrote that he would kill her before Friday; she lives at 14 Elm Street and her phone is +1 415 555 0187.',
  'Our case CASE-2026-004711 and reference REF-A7Q3-99812 concern the account zedquill.official;',
  'the subscriber records will identify the device location and let officers reach her in time.',
].join(' ');

const SKIPPED = new Set(['checkbox', 'radio', 'file', 'hidden', 'submit', 'button', 'reset', 'image', 'range', 'color']);

/** Fills every control of the page the way an investigator would; returns what was typed. */
function typeIntoEveryField(doc: Document): string[] {
  const typed: string[] = [];
  findControls(doc).forEach((el, i) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'select') return;
    if (tag === 'input') {
      const input = el as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') input.checked = true;
      if (SKIPPED.has(input.type)) return;
      const value = input.type === 'number' ? '4477121' : input.type === 'date' ? '2026-03-14' : SHORT_VALUES[i % SHORT_VALUES.length]!;
      input.value = value;
      typed.push(value);
    } else if (tag === 'textarea') {
      (el as HTMLTextAreaElement).value = NARRATIVE;
      typed.push(NARRATIVE);
    } else {
      el.textContent = NARRATIVE;
      typed.push(NARRATIVE);
    }
  });
  return typed;
}

const DIGIT_RUNS = [...new Set([...SHORT_VALUES, NARRATIVE].flatMap((v) => v.match(/\d{3,}/g) ?? []))];
const NARRATIVE_PIECES = NARRATIVE.split(/[;,.]\s*/).filter((piece) => piece.length >= 12);

describe('shape report of every fixture page with values typed in: nothing typed leaks', () => {
  const fixtures = loadFixtures().filter((fixture) => providerForUrl(fixture.url));

  it('walks the fixture folder', () => {
    expect(fixtures.length).toBeGreaterThan(30);
  });

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const doc = loadFixturePage(fixture.html, fixture.url);
      const typed = typeIntoEveryField(doc);
      const url = new URL(fixture.url);
      const recognition = recognizePage(doc, url, providerForUrl(fixture.url)!);
      const report = shapeReport(doc, url, recognition);
      const json = JSON.stringify(report).toLowerCase();

      expect(shapeReportSchema.safeParse(report).success).toBe(true);
      expect(report.page.kind).toBe(recognition.page);
      expect(report.fields.map((f) => f.role)).toEqual(recognition.fields.map((f) => f.role));
      if (recognition.fields.length) expect(typed.length).toBeGreaterThan(0);

      const leaks = [
        ...typed.filter((value) => json.includes(value.toLowerCase())),
        ...DIGIT_RUNS.filter((run) => json.includes(run)),
        ...NARRATIVE_PIECES.filter((piece) => json.includes(piece.toLowerCase())),
        ...(json.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []),
      ];
      expect(leaks).toEqual([]);
    });
  }
});
