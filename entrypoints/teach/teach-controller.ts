import type { HighlightRect } from '../../components/guide/PickHighlight';
import { pageTitleKey, roleNameKey, type GuideText } from '../../components/guide/guide-text';
import type { TaughtItem, TeachField, TeachPanelProps } from '../../components/guide/TeachPanel';
import type { PageKind } from '../../providers/page-kinds';
import type { FieldRole } from '../../recognition/field-roles';
import { shapeReport } from '../../recognition/shape-report';
import { signaturesOf } from '../../recognition/taught';
import type { FieldSnapshot } from '../../rules/types';
import { sameSignature, type FieldSignature, type TaughtChange, type TaughtPage } from '../../storage/taught-page';
import { FieldPicker } from '../guide/field-picker';
import type { GuideSession } from '../guide/session';

/** The page's fields for the keyboard list, and what is taught, as the panel shows them. Pure. */
export function teachView(
  fields: readonly FieldSnapshot[],
  signatures: readonly FieldSignature[],
  taught: TaughtPage | null,
  { t }: GuideText,
): { fields: TeachField[]; items: TaughtItem[] } {
  const teachings = taught?.fields ?? [];
  const isTaught = (i: number) => teachings.some((teaching) => signatures[i] && sameSignature(teaching.signature, signatures[i]));
  const items: TaughtItem[] = [];
  if (taught?.pageKind) items.push({ id: 'page-kind', text: t('guide.teach.item.pageKind', { kind: t(pageTitleKey(taught.pageKind)) }) });
  teachings.forEach((teaching, i) => {
    const at = signatures.findIndex((s) => sameSignature(s, teaching.signature));
    const label = (at >= 0 ? fields[at]?.label : '') || teaching.signature.label || teaching.signature.name || t('guide.teach.unlabelled');
    items.push({ id: `field:${i}`, text: t(teaching.not ? 'guide.teach.item.fieldIsNot' : 'guide.teach.item.fieldIs', { label, role: t(roleNameKey(teaching.role)) }) });
  });
  return { fields: fields.map((f, i) => ({ key: f.key, label: f.label, role: f.role, taught: isTaught(i) })), items };
}

/** The change that undoes one taught item. */
export function undoChange(id: string, taught: TaughtPage | null): TaughtChange | null {
  if (id === 'page-kind') return { kind: 'page-kind', pageKind: null };
  const teaching = taught?.fields[Number(id.replace(/^field:/, ''))];
  return teaching ? { kind: 'forget-field', signature: teaching.signature } : null;
}

/** The page field an event went through: the control itself, or a label of it. */
function fieldKeyAt(session: GuideSession, path: readonly EventTarget[]): string | null {
  const keys = new Map<EventTarget, string>([...session.snapshot.elements].map(([key, element]) => [element, key]));
  for (const target of path) {
    // By tag name, not instanceof: a label in a same-origin frame belongs to another realm.
    const control = (target as Element).tagName === 'LABEL' ? (target as HTMLLabelElement).control : null;
    const key = keys.get(target) ?? (control ? keys.get(control) : undefined);
    if (key) return key;
  }
  return null;
}

/** The field's box in the top window's viewport: a field in a same-origin frame is offset by the frame's box. */
function rectOf(session: GuideSession, key: string): HighlightRect | null {
  const element = session.snapshot.elements.get(key);
  if (!element) return null;
  const rect = element.getBoundingClientRect();
  const frame = element.ownerDocument.defaultView?.frameElement;
  const outer = frame?.getBoundingClientRect();
  const top = rect.top + (outer && frame ? outer.top + frame.clientTop : 0);
  const left = rect.left + (outer && frame ? outer.left + frame.clientLeft : 0);
  return { top, left, width: rect.width, height: rect.height };
}

/** The windows where the page's fields are: the top one and those of same-origin frames. */
function fieldWindows(session: GuideSession): Window[] {
  const views: Array<Window | null> = [session.doc.defaultView, ...[...session.snapshot.elements.values()].map((element) => element.ownerDocument.defaultView)];
  return views.filter((view): view is Window => view !== null);
}

/** What the panel draws: the panel itself (null off a recognized page) and the frame over the field under the pointer. */
export interface TeachDrawing {
  teach: TeachPanelProps | null;
  pickHighlight: HighlightRect | null;
}

/** The panel's state that is not the page's: the chosen field, the last message. */
interface TeachState {
  selectedKey: string | null;
  status: string | null;
  report: string | null;
  highlight: HighlightRect | null;
}

/**
 * "Fix recognition" (issue 10): the investigator sets the page kind and the roles of fields, picked in the page with
 * the mouse or from a keyboard list; what is taught is kept by the background for this page only and recognition
 * applies it before its guesses. Also "Copy a shape report of this page". Acts only on trusted clicks and keys (the
 * guide's shadow root drops the others). Runs until `signal` aborts; `draw` is called with each new state.
 */
