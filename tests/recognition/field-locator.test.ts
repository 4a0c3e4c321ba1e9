import { describe, expect, it } from 'vitest';
import { locateFields } from '../../recognition/field-locator';
import type { FieldRole } from '../../recognition/field-roles';
import { loadPage } from '../support/dom';

type Control = 'text' | 'textarea' | 'checkbox' | 'date' | 'file' | 'select';

interface RoleCase {
  role: FieldRole;
  control: Control;
  phrasings: string[];
  names: string[];
}

const CASES: RoleCase[] = [
  { role: 'case-number', control: 'text', phrasings: ['Agency case number', 'Case No.', 'Your internal reference / file number', 'Case #', 'Investigation number'], names: ['caseNumber', 'case_no', 'agency-file-number'] },
  { role: 'account-identifier', control: 'text', phrasings: ['Target account(s)', 'Username or user ID of the account', 'Facebook profile URL', 'Snapchat username', 'Discord user ID (snowflake)'], names: ['target_accounts[]', 'targetUsername', 'account_identifier'] },
  { role: 'account-identifier', control: 'textarea', phrasings: ['Account identifiers (one per line)', 'Subject account URLs'], names: ['accountIdentifiers'] },
  { role: 'emergency-description', control: 'textarea', phrasings: ['Describe the emergency', 'Nature of the emergency and imminent danger', 'Facts supporting the emergency', 'Explain the threat to life'], names: ['emergency_description', 'emergencyNarrative'] },
  { role: 'ncmec-report-ids', control: 'text', phrasings: ['CyberTipline report number(s)', 'NCMEC CT #', 'CyberTip IDs', 'NCMEC report ID'], names: ['ncmec_cybertip_ids', 'cybertipNumbers'] },
  { role: 'non-disclosure', control: 'checkbox', phrasings: ['There is a non-disclosure order', 'Request that the user not be notified', 'A 2705(b) order is attached', 'Delay user notification'], names: ['ndo', 'nonDisclosureOrder'] },
  { role: 'child-safety-flag', control: 'checkbox', phrasings: ['This request involves child sexual exploitation', 'Matter involves a minor', 'CSAM investigation'], names: ['child_exploitation', 'isChildSafety'] },
  { role: 'date-start', control: 'date', phrasings: ['Start date', 'From', 'Records since'], names: ['date_from', 'startDate'] },
  { role: 'date-end', control: 'date', phrasings: ['End date', 'Through', 'To'], names: ['dateTo', 'end_date'] },
  { role: 'date-range', control: 'text', phrasings: ['Date range of records requested', 'Time frame', 'Relevant period'], names: ['date_range', 'requestedTimeframe'] },
  { role: 'file-upload', control: 'file', phrasings: ['Upload legal process (PDF)', 'Attachments'], names: ['attachment'] },
  { role: 'request-type', control: 'select', phrasings: ['Type of request', 'Request type', 'What would you like to submit?'], names: ['request_type', 'requestType'] },
];

function control(kind: Control, attrs: string): string {
  switch (kind) {
    case 'textarea':
      return `<textarea ${attrs}></textarea>`;
    case 'select':
      return `<select ${attrs}><option value="">Choose…</option><option value="pres">Preservation</option><option value="edr">Emergency disclosure</option><option value="lp">Legal process</option></select>`;
    default:
      return `<input type="${kind}" ${attrs}>`;
  }
}

/** Each labelling style on its own: any one must be enough. */
const STYLES: Record<string, (kind: Control, text: string) => string | null> = {
  'label for': (k, t) => `<label for="f1">${t}</label><div>${control(k, 'id="f1"')}</div>`,
  'wrapping label': (k, t) => (k === 'checkbox' ? `<label>${control(k, '')} ${t}</label>` : `<label><span>${t}</span> ${control(k, '')}</label>`),
  'aria-label': (k, t) => control(k, `aria-label="${t}"`),
  'aria-labelledby': (k, t) => `<p id="lab1">${t}</p><hr><div><div>${control(k, 'aria-labelledby="lab1"')}</div></div>`,
  placeholder: (k, t) => (k === 'text' || k === 'textarea' ? control(k, `placeholder="${t}"`) : null),
  'preceding text': (k, t) => `<div class="row"><div class="c1">${t}</div><div class="c2">${control(k, 'class="x"')}</div></div>`,
  'table cell': (k, t) => `<table><tr><td>${t}</td><td>${control(k, '')}</td></tr></table>`,
};

function page(body: string): Document {
  return loadPage(`<!doctype html><html><body><form>${body}</form></body></html>`);
}

