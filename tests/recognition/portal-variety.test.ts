import { describe, expect, it } from 'vitest';
import { providerForUrl } from '../../providers/registry';
import { explainPageKind, type PageSignals } from '../../recognition/page-kind';
import { recognizePage } from '../../recognition/recognize';
import { referencesOfThisRequest } from '../../register/references';
import { loadPage } from '../support/dom';

/**
 * Mechanisms found by a blind set of portal pages (tests/fixtures/portals-blind, 2026-11-30), each probed here with
 * pages of its own: pages a portal has besides its forms, a confirmation said in a plain block, grid columns,
 * component-library selects and switches, a label borrowed from an icon's name.
 */
function recognize(body: string, url = 'https://lers.google.com/requests/new') {
  const doc = loadPage(`<!doctype html><html><body>${body}</body></html>`, url);
  const result = recognizePage(doc, new URL(url), providerForUrl(url)!);
  const roleOf = (selector: string) => result.fields.find((f) => f.element === doc.querySelector(selector))?.role ?? null;
  return { ...result, roleOf };
}

const signals = (over: Partial<PageSignals>): PageSignals => ({
  urlKind: null,
  selectedKind: null,
  headingKinds: [],
  fieldKind: null,
  confirmationWording: false,
  passwordField: false,
  requestFieldCount: 0,
  ...over,
});

describe('a portal page that is no request form (settings, help, a list of requests)', () => {
  it.each([
    ['settings whose preference names a preservation', '<h1>Account settings</h1><label for="a">Agency</label><input id="a"><label for="b">Remind me before a preservation expires</label><input id="b"><label for="c">Default case number prefix</label><input id="c">', 'https://lers.google.com/account'],
    ['a help page with a contact form whose topics are request kinds', '<h1>Help for investigators</h1><label for="t">Topic</label><select id="t"><option selected>Preservation</option><option>Emergency</option><option>Legal process</option></select><label for="q">Your question</label><textarea id="q"></textarea><label for="e">Reply to</label><input id="e">', 'https://lers.google.com/portal'],
    ['a list of requests with filters', '<h2>My requests</h2><label for="s">Submitted from date</label><input id="s"><label for="u">Submitted to date</label><input id="u"><label for="k">Request type</label><select id="k"><option>Preservation</option><option>Emergency</option></select>', 'https://lers.google.com/portal'],
    ['a settings URL', '<h1>Your details</h1><label for="a">Case number format</label><input id="a"><label for="b">Preservation reminders</label><input id="b">', 'https://lers.google.com/settings'],
  ])('%s: kind other, no field has a role', (_what, body, url) => {
    const { page, fields } = recognize(body, url);
    expect(page).toBe('other');
    expect(fields.filter((f) => f.role !== null)).toEqual([]);
  });

  it.each([
    ['a request heading beside a help URL', '<h1>Emergency disclosure request</h1><label for="d">Describe the emergency</label><textarea id="d"></textarea><label for="c">Case number</label><input id="c">', 'https://lers.google.com/help/emergency-request', 'emergency'],
    ['a request URL under a settings heading', '<h1>Settings</h1><label for="c">Case number</label><input id="c"><label for="a">Target accounts</label><textarea id="a"></textarea>', 'https://lers.google.com/preservation/new', 'preservation'],
    ['"Help us" asks for help with a request', '<h1>Help us find the person at risk</h1><label for="d">Describe the emergency</label><textarea id="d"></textarea><label for="c">Case number</label><input id="c">', 'https://lers.google.com/requests/new', 'emergency'],
  ])('%s: still the request form', (_what, body, url, kind) => {
    const { page, fields } = recognize(body, url);
    expect(page).toBe(kind);
    expect(fields.some((f) => f.role === 'case-number')).toBe(true);
  });

  it('the decision states its reason', () => {
    expect(explainPageKind(signals({ urlKind: 'other', selectedKind: 'preservation', requestFieldCount: 3 }))).toEqual({ kind: 'other', reason: 'non-request-page' });
    expect(explainPageKind(signals({ headingKinds: ['other', 'emergency'], fieldKind: 'preservation', requestFieldCount: 3 }))).toEqual({ kind: 'other', reason: 'non-request-page' });
    expect(explainPageKind(signals({ headingKinds: ['emergency', 'other'], requestFieldCount: 3 })).kind).toBe('emergency');
  });
});

