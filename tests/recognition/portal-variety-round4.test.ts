import { describe, expect, it } from 'vitest';
import { providerForUrl } from '../../providers/registry';
import { recognizePage } from '../../recognition/recognize';
import { loadPage } from '../support/dom';

/**
 * Mechanisms found by the fourth set of portal pages (b4-*, written blind, opened in round 4), each probed here
 * with pages of its own in other markup and wordings: ARIA checkbox widgets, the requester's own reference said in
 * other words, whether the provider may tell the account holder, a user's contact details, two-input range
 * pickers, and a one-line box whose role word sits only in a qualifying clause.
 */
function recognize(body: string, url = 'https://lers.google.com/requests/new') {
  const doc = loadPage(`<!doctype html><html><body>${body}</body></html>`, url);
  const result = recognizePage(doc, new URL(url), providerForUrl(url)!);
  const roleOf = (selector: string) => result.fields.find((f) => f.element === doc.querySelector(selector))?.role ?? null;
  return { ...result, roleOf };
}

const FORM_TAIL = '<label for="zc">Case number</label><input id="zc"><label for="zn">Notes</label><textarea id="zn"></textarea>';

describe('a checkbox drawn by a component library (role=checkbox on a button, div or span)', () => {
  it.each([
    ['a button named by label[for] (Radix, shadcn)', '<div class="row"><button type="button" role="checkbox" aria-checked="false" id="t"></button><label for="t">The victim is under 18</label></div>', 'child-safety-flag'],
    ['a div named by its own text (Vuetify-like)', '<div role="checkbox" aria-checked="true" tabindex="0" id="t"><i class="mdi-check"></i> Subject to a gag order</div>', 'non-disclosure'],
    ['a span named by aria-labelledby (Headless UI)', '<span role="checkbox" aria-checked="false" tabindex="0" id="t" aria-labelledby="tl"></span><span id="tl">Minor involved</span>', 'child-safety-flag'],
    ['a div named by aria-label', '<div role="checkbox" aria-checked="false" tabindex="0" id="t" aria-label="Do not notify the subscriber"></div>', 'non-disclosure'],
  ])('%s', (_what, control, role) => {
    const r = recognize(`<h1>Preservation request</h1>${control}${FORM_TAIL}`);
    expect(r.roleOf('#t')).toBe(role);
    expect(r.fields.find((f) => f.role === role)?.kind).toBe('checkbox');
  });

  it.each([
    ['a checkbox of the requester', '<div role="checkbox" aria-checked="false" tabindex="0" id="t">Send me a copy by e-mail</div>'],
    ['a cookie preference', '<button type="button" role="checkbox" aria-checked="true" id="t" aria-label="Analytics cookies"></button>'],
    ['a hidden widget', '<div hidden><div role="checkbox" aria-checked="false" id="t">A child is at risk</div></div>'],
  ])('no role: %s', (_what, control) => {
    const r = recognize(`<h1>Preservation request</h1>${control}${FORM_TAIL}`);
    expect(r.roleOf('#t')).toBe(null);
  });

  it('a widget wrapping a native checkbox is one field, the native one', () => {
    const r = recognize(`<h1>Preservation request</h1><label class="box" role="checkbox" aria-checked="false" id="w"><input type="checkbox" id="t"> A minor may be involved</label>${FORM_TAIL}`);
    expect(r.roleOf('#t')).toBe('child-safety-flag');
    expect(r.fields.some((f) => f.element.id === 'w')).toBe(false);
  });
});

describe("the requester's own reference, in other words", () => {
  const roleOf = (label: string) => recognize(`<h1>Preservation request</h1><label for="t">${label}</label><input id="t"><label for="n">Notes</label><textarea id="n"></textarea>`).roleOf('#t');

  it.each(['Your constabulary reference', 'Reference number at your agency', 'The reference your unit gave this matter', 'Your own ref.', 'Ref. we use internally'])('"%s" is the case number', (label) => {
    expect(roleOf(label)).toBe('case-number');
  });

  it.each([
    'Reference you received for an earlier preservation',
    'Your previous request reference (if extending)',
    'Your badge number',
    'How did you hear of this portal? (referral)',
    'E-mail address: the reference reaches you there',
  ])('"%s" is none', (label) => {
    expect(roleOf(label)).toBe(null);
  });
});

