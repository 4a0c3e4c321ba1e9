import type { HighlightRect } from '../../components/guide/PickHighlight';
import { ROLE_NAMES } from '../../components/guide/role-names';
import type { TaughtItem, TeachField, TeachPanelProps } from '../../components/guide/TeachPanel';
import { PAGE_TITLES, type PageKind } from '../../providers/page-kinds';
import type { FieldRole } from '../../recognition/field-roles';
import { shapeReport } from '../../recognition/shape-report';
import { signaturesOf } from '../../recognition/taught';
import type { FieldSnapshot } from '../../rules/types';
import { sameSignature, type FieldSignature, type TaughtChange, type TaughtPage } from '../../storage/taught-page';
import { FieldPicker } from '../guide/field-picker';
import type { GuideSession } from '../guide/session';

/** The page's fields for the keyboard list, and what is taught, as the panel shows them. Pure. */
export function teachView(fields: readonly FieldSnapshot[], signatures: readonly FieldSignature[], taught: TaughtPage | null): { fields: TeachField[]; items: TaughtItem[] } {
  const teachings = taught?.fields ?? [];
  const isTaught = (i: number) => teachings.some((t) => signatures[i] && sameSignature(t.signature, signatures[i]));
  const items: TaughtItem[] = [];
  if (taught?.pageKind) items.push({ id: 'page-kind', text: `This page is: ${PAGE_TITLES[taught.pageKind]}` });
  teachings.forEach((t, i) => {
    const at = signatures.findIndex((s) => sameSignature(s, t.signature));
    const label = (at >= 0 ? fields[at]?.label : '') || t.signature.label || t.signature.name || 'unlabelled field';
    items.push({ id: `field:${i}`, text: `“${label}” ${t.not ? 'is not the' : 'is the'} ${ROLE_NAMES[t.role]}` });
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
  const picker = new FieldPicker(() => fieldWindows(session), {
    fieldAt: (path) => fieldKeyAt(session, path),
    rectOf: (key) => rectOf(session, key),
    onHover: (rect) => update({ highlight: rect }),
    onPick: (key) => update({ selectedKey: key, status: `Picked: ${session.snapshot.fields.find((f) => f.key === key)?.label || 'a field without a label'}` }),
    onCancel: () => update({ status: 'Picking cancelled.' }),
  });

  const update = (patch: Partial<TeachState>) => {
    Object.assign(state, patch);
    show();
  };
  const teach = (change: TaughtChange, done: string) => {
    session.taught.teach(change).then(
      () => update({ status: done }),
      (error: unknown) => update({ status: `Not saved: ${String(error)}` }),
    );
  };
  const signatures = () => signaturesOf(session.recognition?.fields ?? []);

  const panel = (): TeachPanelProps | null => {
    const recognition = session.recognition;
    if (!recognition) return null;
    const taught = session.taught.current;
    const view = teachView(session.snapshot.fields, signatures(), taught);
    return {
      open: true,
      onToggle: () => {
        picker.stop();
        onClose();
      },
      page: recognition.page,
      taughtPageKind: taught?.pageKind ?? null,
      onTeachPageKind: (kind: PageKind | null) => teach({ kind: 'page-kind', pageKind: kind }, kind ? `Taught: this page is ${PAGE_TITLES[kind]}.` : 'Page kind left to recognition.'),
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
        update({ status: 'Picking cancelled.' });
      },
      onTeachField: (key: string, role: FieldRole, not: boolean) => {
        const signature = signatures()[session.snapshot.fields.findIndex((f) => f.key === key)];
        if (signature) teach({ kind: 'field', teaching: { signature, role, not } }, `Taught: this field ${not ? 'is not' : 'is'} the ${ROLE_NAMES[role]}.`);
      },
      items: view.items,
      onUndo: (id) => {
        const change = undoChange(id, session.taught.current);
        if (change) teach(change, 'Undone.');
      },
      onReset: () => teach({ kind: 'reset' }, 'Everything taught about this page is forgotten.'),
      onCopyShapeReport: () => copyShapeReport(session, (status, report) => update({ status, report })),
      shapeReportText: state.report,
      status: state.status,
    };
  };
  const show = () => draw({ teach: panel(), pickHighlight: picker.active ? state.highlight : null });

  signal.addEventListener('abort', () => picker.stop(), { once: true });
  session.on('recognized', show, signal);
  show();
}

/** The page's shape as JSON on the clipboard (nothing is sent); shown for copying by hand if the clipboard refuses. */
function copyShapeReport(session: GuideSession, done: (status: string, report: string | null) => void): void {
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
  return done('No shape report could be made of this page: it did not pass QuickFreeze’s own check, so nothing was copied. Teaching and the checks still work.', null);
  }
  const clipboard = session.doc.defaultView?.navigator.clipboard;
  const fallback = () => done('The clipboard refused: select the report below and copy it.', text);
  if (!clipboard) return fallback();
  clipboard.writeText(text).then(() => done('Shape report copied: no field values, ids masked. Paste it where you choose.', null), fallback);
}
