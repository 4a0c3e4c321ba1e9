import { describe, expect, it } from 'vitest';
import { explainPageKind, type PageSignals } from '../../recognition/page-kind';
import { recognizePage, type RecognizedProvider } from '../../recognition/recognize';
import { shapeReport } from '../../recognition/shape-report';
import { holdsUnmaskedData, maskIdentifier, maskText, maskUrl, typedTextScrubber } from '../../recognition/shape-report-mask';
import { SHAPE_LIMITS, shapeReportSchema } from '../../recognition/shape-report-schema';
import { loadPage } from '../support/dom';

describe('maskText', () => {
  it.each([
    ['Case 2024-118833', 'Case 9999-999999'],
    ['Reference #A1B2C3D4', 'Reference #X9X9X9X9'],
    ['john.doe@example.com', '{email}'],
    ['Mail john.doe%40example.com now', 'Mail {email} now'],
    ['Requests for @shadow_fox', 'Requests for {handle}'],
    ['@handle or user ID of the account', '@handle or user ID of the account'],
    ['Request 0e6f1c52-91b7-4d1a-a4a8-5a0d8c3b2f10', 'Request {uuid}'],
    ['See https://portal.example/case/4711', 'See {url}'],
    ['Call +1 (415) 555-0187', 'Call +1 (999) 999-9999'],
    ['Token deadbeefcafe', 'Token XXXXXXXXXXXX'],
  ])('%s -> %s', (text, masked) => {
    expect(maskText(text)).toBe(masked);
  });

  it('keeps the words recognition reads: statutes, formats, small numbers', () => {
    for (const text of ['Preservation under 18 U.S.C. § 2703(f)', 'A 2705(b) order is attached', 'Step 1 of 3', 'Phone (E.164)', 'SHA-256 hashes', '24/7 contact']) {
      expect(maskText(text)).toBe(text);
    }
  });

  it('caps what it returns and what it reads', () => {
    expect(maskText('word '.repeat(100_000)).length).toBeLessThanOrEqual(120);
    expect(maskText('x'.repeat(50), 10)).toBe('XXXXXXXXXX'.slice(0, 10));
  });
});

describe('maskIdentifier', () => {
  it.each([
    [':r3:', '{generated}'],
    ['mui-104', '{generated}'],
    ['mat-input-0', '{generated}'],
    ['0e6f1c52-91b7-4d1a-a4a8-5a0d8c3b2f10', '{generated}'],
    ['agencyCaseNo', 'agencyCaseNo'],
    ['target_accounts[]', 'target_accounts[]'],
    ['case_2026_004711', 'case_9999_999999'],
    ['ref-A1B2C3D4', 'ref-X9X9X9X9'],
  ])('%s -> %s', (value, masked) => {
    expect(maskIdentifier(value)).toBe(masked);
  });
  it('parts that join into an address come out masked (found by the fuzz test: "AA_@0")', () => {
    for (const value of ['AA_@0', 'x.y_@z', 'a-@b']) expect(holdsUnmaskedData(maskIdentifier(value) ?? '')).toBe(false);
  });
  it('no attribute is null', () => {
    expect(maskIdentifier(null)).toBeNull();
    expect(maskIdentifier('')).toBeNull();
  });
});

describe('maskUrl', () => {
  it.each([
    ['https://lers.google.com/requests/7731/status', 'https://lers.google.com/requests/9999/status'],
    ['https://app.kodexglobal.com/discord/requests/0e6f1c52-91b7-4d1a-a4a8-5a0d8c3b2f10', 'https://app.kodexglobal.com/discord/requests/{uuid}'],
    ['https://legalrequests.x.com/s/request-submitted?recordId=500Hs00001AbCdE', 'https://legalrequests.x.com/s/request-submitted?recordId=999XX99999XXXXX'],
    ['https://legalrequests.x.com/s/login/?startURL=%2Fs%2Fcase%2F5001', 'https://legalrequests.x.com/s/login/?startURL=/s/case/9999'],
    ['https://www.facebook.com/records/x/users/john.doe%40example.com/', 'https://www.facebook.com/records/x/users/{email}/'],
    ['https://lers.google.com/app#/cases/88123?tab=2', 'https://lers.google.com/app#/cases/99999?tab=2'],
    ['https://app.kodex.us/okx/requests/new?type=preservation', 'https://app.kodex.us/okx/requests/new?type=preservation'],
    ['https://lers.zoom.us/x?session=AbcdefghijklmnopqrstuvwxyzAbcdef', 'https://lers.zoom.us/x?session={token}'],
    ['https://lers.example-provider.test:8443/requests/new', 'https://lers.example-provider.test:9999/requests/new'],
    ['https://portal2024.example.org/requests/new', 'https://portal9999.example.org/requests/new'],
  ])('%s', (url, masked) => {
    expect(maskUrl(new URL(url))).toBe(masked);
  });

  it("gives a port and digits in the host a shape the report's own check accepts", () => {
    expect(holdsUnmaskedData(maskUrl(new URL('https://lers.example-provider.test:8443/requests/7731')))).toBe(false);
  });

  it('takes typed text out of the address too', () => {
    const scrub = typedTextScrubber(['Jane Roe']);
    expect(maskUrl(new URL('https://lers.google.com/search?q=jane+roe'), scrub)).toBe('https://lers.google.com/search?q={typed}');
  });
});