describe('a confirmation said in a plain block, where nothing else decides', () => {
  it.each([
    '<div class="hdr"><div>Case</div><div class="big">00841123</div><div>Your request has been received and is being processed.</div></div>',
    '<section><span>Thank you. Your submission was received on 12 November.</span></section>',
    '<div><div>We have received your preservation request. Keep reference LE-2026-0412.</div></div>',
  ])('%s', (body) => {
    expect(recognize(body, 'https://lers.google.com/requests/7731').page).toBe('confirmation');
  });

  it.each([
    ['the wording hidden until the form is sent', '<div hidden>Your request has been received.</div><p>Nothing here yet.</p>'],
    ['the wording in a script', '<script>var msg = "Your request has been received";</script><div>Requests overview</div>'],
    ['a form on the page decides first', '<div>Your request has been received.</div><label for="c">Case number</label><input id="c"><label for="d">Accounts</label><textarea id="d"></textarea>'],
  ])('not where %s', (_what, body) => {
    expect(recognize(body, 'https://lers.google.com/requests/7731').page).not.toBe('confirmation');
  });
});

describe('a grid of rows: each control named by its column header', () => {
  const grid = (head: string, cells: string) => `<h1>Preservation request</h1><label for="c">Case number</label><input id="c">
    <table><thead><tr>${head}</tr></thead><tbody><tr>${cells}</tr><tr>${cells.replaceAll('id="', 'id="r2-')}</tr></tbody></table>`;

  it('every row, not only the first', () => {
    const r = recognize(grid('<th>Account e-mail or user ID</th><th>Records from date</th><th>Records to date</th>', '<td><input id="a"></td><td><input id="s"></td><td><input id="e"></td>'));
    expect(['#a', '#s', '#e', '#r2-a', '#r2-s', '#r2-e'].map(r.roleOf)).toEqual(['account-identifier', 'date-start', 'date-end', 'account-identifier', 'date-start', 'date-end']);
  });

  it('a header spanning two columns, and a cell naming its headers', () => {
    const r = recognize(grid('<th colspan="2">Target account</th><th>Notes</th>', '<td><input id="a"></td><td><input id="b"></td><td headers="h9"><input id="n"></td>') + '<span id="h9">Records start date</span>');
    expect(['#a', '#b', '#r2-a'].map(r.roleOf)).toEqual(['account-identifier', 'account-identifier', 'account-identifier']);
    expect(r.roleOf('#n')).toBe('date-start');
  });

  it('not a row layout (caption and control side by side) nor a table whose head row holds data', () => {
    const rows = recognize('<h1>Preservation request</h1><table><tr><th>Records</th><td><input id="x"></td></tr><tr><th>Notes</th><td><input id="y"></td></tr></table>');
    expect([rows.roleOf('#x'), rows.roleOf('#y')]).toEqual([null, null]);
    const data = recognize('<h1>Preservation request</h1><table><tr><td>Target account</td><td>Extra</td></tr><tr><td><input id="z"></td><td><input id="w"></td></tr></table>');
    expect(data.roleOf('#w')).toBe(null);
  });
});