export function startTeach(session: GuideSession, signal: AbortSignal, onClose: () => void, draw: (drawing: TeachDrawing) => void): void {
  const state: TeachState = { selectedKey: null, status: null, report: null, highlight: null };
  // Read at each use: the language may change while the panel is open.
  const t: GuideText['t'] = (key, params) => session.text.t(key, params);
  const picker = new FieldPicker(() => fieldWindows(session), {
    fieldAt: (path) => fieldKeyAt(session, path),
    rectOf: (key) => rectOf(session, key),
    onHover: (rect) => update({ highlight: rect }),
    onPick: (key) => {
      const label = session.snapshot.fields.find((f) => f.key === key)?.label;
      update({ selectedKey: key, status: label ? t('guide.teach.picked', { label }) : t('guide.teach.pickedUnlabelled') });
    },
    onCancel: () => update({ status: t('guide.teach.pickCancelled') }),
  });

  const update = (patch: Partial<TeachState>) => {
    Object.assign(state, patch);
    show();
  };
  const teach = (change: TaughtChange, done: string) => {
    session.taught.teach(change).then(
      () => update({ status: done }),
      (error: unknown) => update({ status: t('guide.teach.notSaved', { error: String(error) }) }),
    );
  };
  const signatures = () => signaturesOf(session.recognition?.fields ?? []);

  const panel = (): TeachPanelProps | null => {
    const recognition = session.recognition;
    if (!recognition) return null;
    const taught = session.taught.current;
    const view = teachView(session.snapshot.fields, signatures(), taught, session.text);
    return {
      text: session.text,
      open: true,
      onToggle: () => {
        picker.stop();
        onClose();
      },
      page: recognition.page,
      taughtPageKind: taught?.pageKind ?? null,
      onTeachPageKind: (kind: PageKind | null) =>
        teach({ kind: 'page-kind', pageKind: kind }, kind ? t('guide.teach.taughtPageKind', { kind: t(pageTitleKey(kind)) }) : t('guide.teach.pageKindLeft')),
      fields: view.fields,
      selectedKey: view.fields.some((f) => f.key === state.selectedKey) ? state.selectedKey : null,
      onSelect: (key) => update({ selectedKey: key }),
      picking: picker.active,
      onPick: () => {
        picker.start();
        update({ status: null });
      },
      onCancelPick: () => {
        picker.stop();
        update({ status: t('guide.teach.pickCancelled') });
      },
      onTeachField: (key: string, role: FieldRole, not: boolean) => {
        const signature = signatures()[session.snapshot.fields.findIndex((f) => f.key === key)];
        if (signature) teach({ kind: 'field', teaching: { signature, role, not } }, t(not ? 'guide.teach.taughtFieldIsNot' : 'guide.teach.taughtFieldIs', { role: t(roleNameKey(role)) }));
      },
      items: view.items,
      onUndo: (id) => {
        const change = undoChange(id, session.taught.current);
        if (change) teach(change, t('guide.teach.undone'));
      },
      onReset: () => teach({ kind: 'reset' }, t('guide.teach.resetDone')),
      onCopyShapeReport: () => copyShapeReport(session, (status, report) => update({ status, report })),
      shapeReportText: state.report,
      status: state.status,
    };
  };
  const show = () => draw({ teach: panel(), pickHighlight: picker.active ? state.highlight : null });

  signal.addEventListener('abort', () => picker.stop(), { once: true });
  session.on('recognized', show, signal);
  session.on('language', show, signal);
  show();
}

/** The page's shape as JSON on the clipboard (nothing is sent); shown for copying by hand if the clipboard refuses. */
function copyShapeReport(session: GuideSession, done: (status: string, report: string | null) => void): void {
  const { t } = session.text;
  const recognition = session.recognition;
  if (!recognition) return;
  const taught = session.taught.current;
  const signatures = signaturesOf(recognition.fields);
  const taughtFields = new Set(recognition.fields.filter((_, i) => taught?.fields.some((t) => signatures[i] && sameSignature(t.signature, signatures[i]))));
  let text: string;
  try {
  text = JSON.stringify(
    shapeReport(session.doc, new URL(session.doc.location.href), recognition, { isTaught: (f) => taughtFields.has(f), pageTaught: !!taught?.pageKind }),
    null,
    2,
  );
  } catch {
  // The report failed its own schema check (an odd page outgrew a limit): copy nothing rather than a report
  // nobody checked. The error's text is not shown: it might quote the page.
  return done(t('guide.teach.reportFailed'), null);
  }
  const clipboard = session.doc.defaultView?.navigator.clipboard;
  const fallback = () => done(t('guide.teach.clipboardRefused'), text);
  if (!clipboard) return fallback();
  clipboard.writeText(text).then(() => done(t('guide.teach.reportCopied'), null), fallback);
}