describe('typedTextScrubber', () => {
  const narrative = 'The subject threatened to kill Jane Roe before Friday night at her home on Elm Street';
  const scrub = typedTextScrubber(['SO-26-1187', narrative, 'ab']);

  it('replaces a short value wherever it appears whole, in any case', () => {
    expect(scrub('Request for so-26-1187 received')).toBe('Request for {typed} received');
  });
  it('replaces any 16-character run of a long value: a page that echoes the start of a narrative', () => {
    expect(scrub('Summary: The subject threatened to kill…')).toBe('Summary: {typed}…');
    expect(scrub('Summary: the   SUBJECT threatened')).toBe('Summary: {typed}');
  });
  it('leaves other text and values under 3 characters alone', () => {
    expect(scrub('Describe the emergency')).toBe('Describe the emergency');
    expect(scrub('ab cd')).toBe('ab cd');
  });
});

describe('holdsUnmaskedData', () => {
  it('finds e-mail addresses and digit runs, not shapes or statutes', () => {
    expect(holdsUnmaskedData('contact a.b@c.org')).toBe(true);
    expect(holdsUnmaskedData('Case 2024')).toBe(true);
    expect(holdsUnmaskedData('Case 9999-999999')).toBe(false);
    expect(holdsUnmaskedData('18 U.S.C. 2703(f)')).toBe(false);
  });
});

const google: RecognizedProvider = { id: 'google', name: 'Google' };

function report(html: string, url = 'https://lers.google.com/requests/new', options?: Parameters<typeof shapeReport>[3]) {
  const doc = loadPage(html, url);
  const recognition = recognizePage(doc, new URL(url), google);
  return { doc, recognition, report: shapeReport(doc, new URL(url), recognition, options) };
}

const FORM = `<!doctype html><html><body>
  <h1>Preservation request for case 2026-004711</h1>
  <p>The suspect Zed Quill threatened the victim; see table.</p>
  <table><tr><td>Prior request KQTW-6183</td></tr></table>
  <form>
    <fieldset><legend>Target</legend>
      <label for="c">Agency case number</label><input id="c" name="caseNumber" value="">
      <label for="a">Target account e-mail</label><input id="a" name="acct" type="email">
      <label for="t">Request type</label><select id="t"><option>Preservation</option><option selected>Emergency disclosure</option><option>Legal process</option></select>
    </fieldset>
    <fieldset><legend>Do not notify the user?</legend>
      <label><input type="radio" name="ndo" value="y"> Yes</label>
      <label><input type="radio" name="ndo" value="n"> No</label>
    </fieldset>
  </form></body></html>`;