describe('component-library selects and switches', () => {
  it.each([
    ['a read-only input with the choice shown beside it (Ant Design)', '<label for="t">Request type</label><div class="sel"><div class="selector"><span><input id="t" role="combobox" readonly type="search" value=""></span><span class="item">Emergency disclosure</span></div></div>', 'emergency'],
    ['a read-only input holding the choice (Ext JS)', '<label for="t">Request type:</label><input id="t" role="combobox" readonly value="Preservation (2703(f))">', 'preservation'],
    ['a div combobox (MUI, PrimeNG)', '<span id="l">Type of request</span><div id="t" role="combobox" aria-labelledby="l" tabindex="0">Legal process</div>', 'legal-process'],
  ])('%s: its shown choice decides the kind', (_what, select, kind) => {
    const r = recognize(`<h1>New request</h1>${select}<label for="c">Case number</label><input id="c"><label for="a">Target accounts</label><textarea id="a"></textarea>`, 'https://lers.google.com/requests/new');
    expect(r.roleOf('#t')).toBe('request-type');
    expect(r.page).toBe(kind);
  });

  it('a combobox one types into stays a text box (an autocomplete of accounts)', () => {
    const r = recognize('<h1>Preservation request</h1><label for="a">Target account</label><input id="a" role="combobox" aria-autocomplete="list"><label for="c">Case number</label><input id="c">');
    expect(r.roleOf('#a')).toBe('account-identifier');
  });

  it('a switch button is a yes/no like a checkbox', () => {
    const r = recognize('<h1>Preservation request</h1><label for="n">Subject to a non-disclosure order</label><button type="button" role="switch" aria-checked="true" id="n"></button><label for="c">Case number</label><input id="c">');
    expect(r.roleOf('#n')).toBe('non-disclosure');
    expect(r.fields.find((f) => f.role === 'non-disclosure')?.kind).toBe('checkbox');
  });
});

describe('labels as a browser names them', () => {
  it.each([
    ['an icon button named by its aria-label', '<input id="t" aria-labelledby="tip"><button type="button" id="tip" aria-label="Target identifier(s)">i</button>', 'account-identifier'],
    ['a span named by its aria-label', '<input id="t" aria-labelledby="n"><span id="n" aria-label="Agency case number">#</span>', 'case-number'],
  ])('%s', (_what, body, role) => {
    expect(recognize(`<h1>Preservation request</h1>${body}<label for="x">Notes</label><textarea id="x"></textarea>`).roleOf('#t')).toBe(role);
  });

  it.each([
    ['Data range', 'date-range'],
    ['Data period requested', 'date-range'],
    ['Metadata source', null],
  ])('"%s"', (label, role) => {
    expect(recognize(`<h1>Preservation request</h1><label for="t">${label}</label><input id="t"><label for="c">Case number</label><input id="c">`).roleOf('#t')).toBe(role);
  });
});

/** Found by a second blind set of portal pages (b2-*, 2026-11-30), probed with pages of their own. */
describe('the wish not to tell the account holder, in other words', () => {
  it.each([
    ['<label><input type="checkbox" id="t"> Please do not tell the customer about this request</label>'],
    ['<label><input type="checkbox" id="t"> A judge ruled that the subscriber must not be informed</label>'],
    ['<label for="t">Order forbidding informing the user attached</label><input type="checkbox" id="t">'],
    ['<label for="t">Account-holder notification</label><select id="t"><option>Notify</option><option>Delay</option></select>'],
    ['<label><input type="checkbox" id="t"> Keep this request confidential (sealed order)</label>'],
  ])('%s', (control) => {
    expect(recognize(`<h1>Preservation request</h1>${control}<label for="c">Case number</label><input id="c">`).roleOf('#t')).toBe('non-disclosure');
  });

  it.each([
    ['<label><input type="checkbox" id="t"> Tell me when the records are ready</label>'],
    ['<label><input type="checkbox" id="t"> I have informed my supervisor</label>'],
    ['<label for="t">Send notice to the officer by e-mail</label><input id="t">'],
  ])('not: %s', (control) => {
    expect(recognize(`<h1>Preservation request</h1>${control}<label for="c">Case number</label><input id="c">`).roleOf('#t')).not.toBe('non-disclosure');
  });
});

