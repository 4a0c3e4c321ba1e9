import type { PageKind } from '../providers/page-kinds';
import { fieldSignatures, sameSignature, type FieldSignature, type FieldTeaching, type TaughtPage } from '../storage/taught-page';
import type { FieldRole } from './field-roles';
import type { LocatedField } from './field-locator';
import type { ControlKind } from './labels';
import type { PageSignals } from './page-kind';

/** What is taught, applied before the heuristics' last word: taught roles and page kinds win over guesses. */

interface Signed {
  label: string;
  kind: ControlKind;
  element: Element;
}

/** The signatures of located fields, in page order (the name, or else the id, with generated parts dropped). */
export function signaturesOf(fields: readonly Signed[]): FieldSignature[] {
  return fieldSignatures(fields.map((f) => ({ label: f.label, name: f.element.getAttribute('name') || f.element.id || '', kind: f.kind })));
}

/**
 * Give each field its taught role, or take away a role it was taught not to have. Pure over the fields and their
 * signatures (same order). Answers the fields a teaching applied to: later guesses must leave them alone.
 */
export function applyTaught<F extends { role: FieldRole | null }>(fields: F[], signatures: readonly FieldSignature[], teachings: readonly FieldTeaching[]): Set<F> {
  const pinned = new Set<F>();
  if (teachings.length === 0) return pinned;
  fields.forEach((field, i) => {
    const signature = signatures[i];
    const teaching = signature && teachings.find((t) => sameSignature(t.signature, signature));
    if (!teaching) return;
    if (!teaching.not) field.role = teaching.role;
    else if (field.role === teaching.role) field.role = null;
    pinned.add(field);
  });
  return pinned;
}

/** Taught roles applied to located fields (reads each control's name or id). */
export function applyTaughtFields(fields: LocatedField[], taught: TaughtPage | null): Set<LocatedField> {
  if (!taught || taught.fields.length === 0) return new Set();
  return applyTaught(fields, signaturesOf(fields), taught.fields);
}

/**
 * The taught page kind, except when the page now plainly shows a confirmation with no form left (a portal that
 * confirms in place, at the URL of its form): then it is a confirmation, so the reference can still be saved.
 */
export function taughtPageKind(guessed: PageKind, signals: Pick<PageSignals, 'confirmationWording' | 'requestFieldCount'>, taught: TaughtPage | null): PageKind {
  const kind = taught?.pageKind;
  if (!kind) return guessed;
  if (guessed === 'confirmation' && signals.confirmationWording && signals.requestFieldCount < 2) return 'confirmation';
  return kind;
}
