import type { FieldSnapshot, FormSnapshot } from '../../types';
import { fieldsWithRole } from '../../types';

const AFFIRMATIVE = /\b(?:yes|y|true|attached|provided|included|enclosed|obtained|issued|granted|order|2705|sealed|delay\w*|do\s+not\s+notify)\b/i;
const NEGATIVE = /^\s*(?:no|n|none|false|n\/a|na|not\s+applicable|-+|select\b.*|choose\b.*)?\s*$|\b(?:no|not|none)\b/i;

/** Options worded as the wish itself ("Do not notify the user") affirm non-disclosure despite their "not". */
const NON_NOTICE_WISH = /\b(?:do\s+not|don'?t|must\s+not|should\s+not)\s+notify|\bnot\s+(?:to\s+)?be\s+notified|\bdelay\w*\s+(?:user\s+)?(?:notice|notification)/i;

function affirms(text: string): boolean {
  if (/^\s*no\b/i.test(text)) return false;
  if (NON_NOTICE_WISH.test(text)) return true;
  return AFFIRMATIVE.test(text) && !NEGATIVE.test(text);
}

function covers(field: FieldSnapshot): boolean {
  switch (field.kind) {
    case 'checkbox':
      return field.checked === true;
    case 'radio':
      return field.checked === true && affirms(`${field.label} ${field.value}`);
    case 'select':
      return affirms(field.value);
    case 'file':
      return field.files.length > 0;
    default:
      return field.value.trim().length > 0 && (affirms(field.value) || !NEGATIVE.test(field.value));
  }
}

/** Does the request show that notification is covered (a non-disclosure order or delayed-notice option)? */
export function notificationCovered(snapshot: FormSnapshot): { covered: boolean; hasOption: boolean } {
  const fields = fieldsWithRole(snapshot, 'non-disclosure');
  return { covered: fields.some(covers), hasOption: fields.length > 0 };
}