describe('other field wordings', () => {
  const roleOf = (label: string, input = '<input id="t">') =>
    recognize(`<h1>Preservation request</h1><label for="t">${label}</label>${input.replace('id="t"', 'id="t"')}<label for="n">Notes</label><textarea id="n"></textarea>`).roleOf('#t');

  it.each([
    ['Guest e-mail or phone', 'account-identifier'],
    ['Seller’s username', 'account-identifier'],
    ['Subscriber handle', 'account-identifier'],
    ['Requesting agency’s reference', 'case-number'],
    ['Police’s ref', 'case-number'],
  ])('"%s" is %s', (label, role) => {
    expect(roleOf(label)).toBe(role);
  });

  it('dates that start and end a period of records', () => {
    expect(roleOf('Records starting', '<input id="t" type="date">')).toBe('date-start');
    expect(roleOf('Data ending', '<input id="t" type="date">')).toBe('date-end');
  });

  it.each([
    ['Transaction hashes of interest', null],
    ['Commit hash', null],
    ['MD5 hashes of the files', 'hash-values'],
  ])('"%s": a record’s hash is no file hash', (label, role) => {
    expect(roleOf(label)).toBe(role);
  });

  it('an ARIA grid of rows names each control by its column header', () => {
    const r = recognize(`<h1>Legal process</h1><label for="c">Case number</label><input id="c">
      <div role="table"><div role="row"><span role="columnheader">Kind</span><span role="columnheader">Target account or e-mail</span></div>
      <div role="row"><select id="k" aria-label="Kind, row 1"><option>UID</option></select><input id="a" aria-label="Row 1"></div>
      <div role="row"><select id="k2" aria-label="Kind, row 2"><option>UID</option></select><input id="a2" aria-label="Row 2"></div></div>`);
    expect([r.roleOf('#a'), r.roleOf('#a2')]).toEqual(['account-identifier', 'account-identifier']);
  });
});

describe('page kinds in other words', () => {
  it.each(['Request sent', 'Submission logged', 'Preservation request accepted'])('"%s" confirms', (heading) => {
    expect(recognize(`<h1>${heading}</h1><p>Keep this page.</p>`, 'https://lers.google.com/requests/7731').page).toBe('confirmation');
  });

  it('"Your requests" over a list with filters is no form', () => {
    const r = recognize('<h1>Your requests</h1><label>Submitted from<input type="date" id="f"></label><label>Kind of request<select id="k"><option>Preservation</option><option>Emergency</option></select></label>', 'https://lers.google.com/portal');
    expect(r.page).toBe('other');
    expect(r.fields.filter((f) => f.role)).toEqual([]);
  });

  it('a section heading "Requests" above a request form does not make it a list', () => {
    const r = recognize('<h1>Requests</h1><h2>New emergency request</h2><label for="d">Describe the emergency</label><textarea id="d"></textarea><label for="c">Case number</label><input id="c">', 'https://lers.google.com/portal');
    expect(r.page).toBe('emergency');
  });
});