describe('whether the provider may tell the account holder, asked in other words', () => {
  it.each([
    ['<label for="t">Can we let the member know about this request?</label><select id="t"><option>Yes</option><option>No</option></select>'],
    ['<label for="t">Is Zoom allowed to inform the customer?</label><select id="t"><option>Yes</option><option>No</option></select>'],
    ['<fieldset><legend>Should the provider alert the account owner?</legend><label><input type="radio" name="a" id="t"> Yes</label><label><input type="radio" name="a"> No</label></fieldset>'],
    ['<label><input type="checkbox" id="t"> There is an order against telling the subscriber</label>'],
    ['<span id="q">Permission to tell the user</span><div role="radiogroup" aria-labelledby="q"><label><input type="radio" name="p" id="t"> Granted</label><label><input type="radio" name="p"> Refused</label></div>'],
  ])('%s', (control) => {
    expect(recognize(`<h1>Preservation request</h1>${control}${FORM_TAIL}`).roleOf('#t')).toBe('non-disclosure');
  });

  it.each([
    ['<label for="t">Can we contact you by phone?</label><select id="t"><option>Yes</option><option>No</option></select>'],
    ['<label for="t">Should we notify you when the preservation lapses?</label><select id="t"><option>Yes</option><option>No</option></select>'],
    ['<label for="t">How can we tell which account is the user’s?</label><textarea id="t"></textarea>'],
    ['<label><input type="checkbox" id="t"> I may inform my supervisor</label>'],
  ])('not: %s', (control) => {
    expect(recognize(`<h1>Preservation request</h1>${control}${FORM_TAIL}`).roleOf('#t')).not.toBe('non-disclosure');
  });
});

describe("a user's contact details named as the user's", () => {
  const roleOf = (label: string) => recognize(`<h1>Preservation request</h1><label for="t">${label}</label><input id="t">${FORM_TAIL}`).roleOf('#t');

  it.each(['Platform user phone number', 'End-user e-mail(s)', 'User’s mobile number', 'Zoom user e-mail address(es)'])('"%s" is the account', (label) => {
    expect(roleOf(label)).toBe('account-identifier');
  });

  it.each(['Your user e-mail', 'Requesting officer user phone', 'Phone', 'E-mail for our reply'])('"%s" is none', (label) => {
    expect(roleOf(label)).toBe(null);
  });
});

describe('a range picker: two boxes in one widget under one caption', () => {
  it.each([
    ['Element Plus, placeholders only', '<label id="rl">Activity window</label><div class="el-range-editor"><input id="a" placeholder="First day"><span class="sep">to</span><input id="b" placeholder="Last day"></div>'],
    ['Ant Design, the caption on the first box', '<label for="a">Period of records</label><div class="ant-picker-range"><div class="pi"><input id="a" readonly placeholder="Pick"></div><div class="ant-picker-range-separator"><span>→</span></div><div class="pi"><input id="b" readonly placeholder="Pick"></div></div>'],
    ['MUI, aria-labelledby on both', '<span id="cap">Dates of interest</span><div class="MuiMultiInputDateRangeField"><input id="a" aria-labelledby="cap" placeholder="MM/DD/YYYY"><p>–</p><input id="b" aria-labelledby="cap" placeholder="MM/DD/YYYY"></div>'],
    ['a plain table cell, "until" between', '<table><tr><th>Time window</th><td><input id="a" type="date"> until <input id="b" type="date"></td></tr></table>'],
  ])('%s: start and end', (_what, picker) => {
    const r = recognize(`<h1>Preservation request</h1>${picker}${FORM_TAIL}`);
    expect([r.roleOf('#a'), r.roleOf('#b')]).toEqual(['date-start', 'date-end']);
  });

  it.each([
    ['an amount range', '<label for="a">Amount range (USD)</label><div class="range"><input id="a" placeholder="Min"><span>–</span><input id="b" placeholder="Max"></div>'],
    ['a date of birth split in two', '<label for="a">Date of birth</label><div class="dob"><input id="a" placeholder="Month"><span>/</span><input id="b" placeholder="Year"></div>'],
    ['first and last name side by side', '<div class="row"><input id="a" placeholder="First name"><input id="b" placeholder="Last name"></div>'],
    ['a date and a time', '<label for="a">Incident date</label><div class="dt"><input id="a" type="date"><span>at</span><input id="b" type="time"></div>'],
    ['a date and a time with a dash between', '<label for="a">When did the call come in?</label><div class="dt"><input id="a" type="date"><span>–</span><input id="b" type="time"></div>'],
  ])('not: %s', (_what, picker) => {
    const r = recognize(`<h1>Preservation request</h1>${picker}${FORM_TAIL}`);
    expect([r.roleOf('#a'), r.roleOf('#b')]).toEqual([null, null]);
  });
});

describe("a one-line box whose role word sits only in a qualifying clause", () => {
  const roleOf = (label: string, control = '<input id="t">') =>
    recognize(`<h1>Emergency disclosure request</h1><label for="d">Describe the emergency</label><textarea id="d"></textarea><label for="t">${label}</label>${control}<label for="c">Case number</label><input id="c">`, 'https://lers.google.com/emergency/new').roleOf('#t');

  it.each([
    'Booking number, if the emergency involves a booking',
    'Order ID (only if the emergency concerns an order)',
    'Meeting ID when the danger arose during a meeting',
    'Listing link — where the threat concerns a listing',
  ])('"%s" is no narrative', (label) => {
    expect(roleOf(label)).toBe(null);
  });

  it.each([
    ['Nature of the emergency, in a few words', '<input id="t">'],
    ['What is the threat?', '<input id="t">'],
    ['Details, if this is an emergency', '<textarea id="t"></textarea>'],
  ])('"%s" is still the narrative', (label, control) => {
    const r = recognize(`<h1>Emergency disclosure request</h1><label for="t">${label}</label>${control}<label for="c">Case number</label><input id="c">`, 'https://lers.google.com/emergency/new');
    expect(r.roleOf('#t')).toBe('emergency-description');
  });
});

