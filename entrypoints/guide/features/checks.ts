import type { FindingGroup } from '../../../components/FindingsList';
import { requestCheck } from '../../../messages/client';
import type { CheckFormResponse } from '../../../messages/protocol';
import type { FieldSnapshot } from '../../../rules/types';
import { LeftFields } from '../../../recognition/snapshot';
import { BadgeLayer } from '../badges';
import { insertIntoField } from '../insert-text';
import type { GuideSession } from '../session';
import { CHECKED_PAGES } from '../../../providers/page-kinds';
import { defineFeature } from './define';

export function groupFindings(response: CheckFormResponse, fields: FieldSnapshot[]): FindingGroup[] {
  const groups = new Map<string | null, FindingGroup>();
  for (const finding of response.findings) {
    // An empty label: the guide names an unlabelled field or the whole request in its language.
    const label = finding.fieldKey ? (fields.find((f) => f.key === finding.fieldKey)?.label ?? '') : '';
    const group = groups.get(finding.fieldKey) ?? { fieldKey: finding.fieldKey, label, findings: [] };
    group.findings.push(finding);
    groups.set(finding.fieldKey, group);
  }
  return [...groups.values()];
}

const TEXT_KINDS = new Set<FieldSnapshot['kind']>(['text', 'textarea', 'editable']);

/** Bring a field into view and give it the focus. */
function jumpTo(session: GuideSession, key: string): void {
  const element = session.snapshot.elements.get(key);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}

/** From a badge beside a field to that field's findings in the guide, opening the guide if it is collapsed. */
function showInGuide(session: GuideSession, key: string): void {
  const reveal = () => session.guideRoot()?.querySelector(`[data-field-key="${key}"]`)?.scrollIntoView({ block: 'nearest' });
  if (session.settings.guideCollapsed) void session.updateSettings({ guideCollapsed: false }).then(() => setTimeout(reveal, 50));
  else reveal();
}

/**
 * Checks on request forms (contract section 3): the form snapshot goes to the background, which answers with
 * findings; they are shown in the guide and as badges beside their fields, with the emergency suggestion.
 */
export default defineFeature({
  id: 'checks',
  include: CHECKED_PAGES,
  init(session, signal) {
    let response: CheckFormResponse | null = null;
    let lastSent = '';
    let sequence = 0;
    const badges = new BadgeLayer(session.doc, (key) => showInGuide(session, key), () => session.text);
    // Leaving a text field with text in it is part of the snapshot: the emergency checks escalate then.
    const left = new LeftFields(() => check(), signal);

    const show = () => {
      const { fields, elements } = session.snapshot;
      const groups = response ? groupFindings(response, fields) : null;
      const suggestion = response?.suggestion ?? null;
      session.contribute('checks', {
        findings: groups,
        docs: response?.docs ?? {},
        suggestion,
        onJump: (key) => jumpTo(session, key),
        onInsertSuggestion: () => {
          const element = suggestion && session.snapshot.elements.get(suggestion.fieldKey);
          if (suggestion && element) insertIntoField(element, suggestion.text);
        },
      });
      const byField = new Map<string, { element: Element; findings: CheckFormResponse['findings'] }>();
      for (const group of groups ?? []) {
        const element = group.fieldKey ? elements.get(group.fieldKey) : undefined;
        // A checklist still to write to is guidance in the guide, not a marker on the field.
        const marked = group.findings.filter((f) => !(f.checklist && f.severity === 'info'));
        if (element && marked.length > 0) byField.set(group.fieldKey!, { element, findings: marked });
      }
      badges.update(byField);
    };

    const check = () => {
      const recognition = session.recognition;
      if (!recognition) return;
      const { fields, elements } = session.snapshot;
      left.watch(fields.flatMap((f) => (TEXT_KINDS.has(f.kind) && elements.get(f.key)) || []));
      const request = { providerId: recognition.provider.id, page: recognition.page, fields: left.mark(fields, elements) };
      const serialized = JSON.stringify(request);
      if (serialized === lastSent) return show();
      lastSent = serialized;
      const mine = ++sequence;
      show();
      const answered = requestCheck(request).then(
        (answer) => {
          if (mine !== sequence || signal.aborted) return; // a newer check is on its way: drop this stale answer
          response = answer;
          show();
        },
        () => {
          if (mine === sequence) lastSent = ''; // try again on the next change
        },
      );
      session.awaitBeforeFirstDraw(answered);
    };

    session.on('recognized', check, signal);
    // Settings may turn rules off: the next recognition checks again even if the form is unchanged.
    session.on('settings', () => (lastSent = ''), signal);
    session.on('language', show, signal);
    signal.addEventListener('abort', () => badges.destroy(), { once: true });
    check();
  },
});