/** Found by a third blind set of portal pages (b3-*, 2026-11-30), probed with pages of their own. */
describe('labels that are pictures, abbreviations or a component’s slot', () => {
  const roleOf = (label: string, control = '<input id="t">') =>
    recognize(`<h1>Preservation request</h1>${label.replace('FOR', 'for="t"')}${control}<label for="n">Notes</label><textarea id="n"></textarea>`).roleOf('#t');

  it.each<[string, string, string?]>([
    ['<label FOR><img src="data:," alt="Target account or username"></label>', 'account-identifier'],
    ['<label FOR><span role="img" aria-label="Agency case number">#</span></label>', 'case-number'],
    ['<label FOR><abbr title="Law enforcement reference">LE ref</abbr></label>', 'case-number'],
    ['<label FOR><abbr title="Account identifier">Acct ID</abbr>(s)</label>', 'account-identifier'],
    ['<label FOR>Recs fr.</label>', 'date-start', '<input id="t" type="date">'],
    ['<label FOR>Transaction period</label>', 'date-range', '<input id="t" placeholder="YYYY-MM-DD – YYYY-MM-DD">'],
    ['<label FOR>Yahoo IDs or e-mail addresses</label>', 'account-identifier'],
  ])('%s', (label, role, control) => {
    expect(roleOf(label, control)).toBe(role);
  });

  it.each([
    ['<label FOR><img src="data:," alt=""></label>'],
    ['<label FOR>Retention period (days)</label>'],
    ['<label FOR><abbr title="Frequently asked">FAQ</abbr> topic</label>'],
  ])('no role: %s', (label) => {
    expect(roleOf(label)).toBe(null);
  });

  it('a web component’s label shows what is slotted into it', () => {
    const doc = loadPage('<!doctype html><html><body><h1>Preservation request</h1><x-field><span slot="label">Target usernames or user IDs</span></x-field><label for="c">Case number</label><input id="c"></body></html>', 'https://lers.google.com/requests/new');
    const host = doc.querySelector('x-field')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="control"><slot name="label">Field</slot></label><input id="control">';
    const result = recognizePage(doc, new URL('https://lers.google.com/requests/new'), providerForUrl('https://lers.google.com/requests/new')!);
    expect(result.fields.find((f) => f.element === shadow.getElementById('control'))?.role).toBe('account-identifier');
  });
});

describe('a wish for secrecy, asked as a question', () => {
  it.each([
    '<label for="t">Sealed, or notice to the user prohibited?</label><select id="t"><option>Yes</option><option>No</option></select>',
    '<fieldset><legend>Has a court ordered secrecy?</legend><label><input type="radio" name="s" id="t" value="y"> Yes</label><label><input type="radio" name="s" value="n"> No</label></fieldset>',
  ])('%s', (control) => {
    expect(recognize(`<h1>Preservation request</h1>${control}<label for="c">Case number</label><input id="c">`).roleOf('#t')).toBe('non-disclosure');
  });
});

describe('page kinds from the title, greetings and other confirmations', () => {
  const form = '<label for="c">Case ID</label><input id="c"><label for="a">Accounts</label><textarea id="a"></textarea>';

  it('the title names the form where no heading does', () => {
    const doc = loadPage(`<!doctype html><html><head><title>Emergency Disclosure Request · Portal</title></head><body><h1>Request details</h1>${form}</body></html>`, 'https://lers.google.com/r/new');
    expect(recognizePage(doc, new URL(doc.URL), providerForUrl(doc.URL)!).page).toBe('emergency');
  });

  it('a heading that names the form outweighs the title', () => {
    const doc = loadPage(`<!doctype html><html><head><title>Emergency requests</title></head><body><h1>Preservation request</h1>${form}</body></html>`, 'https://lers.google.com/r/new');
    expect(recognizePage(doc, new URL(doc.URL), providerForUrl(doc.URL)!).page).toBe('preservation');
  });

  it.each([
    ['<h1>We’ve received your request</h1>', 'confirmation'],
    ['<h1>Two preservations opened</h1>', 'confirmation'],
    [`<h1>Keep account records</h1>${form}`, 'preservation'],
    ['<h1>Welcome back, Det. R. Okafor</h1><p>3 open requests</p>', 'other'],
  ])('%s', (body, kind) => {
    expect(recognize(body, 'https://lers.google.com/portal').page).toBe(kind);
  });
});

describe('a reference printed in spaced groups', () => {
  it.each([
    ['Request number\nKIK 4471 0923\nYour case number: OPP 26-118204', ['KIK 4471 0923']],
    ['Reference: SNAP PR 2611 8802', ['SNAP PR 2611 8802']],
    ['Reference: TG 2611 0573 — keep it', ['TG 2611 0573']],
  ])('%s', (text, want) => {
    expect(referencesOfThisRequest(text)).toEqual(want);
  });

  it('not digits alone, nor a phone number', () => {
    expect(referencesOfThisRequest('Request number: 4471 0923')).toEqual([]);
    expect(referencesOfThisRequest('Call +1 519 555 0147 about request ID KK 12 34')).toEqual([]);
  });
});