describe('field locator: every role from every labelling style alone', () => {
  for (const c of CASES) {
    for (const [style, make] of Object.entries(STYLES)) {
      for (const text of c.phrasings) {
        const html = make(c.control, text);
        if (html === null) continue;
        it(`${c.role} ← ${style}: "${text}"`, () => {
          const fields = locateFields(page(html));
          expect(fields.map((f) => f.role)).toEqual([c.role]);
        });
      }
    }
    for (const name of c.names) {
      it(`${c.role} ← name only: ${name}`, () => {
        expect(locateFields(page(control(c.control, `name="${name}"`))).map((f) => f.role)).toEqual([c.role]);
      });
      it(`${c.role} ← id only: ${name}`, () => {
        expect(locateFields(page(control(c.control, `id="${name.replace(/\[\]$/, '')}"`))).map((f) => f.role)).toEqual([c.role]);
      });
    }
  }
});

describe('field locator: what must get no role', () => {
  it('ignores hidden, templated and honeypot controls', () => {
    const doc = page(`
      <div hidden><label>Case number <input></label></div>
      <template><label>NCMEC report <input></label></template>
      <div style="display:none"><label>Describe the emergency <textarea></textarea></label></div>
      <div aria-hidden="true"><input aria-label="Target account"></div>
      <input type="hidden" name="case_number">
      <label>Case number <input id="real"></label>`);
    const fields = locateFields(doc);
    expect(fields.map((f) => [f.element.id, f.role])).toEqual([['real', 'case-number']]);
  });

  it('keeps the requester section apart from the target account', () => {
    const doc = page(`
      <fieldset><legend>Requesting officer</legend>
        <label>Name <input id="n"></label><label>Email address <input id="e" type="email"></label>
        <label>Phone <input id="p" type="tel"></label><label>Badge number <input id="b"></label>
      </fieldset>
      <fieldset><legend>Target account</legend>
        <label>Email address <input id="te" type="email"></label><label>Username <input id="tu"></label>
      </fieldset>`);
    const roles = Object.fromEntries(locateFields(doc).map((f) => [f.element.id, f.role]));
    expect(roles).toEqual({ n: null, e: null, p: null, b: null, te: 'account-identifier', tu: 'account-identifier' });
  });

  it('does not take the previous field’s label for an unlabelled control', () => {
    const doc = page(`<div><span>Case number</span><input id="a"><input id="b"></div>`);
    expect(locateFields(doc).map((f) => [f.element.id, f.role])).toEqual([
      ['a', 'case-number'],
      ['b', null],
    ]);
  });

  it('skips log-in credentials, search boxes and buttons', () => {
    const doc = page(`<input type="search" aria-label="Search requests"><input type="password" aria-label="Password">
      <button>Submit</button><input type="submit" value="Send">`);
    expect(locateFields(doc)).toEqual([]);
  });

  it('ignores generated ids that say nothing', () => {
    const doc = page(`<input id=":r3:" name="field_17">`);
    expect(locateFields(doc).map((f) => f.role)).toEqual([null]);
  });

  it('reads the question of a radio group from its legend', () => {
    const doc = page(`<fieldset><legend>Is there a non-disclosure order?</legend>
      <label><input type="radio" name="q" value="yes"> Yes</label><label><input type="radio" name="q" value="no"> No</label></fieldset>`);
    expect(locateFields(doc).map((f) => f.role)).toEqual(['non-disclosure', 'non-disclosure']);
  });

  it('recognizes a request-type radio group in a request form from its options alone', () => {
    const doc = page(`<div><label><input type="radio" name="t" value="preservation"> Preservation</label>
      <label><input type="radio" name="t" value="emergency"> Emergency disclosure</label></div>
      <label>Case number <input></label><label>Username <input></label>`);
    expect(locateFields(doc).map((f) => f.role)).toEqual(['request-type', 'request-type', 'case-number', 'account-identifier']);
  });

  it('a filter over a list of past requests is not a request type', () => {
    const doc = page(`<h2>My requests</h2><input type="search" aria-label="Search">
      <label>Filter by request type <select><option>All</option><option>Preservation</option><option>Emergency</option></select></label>
      <label>Type <select><option>All</option><option>Preservation</option><option>Emergency</option></select></label>`);
    expect(locateFields(doc).map((f) => f.role)).toEqual([null, null]);
  });

  it('finds a contenteditable narrative and controls inside open shadow roots', () => {
    const doc = page(`<div id="host"></div><p id="lbl">Describe the emergency</p><div contenteditable="true" aria-labelledby="lbl"><p>x</p></div>`);
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const label = doc.createElement('label');
    label.textContent = 'CyberTipline report numbers ';
    label.append(doc.createElement('input'));
    shadow.append(label);
    expect(locateFields(doc).map((f) => f.role).sort()).toEqual(['emergency-description', 'ncmec-report-ids']);
  });
});
