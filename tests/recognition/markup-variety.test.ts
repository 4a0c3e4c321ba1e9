import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { providerForUrl } from '../../providers/registry';
import { locateFields } from '../../recognition/field-locator';
import { pageRoots, pageText } from '../../recognition/page-roots';
import { recognizePage } from '../../recognition/recognize';
import { snapshotFields } from '../../recognition/snapshot';
import { loadPage } from '../support/dom';
import { loadFixturePage, queryFixture } from './fixture-dom';

/**
 * The fixtures of markup today's other fixtures do not show (issue 10, part 5), in the states their scripts
 * bring about: happy-dom runs no fixture script, so each test makes the script's change itself.
 */
const byName = new Map(loadFixtures().map((f) => [f.name, f]));

function open(name: string) {
  const fixture = byName.get(name)!;
  const doc = loadFixturePage(fixture.html, fixture.url);
  const recognize = () => recognizePage(doc, new URL(fixture.url), providerForUrl(fixture.url)!);
  const roleOf = (selector: string) => {
    const el = queryFixture(doc, selector);
    if (!el) throw new Error(`${selector} matches nothing`);
    return recognize().fields.find((f) => f.element === el)?.role ?? null;
  };
  return { fixture, doc, recognize, roleOf };
}

describe('x-lightning-shadow: fields two shadow roots deep', () => {
  it('finds the controls inside the nested shadow roots, labelled by the labels beside them there', () => {
    const { recognize } = open('x-lightning-shadow');
    const fields = recognize().fields;
    expect(fields.map((f) => f.label)).toEqual([
      'Agency case number',
      '@handle or user ID of the account',
      'Describe the emergency',
      'NCMEC CyberTipline report number(s), if any',
      'Ask X not to notify the account holder',
      'Your e-mail address',
    ]);
  });

  it('the confirmation that replaces the component in place is a confirmation, its reference in the page text', () => {
    const { doc, recognize } = open('x-lightning-shadow');
    const root = doc.querySelector('c-le-request-intake')!.shadowRoot!;
    const done = doc.createElement('p');
    done.textContent = 'Your request has been submitted to X. Case Number: 00084213';
    root.querySelector('.intake')!.replaceWith(done);
    expect(recognize().page).toBe('confirmation');
    expect(pageText(doc)).toContain('Case Number: 00084213');
    expect(pageText(doc)).not.toContain('slds'); // a shadow root's style sheet is not page text
  });
});

describe('apple-framed-emergency: the form in a same-origin frame', () => {
  it('typed values are read from the framed controls', () => {
    const { doc, recognize } = open('apple-framed-emergency');
    const narrative = queryFixture(doc, '#workspace >>> #ctl00_Main_txtNature') as HTMLTextAreaElement;
    narrative.value = 'The caller threatens to shoot his neighbour tonight.';
    const snapshot = snapshotFields(recognize().fields).fields;
    expect(snapshot.find((f) => f.role === 'emergency-description')?.value).toBe(narrative.value);
  });

  it('the receipt that replaces the frame body makes the page a confirmation, its text part of the page text', () => {
    const { doc, recognize } = open('apple-framed-emergency');
    const frameDoc = (doc.querySelector('#workspace') as HTMLIFrameElement).contentDocument!;
    const receipt = frameDoc.createElement('p');
    receipt.textContent = 'Thank you. Your request has been received and is being reviewed. Request ID: EDR-2026-55107';
    frameDoc.body.replaceChildren(receipt);
    expect(recognize().page).toBe('confirmation');
    expect(pageText(doc)).toContain('Request ID: EDR-2026-55107');
  });

  it('a hidden frame is not read', () => {
    const { doc, recognize } = open('apple-framed-emergency');
    (doc.querySelector('#workspace') as HTMLElement).style.display = 'none';
    expect(recognize().fields).toEqual([]);
  });
});

describe('yahoo-generated-ids: names that change on every load', () => {
  it('gives the same roles after the ids, references and names are made afresh', () => {
    const { doc, recognize } = open('yahoo-generated-ids');
    const before = recognize().fields.map((f) => f.role);
    const renamed = new Map<string, string>();
    for (const el of Array.from(doc.querySelectorAll('[id^="yui_"]'))) {
      renamed.set(el.id, `${el.id}9`);
      el.id = `${el.id}9`;
    }
    for (const el of Array.from(doc.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]'))) {
      for (const attr of ['aria-labelledby', 'aria-describedby', 'for']) {
        const value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.split(' ').map((id) => renamed.get(id) ?? id).join(' '));
      }
    }
    for (const [i, el] of Array.from(doc.querySelectorAll('form [name]')).entries()) el.setAttribute('name', `f${77000 + i}`);
    expect(recognize().fields.map((f) => f.role)).toEqual(before);
    expect(before).toContain('non-disclosure');
  });
});