describe('a page of several sections: the section that holds the request form names it', () => {
  const prose = '<h2>Preservation requests</h2><p>We keep data for 90 days.</p><h2>Emergency requests</h2><p>Call us where life is at risk.</p>';
  it.each([
    ['a guidelines page, the form under the last section', `<h1>Law enforcement guidelines</h1>${prose}<h2>Send us a records request</h2><form><label for="c">Case number</label><input id="c"><label for="a">Target accounts</label><textarea id="a"></textarea><input type="file" aria-label="Signed subpoena"></form>`, 'legal-process'],
    ['sections as <section> elements, React without a form', '<main><section><h3>Legal process</h3><p>Serve subpoenas by upload.</p></section><section><h3>Emergency requests</h3><p>See below.</p></section><section><h3>Preserve an account</h3><div class="f"><label for="c">Agency case number</label><input id="c"><label for="a">Account URL</label><input id="a"></div></section></main>', 'preservation'],
    ['a card beside prose about other kinds', `<h1>Working with us</h1><div class="cols"><div class="prose">${prose}</div><div class="card"><h2>Subpoena submission</h2><label for="c">Case no.</label><input id="c"><label for="a">User IDs</label><textarea id="a"></textarea></div></div>`, 'legal-process'],
  ])('%s', (_what, body, kind) => {
    expect(recognize(body, 'https://lers.google.com/portal/start').page).toBe(kind);
  });

  it.each([
    ['one request form whose sub-section names another kind', '<h1>Emergency disclosure request</h1><form><label for="d">Describe the emergency</label><textarea id="d"></textarea><h2>Accounts to preserve</h2><label for="a">Target account</label><input id="a"><label for="c">Case number</label><input id="c"></form>', 'emergency'],
    ['an emergency form whose page mentions preservation further down', '<h1>Emergency request</h1><form><label for="c">Case number</label><input id="c"><label for="a">Target account</label><input id="a"></form><h2>Preservation</h2><p>Use the other form.</p>', 'emergency'],
    ['several sections, the form under a heading naming no kind', `<h1>Law enforcement</h1>${prose}<h2>Your request</h2><form><label for="c">Case number</label><input id="c"><label for="a">Target accounts</label><textarea id="a"></textarea></form>`, 'preservation'],
  ])('unchanged: %s', (_what, body, kind) => {
    expect(recognize(body, 'https://lers.google.com/portal/start').page).toBe(kind);
  });
});

describe("a heading whose section is a summary of the requester's details, with the form after it", () => {
  it.each([
    ['a description list, then a form', '<h2>Your details</h2><dl class="summary"><dt>Name</dt><dd>PC Ada Moss</dd><dt>Force</dt><dd>Kent Police</dd></dl><form><label for="t">Accounts concerned</label><textarea id="t"></textarea><label for="c">Case number</label><input id="c"></form>'],
    ['a table, then a React form without <form>', '<h3>Requesting officer</h3><table><tr><th>Name</th><td>Det. Ruiz</td></tr><tr><th>Badge</th><td>4471</td></tr></table><div class="fields"><label for="t">User names</label><input id="t"><label for="c">Case number</label><input id="c"></div>'],
    ['a card with a description list, then the form in a sibling column', '<div class="page"><h2>Your agency</h2><dl><div><dt>Agency</dt><dd>Ohio BCI</dd></div></dl><section class="main"><label for="t">Profile URL of the subject</label><input id="t"><label for="c">Case number</label><input id="c"></section></div>'],
  ])('%s: the form is not the requester’s section', (_what, body) => {
    expect(recognize(`<h1>Emergency disclosure request</h1>${body}`).roleOf('#t')).toBe('account-identifier');
  });

  it.each([
    ['an intro paragraph is no summary', '<h2>Your details</h2><p>Tell us who you are.</p><form><label for="t">User name</label><input id="t"><label for="c">Badge number</label><input id="c"></form>'],
    ['a description list that lays out fields', '<h2>Your details</h2><dl><dt><label for="c">Badge number</label></dt><dd><input id="c"></dd></dl><label for="t">User name</label><input id="t">'],
    ['the heading right above the fields', '<h2>Requester</h2><table><tr><td><label for="c">Agency</label></td><td><input id="c"></td></tr></table><div><label for="t">Username</label><input id="t"></div>'],
  ])('unchanged: %s', (_what, body) => {
    expect(recognize(`<h1>Emergency disclosure request</h1>${body}<label for="d">Describe the emergency</label><textarea id="d"></textarea>`).roleOf('#t')).toBe(null);
  });

  it('a list of the accounts already added still heads the field that adds one more', () => {
    const r = recognize('<h1>Preservation request</h1><h2>Accounts to preserve</h2><table><tr><td>a@example.com</td></tr></table><form><label for="t">Email</label><input id="t"><label for="c">Case number</label><input id="c"></form>');
    expect(r.roleOf('#t')).toBe('account-identifier');
  });
});
