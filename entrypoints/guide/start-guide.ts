import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FindingGroup } from '../../components/FindingsList';
import type { OfferedReference } from '../../components/CaptureList';
import { requestCheck } from '../../messages/client';
import { recallForm, rememberForm, saveReference } from '../../messages/register-client';
import { findReferences } from '../../register/references';
import type { CheckFormResponse } from '../../messages/protocol';
import { factsForPage } from '../../providers/page-facts';
import { providerForUrl } from '../../providers/registry';
import type { PageKind } from '../../providers/page-kinds';
import { recognizePage, type Recognition } from '../../recognition/recognize';
import { snapshotFields } from '../../recognition/snapshot';
import type { FieldSnapshot } from '../../rules/types';
import { loadSettings, onSettingsChanged, updateSettings, type Settings } from '../../storage/settings';
import { BADGE_TAG, BadgeLayer } from './badges';
import { GuideHost, GUIDE_TAG } from './guide-host';
import { insertIntoField } from './insert-text';
import { watchPage, type ChangeReason } from './page-watcher';


/** Pages with a request form to check; sign-in and confirmation pages have nothing to check. */
const CHECKED_PAGES: PageKind[] = ['preservation', 'emergency', 'legal-process', 'other'];

function groupFindings(response: CheckFormResponse, fields: FieldSnapshot[]): FindingGroup[] {
  const groups = new Map<string | null, FindingGroup>();
  for (const finding of response.findings) {
    const label = finding.fieldKey ? (fields.find((f) => f.key === finding.fieldKey)?.label ?? '') : 'Whole request';
    const group = groups.get(finding.fieldKey) ?? { fieldKey: finding.fieldKey, label, findings: [] };
    group.findings.push(finding);
    groups.set(finding.fieldKey, group);
  }
  return [...groups.values()];
}