describe('microsoft-wizard-cards: radio cards and steps on one URL', () => {
  it('the page kind follows the chosen card', () => {
    const { doc, recognize } = open('microsoft-wizard-cards');
    expect(recognize().page).toBe('preservation');
    for (const card of Array.from(doc.querySelectorAll('[role=radio]'))) {
      card.setAttribute('aria-checked', String(card.getAttribute('data-kind') === 'emergency'));
    }
    expect(recognize().page).toBe('emergency');
    for (const card of Array.from(doc.querySelectorAll('[role=radio]'))) {
      card.setAttribute('aria-checked', String(card.getAttribute('data-kind') === 'legal'));
    }
    expect(recognize().page).toBe('legal-process');
  });

  it('a chosen card is a checked request-type field whose value is its text', () => {
    const { recognize } = open('microsoft-wizard-cards');
    const cards = snapshotFields(recognize().fields).fields.filter((f) => f.role === 'request-type');
    expect(cards.map((f) => [f.kind, f.checked])).toEqual([['radio', true], ['radio', false], ['radio', false]]);
    expect(cards[0]!.value).toContain('Preservation');
  });

  it('step 2 is recognized from its heading and fields once step 1 is hidden', () => {
    const { doc, recognize, roleOf } = open('microsoft-wizard-cards');
    (doc.querySelector("[data-step='1']") as HTMLElement).style.display = 'none';
    (doc.querySelector("[data-step='2']") as HTMLElement).style.display = '';
    (doc.querySelector('.narrative') as HTMLElement).style.display = '';
    doc.querySelector('.details-title')!.textContent = 'Emergency disclosure request details';
    expect(recognize().page).toBe('emergency');
    expect(roleOf("[data-step='2'] .narrative textarea")).toBe('emergency-description');
    expect(roleOf("[data-step='2'] input[type=email]")).toBeNull();
  });

  it('the confirmation that replaces the wizard is a confirmation', () => {
    const { doc, recognize } = open('microsoft-wizard-cards');
    for (const step of Array.from(doc.querySelectorAll('[data-step]'))) step.remove();
    const heading = doc.createElement('h2');
    heading.textContent = 'Request submitted';
    const text = doc.createElement('p');
    text.textContent = 'We have received your request. Reference: MSLE-2026-118204.';
    doc.querySelector('#app')!.append(heading, text);
    expect(recognize().page).toBe('confirmation');
  });
});

describe('label sources these fixtures rely on', () => {
  it('an aria-describedby hint names a field that nothing else names', () => {
    const doc = loadPage('<form><input id="a" aria-describedby="h"><p id="h">The NCMEC CyberTipline report numbers</p><textarea></textarea></form>');
    expect(locateFields(doc)[0]!.role).toBe('ncmec-report-ids');
  });

  it('the text after an unlabelled checkbox names it', () => {
    const doc = loadPage('<form><div><input type="text" aria-label="Case number"></div><div><input type="checkbox"> Do not notify the user</div></form>');
    expect(locateFields(doc).map((f) => f.role)).toEqual(['case-number', 'non-disclosure']);
  });

  it('a radio card outside a radiogroup still gets its text as its name', () => {
    const doc = loadPage('<div role="radio" aria-checked="false">Type of request: emergency</div>');
    expect(locateFields(doc).map((f) => [f.kind, f.label])).toEqual([['radio', 'Type of request: emergency']]);
  });
});

describe('bounded reading of shadow roots and frames', () => {
  it('reads at most two shadow levels and a bounded number of frames', () => {
    const doc = loadPage('<div id="top"></div>');
    let host = doc.getElementById('top')!;
    for (let level = 0; level < 4; level++) {
      const shadow = host.attachShadow({ mode: 'open' });
      const inner = doc.createElement('div');
      shadow.append(inner);
      host = inner;
    }
    expect(pageRoots(doc)).toHaveLength(3); // the document and two shadow levels
    const many = loadPage(`${'<iframe srcdoc="<p>x</p>"></iframe>'.repeat(20)}`);
    expect(pageRoots(many).length).toBeLessThanOrEqual(1 + 8);
  });
});
