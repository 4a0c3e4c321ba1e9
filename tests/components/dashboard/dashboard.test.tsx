import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { RegisterContext } from '../../../components/dashboard/context';
import { Dashboard, type DashboardProps } from '../../../components/dashboard/Dashboard';
import { providers } from '../../../providers/registry';
import { marText } from '../../../register/mar-text';
import { rejection } from '../../../register/backup';
import { problem } from '../../../i18n/problems';
import type { PreservationRecord } from '../../../register/schema';
import type { RegisterService } from '../../../register/service';
import type { Register } from '../../../storage/register';
import { record } from '../../register/fixtures';
import { productionSchema } from '../../../register/production';
import { dashboardStage, registerWith, type FakeEffects } from './harness';

const today = '2027-01-01';
const stage = dashboardStage();
const { idle } = stage;

interface Shown {
  service: RegisterService;
  effects: FakeEffects;
  register: Register;
}

/** Wait until the page has read the register and no part of it has been busy for a few turns of the event loop. */

/** Render the dashboard over a register holding `records`; `prepare` may spy on the service first. */
async function show(records: PreservationRecord[], props: DashboardProps = {}, prepare?: (service: RegisterService) => void): Promise<Shown> {
  const { service, effects, register } = await registerWith(records, today);
  stage.opened = register;
  prepare?.(service);
  await act(() => {
    render(h(RegisterContext.Provider, { value: service }, h(Dashboard, props)), stage.container);
  });
  await idle();
  return { service, effects, register };
}

const $ = <T extends Element = HTMLElement>(selector: string) => stage.container.querySelector<T>(selector)!;
const $$ = (selector: string) => [...stage.container.querySelectorAll<HTMLElement>(selector)];
const button = (text: string, root: ParentNode = stage.container) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await idle();
}
async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await idle();
}
async function click(el: HTMLElement) {
  await act(() => {
    el.click();
  });
  await idle();
}
/** Let promise callbacks run and their state updates render. */
const settle = idle;

const meta = record({ reference: '987654321', providerId: 'meta', caseNumber: '2026-0042', accountIdentifiers: ['https://facebook.com/jane.doe', '@jane'], preservedOn: '2026-11-20' });
const x = record({ reference: 'X-55', providerId: 'x', caseNumber: '2026-0042', accountIdentifiers: ['@someone'], preservedOn: '2026-11-01' });
const loose = record({ reference: 'SNAP-PR-20261122-0042', providerId: 'snap', caseNumber: '', accountIdentifiers: ['snapuser'], preservedOn: '2026-10-10' });
const other = record({ reference: 'G-777', providerId: 'google', caseNumber: '2026-0099', preservedOn: '2026-12-01', supersededOn: '2026-12-20' });
const records = [meta, x, loose, other];

describe('a record', () => {
  it('carries data-record, data-reference and data-provider, and shows provider, case, identifiers and dates as YYYY-MM-DD', async () => {
    await show(records);
    const el = $(`[data-record][data-reference="987654321"]`);
    expect(el.getAttribute('data-provider')).toBe('meta');
    const text = el.textContent!;
    expect(text).toContain('Meta');
    expect(text).toContain('2026-0042');
    expect(text).toContain('https://facebook.com/jane.doe');
    expect(text).toContain('@jane');
    expect(text).toContain('2026-11-20'); // preserved on
    expect(text).toContain('2027-02-18'); // expires: 90 days later
    expect(text).toContain('Status: active');
  });

  it('states the status in words and, where the provider has a lead time, the last day to ask for an extension', async () => {
    await show(records);
    const el = $(`[data-record][data-reference="X-55"]`);
    // X: preserved 2026-11-01, 90 days -> 2027-01-30; X asks for extensions 7 days ahead.
    expect(el.textContent).toContain('2027-01-30');
    expect(el.textContent).toContain('ask for extension by 2027-01-23');
    expect($(`[data-record][data-reference="SNAP-PR-20261122-0042"]`).textContent).toContain('Status: expiring soon');
    expect($(`[data-record][data-reference="G-777"]`).textContent).toContain('Status: superseded by legal process');
    expect($(`[data-record][data-reference="987654321"]`).textContent).not.toContain('ask for extension by');
  });
});