/** The in-page guide: recognition, checks, capture. Started by the loader once the portal page has loaded. */
export async function startGuide(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings = await loadSettings();
  let host: GuideHost | null = null;
  let badges: BadgeLayer | null = null;
  let elements = new Map<string, HTMLElement>();
  let fields: FieldSnapshot[] = [];
  let response: CheckFormResponse | null = null;
  let lastSent = '';
  let sequence = 0;
  let view: { providerId: string; providerName: string; page: PageKind } | null = null;
  let offered: OfferedReference[] = [];
  let carried: { caseNumber: string; accountIdentifiers: string[] } | null = null;
  let lastRemembered = '';

  const isOwnNode = (node: Node | null): boolean =>
    !!node &&
    (node === document.documentElement ||
      (node instanceof Element && (node.closest(GUIDE_TAG) !== null || node.closest(BADGE_TAG) !== null)));

  const jumpTo = (key: string) => {
    const element = elements.get(key);
    if (!element) return;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    element.focus({ preventScroll: true });
  };

  const showInGuide = (key: string) => {
    const reveal = () => host?.element.shadowRoot?.querySelector(`[data-field-key="${key}"]`)?.scrollIntoView({ block: 'nearest' });
    if (settings.guideCollapsed) void updateSettings({ guideCollapsed: false }).then(() => setTimeout(reveal, 50));
    else reveal();
  };

  const render = () => {
    if (!host || !view) return;
    const provider = providerForUrl(location.href);
    if (!provider) return;
    const groups = response ? groupFindings(response, fields) : null;
    host.update(view.providerId, {
      providerName: view.providerName,
      page: view.page,
      facts: factsForPage(provider, view.page),
      fields: fields.flatMap((f) => (f.role ? [{ role: f.role, label: f.label }] : [])),
      collapsed: settings.guideCollapsed,
      onToggle: () => void updateSettings({ guideCollapsed: !settings.guideCollapsed }),
      findings: groups,
      docs: response?.docs ?? {},
      onJump: jumpTo,
      suggestion: response?.suggestion ?? null,
      capture: view.page === 'confirmation' ? { references: offered, carried, onSave: save } : null,
      onInsertSuggestion: () => {
        const suggestion = response?.suggestion;
        const element = suggestion && elements.get(suggestion.fieldKey);
        if (suggestion && element) insertIntoField(element, suggestion.text);
      },
    });
    const byField = new Map<string, { element: Element; findings: CheckFormResponse['findings'] }>();
    for (const group of groups ?? []) {
      const element = group.fieldKey ? elements.get(group.fieldKey) : undefined;
      if (element) byField.set(group.fieldKey!, { element, findings: group.findings });
    }
    badges ??= new BadgeLayer(document, showInGuide);
    badges.update(byField);
  };

  const save = (reference: string) => {
    const provider = view?.providerId;
    if (!provider) return;
    const mark = (state: OfferedReference['state'], note?: string) => {
      offered = offered.map((r) => (r.reference === reference ? { ...r, state, note } : r));
      render();
    };
    mark('saving');
    saveReference({ providerId: provider, reference, url: location.href, pageText: pageText() }).then(
      (answer) => (answer.ok ? mark('saved', answer.created ? undefined : 'Already in the register.') : mark('error', answer.error ?? 'Not saved.')),
      (error: unknown) => mark('error', `Not saved: ${String(error)}`),
    );
  };

  /** Remember what is typed in a request form, so the confirmation page of this tab can carry it. */
  const remember = (providerId: string, page: PageKind) => {
    if (page !== 'preservation' && page !== 'emergency' && page !== 'legal-process') return;
    const caseNumber = fields.find((f) => f.role === 'case-number' && f.value.trim())?.value.trim() ?? '';
    const accountIdentifiers = fields
      .filter((f) => f.role === 'account-identifier')
      .flatMap((f) => f.value.split(/[\n,;]+/))
      .map((v) => v.trim())
      .filter(Boolean)
      .slice(0, 200);
    const form = { providerId, requestType: page, caseNumber: caseNumber.slice(0, 120), accountIdentifiers: accountIdentifiers.map((a) => a.slice(0, 500)) };
    const serialized = JSON.stringify(form);
    if (serialized === lastRemembered || (!form.caseNumber && form.accountIdentifiers.length === 0)) return;
    lastRemembered = serialized;
    rememberForm(form).catch(() => (lastRemembered = ''));
  };

  /** The visible text of the confirmation page: the proof, and where the references are read from. */
  const pageText = () => (document.body?.innerText ?? '').slice(0, 2_000_000);

  const offerReferences = () => {
    // The case number and accounts the investigator typed are theirs, even when the portal echoes them back.
    const own = carried ? [carried.caseNumber, ...carried.accountIdentifiers] : [];
    const found = findReferences(pageText().slice(0, 200_000), own).map((r) => r.reference);
    const known = new Map(offered.map((r) => [r.reference, r]));
    offered = found.map((reference) => known.get(reference) ?? { reference, state: 'idle' as const });
    if (!carried) {
      recallForm().then(
        (form) => {
          carried = form && form.providerId === view?.providerId ? form : { caseNumber: '', accountIdentifiers: [] };
          offerReferences();
          render();
        },
        () => undefined,
      );
    }
  };

  /** The last page recognition, reused while only text is being typed. */
  let recognized: Recognition | null = null;

  const teardown = () => {
    recognized = null;
    host?.destroy();
    badges?.destroy();
    host = null;
    badges = null;
    view = null;
    response = null;
    lastSent = '';
  };

  const refresh = (reasons: Set<ChangeReason> = new Set(['start'])) => {
    const url = new URL(location.href);
    const provider = providerForUrl(url);
    if (!provider || settings.disabledProviders.includes(provider.id)) return teardown();
    // Typing changes values, not the form: reuse the last recognition while its fields are still on the page.
    const typingOnly = reasons.size === 1 && reasons.has('typing');
    const reusable = typingOnly && recognized?.provider.id === provider.id && recognized.fields.every((f) => f.element.isConnected);
    const recognition = reusable && recognized ? recognized : recognizePage(document, url, provider);
    recognized = recognition;
    const snapshot = snapshotFields(recognition.fields);
    elements = snapshot.elements as Map<string, HTMLElement>;
    fields = snapshot.fields;
    view = { providerId: provider.id, providerName: provider.name, page: recognition.page };
    host ??= new GuideHost(document);
    remember(provider.id, recognition.page);
    if (recognition.page === 'confirmation') offerReferences();
    if (!CHECKED_PAGES.includes(recognition.page)) {
      response = null;
      lastSent = '';
      return render();
    }
    const request = { providerId: provider.id, page: recognition.page, fields };
    const serialized = JSON.stringify(request);
    if (serialized === lastSent) return render();
    lastSent = serialized;
    const mine = ++sequence;
    render();
    requestCheck(request).then(
      (answer) => {
        if (mine !== sequence || ctx.isInvalid) return; // a newer check is on its way: drop this stale answer
        response = answer;
        render();
      },
      () => {
        if (mine === sequence) lastSent = ''; // try again on the next change
      },
    );
  };

  ctx.onInvalidated(
    onSettingsChanged((next) => {
      settings = next;
      lastSent = '';
      refresh();
    }),
  );
  ctx.onInvalidated(teardown);
  watchPage(ctx, isOwnNode, refresh);
  refresh();
}