describe('shapeReport', () => {
  it('says what the page is, why, and how each field is named, and validates', () => {
    const { report: r } = report(FORM);
    expect(shapeReportSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({ format: 'quickfreeze-shape-report', version: 1, url: 'https://lers.google.com/requests/new', provider: { id: 'google' } });
    expect(r.page).toMatchObject({ kind: 'emergency', taught: false, decidedBy: 'selected-request-type' });
    expect(r.headings).toContain('Preservation request for case 9999-999999');
    const byLabel = Object.fromEntries(r.fields.map((f) => [f.label, f]));
    expect(byLabel['Agency case number']).toMatchObject({ kind: 'text', type: 'text', role: 'case-number', name: 'caseNumber', id: '{generated}', section: 'Target | Preservation request for case 9999-999999', taught: false });
    expect(byLabel['Target account e-mail']).toMatchObject({ type: 'email', role: 'account-identifier' });
    expect(byLabel['Request type']).toMatchObject({ role: 'request-type', options: ['Preservation', 'Emergency disclosure', 'Legal process'], selected: 1 });
    expect(byLabel['Yes']).toMatchObject({ kind: 'radio', role: 'non-disclosure', group: 'Do not notify the user?', options: ['Yes', 'No'] });
    expect(byLabel['Yes']).not.toHaveProperty('checked');
  });

  it('never holds the page\'s other text or a typed value', () => {
    const { doc, recognition } = report(FORM);
    (doc.querySelector('#c') as HTMLInputElement).value = 'CASE-2026-004711';
    (doc.querySelector('#a') as HTMLInputElement).value = 'zed.quill@example.net';
    const json = JSON.stringify(shapeReport(doc, new URL('https://lers.google.com/requests/new'), recognition));
    for (const text of ['Zed Quill', 'suspect', 'KQTW', 'CASE-2026', '004711', 'zed.quill', 'example.net']) expect(json).not.toContain(text);
  });

  it('takes out typed text a page echoes into its headings and labels', () => {
    const { doc, recognition } = report(FORM);
    (doc.querySelector('#a') as HTMLInputElement).value = 'zedquill_official';
    doc.querySelector('h1')!.textContent = 'Request about zedquill_official';
    doc.querySelector('label[for=c]')!.textContent = 'Case number (account zedquill_official)';
    const json = JSON.stringify(shapeReport(doc, new URL('https://lers.google.com/requests/new'), recognition));
    expect(json).not.toContain('zedquill');
    expect(json).toContain('Request about {typed}');
  });

  it('marks what the investigator taught', () => {
    const { report: r } = report(FORM, undefined, { isTaught: (f) => f.role === 'case-number', pageTaught: true });
    expect(r.page).toMatchObject({ taught: true, decidedBy: 'taught' });
    expect(r.fields.filter((f) => f.taught).map((f) => f.role)).toEqual(['case-number']);
  });

  it('a page kind the signals do not give was set by the investigator', () => {
    const doc = loadPage(FORM, 'https://lers.google.com/requests/new');
    const recognition = { ...recognizePage(doc, new URL('https://lers.google.com/requests/new'), google), page: 'legal-process' as const };
    expect(shapeReport(doc, new URL('https://lers.google.com/requests/new'), recognition).page).toMatchObject({ kind: 'legal-process', taught: true, decidedBy: 'taught' });
  });

  it('stays small on a hostile page: headings, fields and strings are capped', () => {
    const long = 'Case 12345 '.repeat(2000);
    const html = `<!doctype html><html><body>${'<h2>Heading</h2>'.repeat(5)}${Array.from({ length: 60 }, (_, i) => `<h2>Heading ${'x'.repeat(i + 1)}</h2>`).join('')}
      <form>${Array.from({ length: 300 }, (_, i) => `<label for="f${i}">${long}</label><input id="f${i}">`).join('')}</form></body></html>`;
    const { report: r } = report(html);
    expect(r.headings).toHaveLength(SHAPE_LIMITS.headings);
    expect(r.fields).toHaveLength(SHAPE_LIMITS.fields);
    expect(r.truncated).toEqual({ headings: true, fields: true });
    expect(r.fields[0]!.label.length).toBeLessThanOrEqual(SHAPE_LIMITS.text);
    expect(JSON.stringify(r).length).toBeLessThan(400_000);
  });

  it('the schema refuses a report that still holds an e-mail address or a case number', () => {
    const { report: r } = report(FORM);
    expect(shapeReportSchema.safeParse({ ...r, headings: ['Case 2026-004711'] }).success).toBe(false);
    expect(shapeReportSchema.safeParse({ ...r, url: 'https://lers.google.com/u/a.b@c.org' }).success).toBe(false);
    expect(shapeReportSchema.safeParse({ ...r, fields: [{ ...r.fields[0]!, label: 'x'.repeat(121) }] }).success).toBe(false);
    expect(shapeReportSchema.safeParse({ ...r, version: 2 }).success).toBe(false);
  });
});

describe('explainPageKind', () => {
  const base: PageSignals = { urlKind: null, selectedKind: null, headingKinds: [], fieldKind: null, confirmationWording: false, passwordField: false, requestFieldCount: 0 };
  it.each<[Partial<PageSignals>, string, string]>([
    [{ confirmationWording: true }, 'confirmation', 'confirmation-wording'],
    [{ urlKind: 'confirmation' }, 'confirmation', 'confirmation-url'],
    [{ passwordField: true }, 'login', 'sign-in'],
    [{ selectedKind: 'emergency', urlKind: 'preservation', requestFieldCount: 3 }, 'emergency', 'selected-request-type'],
    [{ urlKind: 'legal-process', headingKinds: ['preservation'], requestFieldCount: 3 }, 'legal-process', 'url'],
    [{ headingKinds: ['preservation'], requestFieldCount: 3 }, 'preservation', 'heading'],
    [{ fieldKind: 'emergency', requestFieldCount: 3 }, 'emergency', 'field-labels'],
    [{ requestFieldCount: 3 }, 'other', 'form-of-unknown-kind'],
    [{ urlKind: 'preservation', requestFieldCount: 1 }, 'preservation', 'url-with-fields'],
    [{}, 'other', 'no-request-form'],
  ])('%o -> %s by %s', (over, kind, reason) => {
    expect(explainPageKind({ ...base, ...over })).toEqual({ kind, reason });
  });
});