describe('grouping', () => {
  it('puts records in one section per case, with a heading, and records without a case under "No case number"', async () => {
    await show(records);
    const sections = $$('section.case-group');
    const headings = sections.map((s) => s.querySelector('h3')!.textContent!);
    expect(headings).toHaveLength(3);
    expect(headings.some((t) => t.startsWith('Case 2026-0042'))).toBe(true);
    expect(headings.some((t) => t.startsWith('No case number'))).toBe(true);
    const group = sections.find((s) => s.getAttribute('data-case') === '2026-0042')!;
    expect([...group.querySelectorAll('[data-record]')].map((e) => e.getAttribute('data-reference')).sort()).toEqual(['987654321', 'X-55']);
    const none = sections.find((s) => s.getAttribute('data-case') === '')!;
    expect(none.querySelector('[data-record]')!.getAttribute('data-reference')).toBe('SNAP-PR-20261122-0042');
  });

  it('renders at most a page of records, then "Show more"', async () => {
    const many = Array.from({ length: 25 }, (_, i) => record({ reference: `M-${String(i).padStart(3, '0')}`, preservedOn: '2026-11-20' }));
    await show(many, { pageSize: 10 });
    expect($$('[data-record]')).toHaveLength(10);
    await click(button('Show more (10 of 15 not shown)'));
    expect($$('[data-record]')).toHaveLength(20);
    await click($('button.show-more'));
    expect($$('[data-record]')).toHaveLength(25);
    expect($('button.show-more')).toBeNull();
  });
});

describe('a windowed list', () => {
  it('renders the soonest-expiring rows first, more as the end of them comes into view, and finds a reference beyond them', async () => {
    const seen: Array<(entries: Array<{ isIntersecting: boolean }>) => void> = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
          seen.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    try {
      const many = Array.from({ length: 100 }, (_, i) => record({ reference: `W-${String(i).padStart(3, '0')}`, preservedOn: `2026-${i < 50 ? '11' : '12'}-${String((i % 28) + 1).padStart(2, '0')}` }));
      await show(many);
      const shown = () => $$('[data-record]').map((e) => e.getAttribute('data-reference'));
      expect(shown()).toHaveLength(40);
      const soonest = [...many].sort((a, b) => a.preservedOn.localeCompare(b.preservedOn) || a.reference.localeCompare(b.reference));
      expect(shown()).toEqual(soonest.slice(0, 40).map((r) => r.reference));
      await act(() => seen.at(-1)!([{ isIntersecting: true }]));
      await idle();
      expect(shown()).toHaveLength(80);
      await type($<HTMLInputElement>('#filter-query'), soonest[95]!.reference);
      expect(shown()).toEqual([soonest[95]!.reference]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('MAR text', () => {
  const providerOf = (id: string) => {
    const p = providers.find((q) => q.id === id)!;
    return { name: p.name, legalEntity: p.facts.legalEntity?.value ?? null };
  };

  it('holds the MAR text of all records when no case is selected', async () => {
    await show(records);
    expect($('[data-mar-text]').textContent).toBe(marText(records, providerOf));
  });

  it('holds only the selected case’s records, and reports the selection', async () => {
    const { effects } = await show(records);
    await choose($<HTMLSelectElement>('#filter-case'), 'case:2026-0042');
    const text = $('[data-mar-text]').textContent!;
    expect(text).toBe(marText([meta, x], providerOf));
    expect(text).toContain('Preservation reference: 987654321');
    expect(text).toContain('Preservation reference: X-55');
    expect(text).not.toContain('G-777');
    expect(text).not.toContain('SNAP-PR-20261122-0042');
    expect(effects.caseSelected).toHaveBeenCalledWith('2026-0042');
    expect($$('[data-record]').map((e) => e.getAttribute('data-reference')).sort()).toEqual(['987654321', 'X-55']);

    await choose($<HTMLSelectElement>('#filter-case'), 'none');
    expect(effects.caseSelected).toHaveBeenLastCalledWith('');
    expect($('[data-mar-text]').textContent).toBe(marText([loose], providerOf));
    await choose($<HTMLSelectElement>('#filter-case'), 'all');
    expect(effects.caseSelected).toHaveBeenLastCalledWith(null);
  });

  it('starts on a case handed in, and follows the search box', async () => {
    await show(records, { initialCriteria: { caseNumber: '2026-0042' } });
    await type($<HTMLInputElement>('#filter-query'), 'someone');
    expect($$('[data-record]').map((e) => e.getAttribute('data-reference'))).toEqual(['X-55']);
    expect($('[data-mar-text]').textContent).toBe(marText([x], providerOf));
  });

  it('copies the plain text and the table', async () => {
    const { effects } = await show(records);
    await click(button('Copy as plain text'));
    // One record has no case number: the completeness list comes first, and the copy still works after it.
    expect(effects.copyText).not.toHaveBeenCalled();
    expect($$('[data-completeness="mar"] [data-missing]').map((li) => li.textContent)).toEqual(['case number: missing for SNAP-PR-20261122-0042']);
    await click(button('Copy anyway'));
    expect(effects.copyText).toHaveBeenCalledWith(marText(records, providerOf));
    expect($('[data-completeness="mar"]')).toBeNull();
    await click(button('Copy as table (rich text)'));
    const [html, text] = effects.copyRich.mock.calls[0]!;
    expect(html).toContain('<table');
    expect(html).toContain('X-55');
    expect(text).toBe(marText(records, providerOf));
  });
});

describe('completeness before copying', () => {
  it('copies at once when nothing is missing', async () => {
    const { effects } = await show([meta, x]);
    await click(button('Copy as plain text'));
    expect($('[data-completeness="mar"]')).toBeNull();
    expect(effects.copyText).toHaveBeenCalledWith($('[data-mar-text]').textContent);
    expect(effects.copyText.mock.calls[0]![0]).toContain('X-55');
  });

  it('shows the certificate parts for an EPOC-PR and names the unknown EU addressee before copying them', async () => {
    const pr = record({ reference: 'PR-1', providerId: 'meta', caseNumber: '2026-0042', accountIdentifiers: ['@jane'], basis: 'eu-epoc-pr', preservedOn: '2026-11-20' });
    const { effects } = await show([pr, x]);
    const certificate = $('[data-certificate-text]').textContent!;
    expect(certificate).toContain('European Preservation Order (EPOC-PR)');
    expect(certificate).toContain("Provider's preservation reference: PR-1");
    expect(certificate).not.toContain('X-55');
    await click(button('Copy certificate text'));
    expect(effects.copyText).not.toHaveBeenCalled();
    expect($$('[data-completeness="certificate"] [data-missing]').map((li) => li.getAttribute('data-missing'))).toEqual(['eu-addressee']);
    await click(button('Copy anyway', $('[data-completeness="certificate"]')));
    expect(effects.copyText).toHaveBeenCalledWith(certificate);
  });
});

describe('record actions', () => {
  it('shows the register’s reason in an alert when an edit is refused', async () => {
    const update = vi.fn(async () => Promise.reject(new Error('Not saved: preservedOn: a date as YYYY-MM-DD')));
    await show(records, {}, (service) => {
      service.update = update;
    });
    const el = $(`[data-record][data-reference="X-55"]`);
    await click(button('Edit', el));
    const form = el.querySelector('form')!;
    await type(form.querySelector('textarea')!, '@someone\n\n@another ');
    await click(button('Save', form));
    await settle();
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('Not saved: preservedOn');
    expect((update.mock.calls[0] as unknown[])[0]).toMatchObject({ accountIdentifiers: ['@someone', '@another'] });
  });

  it('corrects a production order\'s issue time and emergency in its own time zone: new deadline, new day, in the audit trail', async () => {
    const order = productionSchema.parse({
      order: 'eu-epoc', issuedAt: '2026-12-20T13:00:00.000Z', emergency: false, issuedBy: 'judicial', timeZone: 'Europe/Berlin', dueAt: null, validatedOn: null, answeredOn: '2026-12-28',
    });
    const epoc = record({ reference: 'EPOC-9', providerId: 'meta', preservedOn: '2026-12-20', production: order });
    const { register } = await show([epoc, x]);
    const el = $(`[data-record][data-reference="EPOC-9"]`);
    await click(button('Edit', el));
    const form = el.querySelector('form')!;
    const issued = form.querySelector<HTMLInputElement>('input[name="issuedAt"]')!;
    expect(issued.value).toBe('2026-12-20T14:00'); // 13:00 UTC, as Berlin's wall clock shows it
    expect(form.querySelector('input[type="date"]')).toBeNull(); // the day follows the issue time
    await type(issued, '2026-12-21T23:30');
    await click(form.querySelector<HTMLInputElement>('input[name="emergency"]')!);
    expect(form.querySelector('[data-preview="deadline"]')!.textContent).toContain('2026-12-22 07:30 (Europe/Berlin)');
    await click(button('Save', form));
    await settle();
    const saved = (await register.all()).find((r) => r.reference === 'EPOC-9')!;
    expect(saved.production).toEqual({ ...order, issuedAt: '2026-12-21T22:30:00.000Z', emergency: true });
    expect(saved.preservedOn).toBe('2026-12-21');
    const trail = (await register.audit(saved.id)).flatMap((e) => e.detail.map((c) => c.field));
    expect(trail).toEqual(expect.arrayContaining(['production', 'preservedOn']));
  });

  it('saves no production order without an issue time: the form stays open and the order as it was', async () => {
    const order = productionSchema.parse({
      order: 'eu-epoc', issuedAt: '2026-12-20T13:00:00.000Z', emergency: false, issuedBy: 'judicial', timeZone: 'UTC', dueAt: null, validatedOn: null, answeredOn: null,
    });
    const { register } = await show([record({ reference: 'EPOC-10', providerId: 'meta', preservedOn: '2026-12-20', production: order })]);
    const el = $(`[data-record][data-reference="EPOC-10"]`);
    await click(button('Edit', el));
    const form = el.querySelector('form')!;
    await type(form.querySelector<HTMLInputElement>('input[name="issuedAt"]')!, '');
    await click(button('Save', form));
    await settle();
    expect(el.querySelector('form')).not.toBeNull();
    expect((await register.all())[0]!.production).toEqual(order);
  });

  it('marks a record superseded today', async () => {
    const { service } = await show(records, {}, (service) => vi.spyOn(service, 'update'));
    await click(button('Mark superseded by legal process', $(`[data-record][data-reference="X-55"]`)));
    expect(vi.mocked(service.update).mock.calls[0]![0]).toMatchObject({ id: x.id, supersededOn: today });
    expect($(`[data-record][data-reference="X-55"]`).textContent).toContain('Status: superseded by legal process');
  });

  it('deletes with an Undo in a status message', async () => {
    const { service: p } = await show(records, {}, (service) => {
      vi.spyOn(service, 'remove');
      vi.spyOn(service, 'restore');
    });
    await click(button('Delete', $(`[data-record][data-reference="X-55"]`)));
    await settle();
    expect(p.remove).toHaveBeenCalledWith(x.id);
    expect($(`[data-record][data-reference="X-55"]`)).toBeNull();
    const toast = $('[data-toast]');
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toContain('X-55');
    await click(button('Undo', toast));
    await settle();
    expect(p.restore).toHaveBeenCalledWith([{ record: x, proof: null }]);
    expect(toast.textContent).toBe('Restored X X-55.');
    expect($(`[data-record][data-reference="X-55"]`)).not.toBeNull();
  });
});

describe('adding records', () => {
  it('says so when the pasted e-mail only acknowledges the request, and proposes no record', async () => {
    await show(records);
    await type(
      $<HTMLTextAreaElement>('#paste-email'),
      'From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nYour preservation request has been received. Reference number: SNAP-PR-20261123-0101.\nUsername: casey_b',
    );
    await click(button('Read'));
    expect($('.paste-box > [role="status"]').textContent).toContain('names SNAP-PR-20261123-0101 but confirms no new preservation');
    // The blank form for entering a record by hand, no reference proposed in it; dated by the e-mail, not by today.
    expect($<HTMLTextAreaElement>('#paste-0-references').value).toBe('');
    expect($<HTMLInputElement>('#paste-0-preserved').value).toBe('2026-11-23');
    const dateNote = $('form[data-origin="paste-0"] [data-source-of="preservedOn"]');
    expect(dateNote.textContent).toContain("The e-mail's own date");
    expect(dateNote.querySelector('q')!.textContent).toContain('23 Nov 2026');
    // The acknowledged number is offered, not prefilled: one click puts it in the field.
    const choice = $('form[data-origin="paste-0"] [data-action="use-reference"]');
    expect(choice.getAttribute('aria-label')).toBe('Use SNAP-PR-20261123-0101 as the reference');
    await click(choice);
    expect($<HTMLTextAreaElement>('#paste-0-references').value).toBe('SNAP-PR-20261123-0101');
    // The account it names is offered to add, once.
    const add = $<HTMLButtonElement>('form[data-origin="paste-0"] [data-action="add-account"]');
    expect(add.getAttribute('aria-label')).toBe('Add casey_b to the account identifiers');
    await type($<HTMLTextAreaElement>('#paste-0-accounts'), 'first_account');
    await click(add);
    expect($<HTMLTextAreaElement>('#paste-0-accounts').value).toBe('first_account\ncasey_b');
    expect(add.disabled).toBe(true);
  });

  it('leaves the date empty, and says so, when an e-mail that confirms nothing has no date of its own', async () => {
    await show(records);
    await type($<HTMLTextAreaElement>('#paste-email'), 'Thanks, we will look into it and come back to you.');
    await click(button('Read'));
    expect($<HTMLTextAreaElement>('#paste-0-references').value).toBe('');
    expect($<HTMLInputElement>('#paste-0-preserved').value).toBe('');
    expect($('form[data-origin="paste-0"] [data-source-of="preservedOn"]').textContent).toContain('No date proposed');
    expect($('form[data-origin="paste-0"] [data-action="use-reference"]')).toBeNull();
    // An empty date is saved as the day of saving: the form says so, and names it as the date field's description.
    const hint = $('form[data-origin="paste-0"] [data-hint="undated"]');
    expect(hint.textContent).toContain('dated the day you save it');
    expect($<HTMLInputElement>('#paste-0-preserved').getAttribute('aria-describedby')).toBe(hint.id);
  });

  it('says what an empty preservation date means only while the date is empty', async () => {
    await show(records);
    const form = 'form[data-form="new-record"]:not([data-origin^="paste"])';
    const date = $<HTMLInputElement>(`${form} input[name="preservedOn"]`);
    expect(date.value).toBe(today);
    expect(stage.container.querySelector(`${form} [data-hint="undated"]`)).toBeNull();
    await type(date, '');
    expect($(`${form} [data-hint="undated"]`).textContent).toContain('its expiry and reminders count from that day');
    await type(date, '2026-11-20');
    expect(stage.container.querySelector(`${form} [data-hint="undated"]`)).toBeNull();
    expect(date.hasAttribute('aria-describedby')).toBe(false);
  });

  it('reads a pasted e-mail into a proposed record and saves one record per reference', async () => {
    const { service: p } = await show(records, {}, (service) => vi.spyOn(service, 'saveDrafts'));
    await type(
      $<HTMLTextAreaElement>('#paste-email'),
      'From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nThe account below has been preserved. Reference number: SNAP-PR-20261123-0101.\nUsername: casey_b',
    );
    await click(button('Read'));
    expect($<HTMLSelectElement>('#paste-0-provider').value).toBe('snap');
    expect($<HTMLTextAreaElement>('#paste-0-references').value).toBe('SNAP-PR-20261123-0101');
    // Its only date is the e-mail's own, already proposed: nothing else to choose.
    expect($('form[data-origin="paste-0"] [data-action="use-date"]')).toBeNull();
    await type($<HTMLInputElement>('#paste-0-case'), '2026-0042');
    await click(button('Save to register', $('form[data-form="new-record"][data-origin="paste-0"]')));
    await settle();
    const [drafts, source] = vi.mocked(p.saveDrafts).mock.calls[0]!;
    expect(source).toBe('email');
    expect(drafts).toEqual([
      { providerId: 'snap', reference: 'SNAP-PR-20261123-0101', caseNumber: '2026-0042', accountIdentifiers: ['casey_b'], preservedOn: '2026-11-23', basis: 'provider-policy' },
    ]);
    expect($('form[data-form="new-record"][data-origin="paste-0"] [role="status"]').textContent).toContain('Saved to the register: SNAP-PR-20261123-0101');
  });

  it('offers the days the e-mail states beside a date that is only the e-mail\'s own, one click to use one', async () => {
    await show(records);
    await type(
      $<HTMLTextAreaElement>('#paste-email'),
      'From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nReference number: SNAP-PR-20261123-0101. The account was preserved. Your request dated November 19, 2026 was received.',
    );
    await click(button('Read'));
    expect($<HTMLInputElement>('#paste-0-preserved').value).toBe('2026-11-23');
    const choices = $$('form[data-origin="paste-0"] [data-action="use-date"]');
    expect(choices.map((c) => c.dataset.choice)).toEqual(['2026-11-19']);
    // The day, and the words that state it where they are not that day already.
    expect(choices[0]!.textContent).toBe('2026-11-19 November 19, 2026');
    expect(choices[0]!.querySelector('q')!.textContent).toBe('November 19, 2026');
    const group = choices[0]!.closest('[role="group"]')!;
    expect(stage.container.querySelector(`#${group.getAttribute('aria-labelledby')}`)!.textContent).toContain('Dates the e-mail states');
    await click(choices[0]!);
    expect($<HTMLInputElement>('#paste-0-preserved').value).toBe('2026-11-19');
  });

  it('reads text handed over by the context menu at once', async () => {
    await show(records, { incoming: { text: 'Reference number: LE-2026-000812', nonce: 1 } });
    await settle();
    expect($<HTMLTextAreaElement>('#paste-email').value).toBe('Reference number: LE-2026-000812');
    expect($<HTMLTextAreaElement>('#paste-0-references').value).toBe('LE-2026-000812');
  });

  it('saves a record typed by hand, with source "manual"', async () => {
    const { service: p } = await show(records, {}, (service) => vi.spyOn(service, 'saveDrafts'));
    await click(button('Save to register', $('form[data-form="new-record"][data-origin="manual"]')));
    expect(p.saveDrafts).not.toHaveBeenCalled(); // no provider chosen yet
    await choose($<HTMLSelectElement>('#manual-provider'), 'discord');
    await type($<HTMLTextAreaElement>('#manual-references'), 'DISC-48213');
    await click(button('Save to register', $('form[data-form="new-record"][data-origin="manual"]')));
    await settle();
    expect(p.saveDrafts).toHaveBeenCalledWith([{ providerId: 'discord', reference: 'DISC-48213', caseNumber: '', accountIdentifiers: [], preservedOn: today, basis: 'provider-policy' }], 'manual');
  });
});

describe('import', () => {
  it('reports what was imported, what was present and each rejection', async () => {
    const report = {
      accepted: [{ record: meta, proof: null }],
      alreadyPresent: 2,
      rejected: [rejection(3, 'BAD-1', problem('register.import.badEntry', { field: 'preservedOn', detail: 'a date as YYYY-MM-DD' }))],
    };
    await show(records, {}, (service) => {
      service.importBackup = vi.fn(async () => report);
    });
    const input = $<HTMLInputElement>('#import-backup');
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    await settle();
    const text = $('[data-import-report]').textContent!;
    expect(text).toContain('1 imported, 2 already present, 1 rejected.');
    expect(text).toContain('Entry 4 (reference BAD-1): preservedOn: a date as YYYY-MM-DD');
    expect($('[data-import-report]').closest('[role="status"]')).not.toBeNull();
  });
});

describe('provider directory', () => {
  it('lists every provider with its facts', async () => {
    await show([]);
    expect($$('[data-directory-provider]')).toHaveLength(providers.length);
    const x = $('[data-directory-provider="x"]');
    expect(x.querySelectorAll('[data-fact]').length).toBe(7);
    expect(x.textContent).toContain('checked ');
  });
});

describe('a large register', () => {
  it('renders the first 200 of 10,000 records', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      record({ reference: `R-${i}`, caseNumber: `C-${i % 40}`, preservedOn: i % 2 ? '2026-11-20' : '2026-12-20' }),
    );
    // Without IntersectionObserver the whole page is rendered (the window is tested above).
    vi.stubGlobal('IntersectionObserver', undefined);
    await show(many);
    const started = performance.now();
    expect($$('[data-record]')).toHaveLength(200);
    expect($('p.count').textContent).toContain('10,000 of 10,000 records match; showing the first 200');
    await type($<HTMLInputElement>('#filter-query'), 'R-99');
    expect($$('[data-record]')).toHaveLength(111);
    expect(performance.now() - started).toBeLessThan(10_000);
    vi.unstubAllGlobals();
  }, 60_000);
});
