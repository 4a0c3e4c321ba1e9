import type { FieldSnapshot, FormSnapshot } from '../../types';

const STRONG =
  /\bcsam\b|\bcsea\b|child\s+sexual\s+(?:abuse|exploitation)|child\s+(?:abuse\s+)?(?:material|imagery|pornography)|child\s+exploitation|sexual\s+exploitation\s+of\s+(?:a\s+)?(?:minor|child)|sextort\w*|\bgroom(?:ing|ed)\b|enticement\s+of\s+a\s+minor|online\s+enticement|\bcybertip|\bncmec\b/i;
const MINOR = /\b(?:minors?|child(?:ren)?|juveniles?|under[\s-]?age|underage|\d{1,2}[\s-]?(?:year|yr)s?[\s-]?old|teen(?:ager)?s?|girls?|boys?)\b/i;
const SEXUAL = /\b(?:sexual\w*|explicit|nude\w*|naked|indecent|intimate\s+(?:images|photos)|exploit\w*|abuse\s+(?:material|images)|pornograph\w*)\b/i;
const NEGATED = /\b(?:no|not|nor|without)\b[^.;]{0,30}(?:child|minor|csam|exploitation|sextortion|grooming)/i;

function sentenceShowsMatter(sentence: string): boolean {
  if (NEGATED.test(sentence)) return false;
  return STRONG.test(sentence) || (MINOR.test(sentence) && SEXUAL.test(sentence));
}

function textShowsMatter(text: string): boolean {
  const sentences = text.slice(0, 120_000).match(/[^.!?\n]+/g) ?? [];
  return sentences.some(sentenceShowsMatter);
}

function flagSet(field: FieldSnapshot): boolean {
  if (field.kind === 'checkbox') return field.checked === true;
  if (field.kind === 'radio') return field.checked === true && !/^\s*no\b|\bnot\b|\bnone\b/i.test(field.label);
  if (field.kind === 'select') return /\byes\b|child|minor|csam|exploitation/i.test(field.value) && !/^\s*no\b/i.test(field.value);
  return false;
}

/** Is this request a child-exploitation matter: marked by a flag, chosen as the request type, or described so? */
export function isChildSafetyMatter(snapshot: FormSnapshot): boolean {
  for (const field of snapshot.fields) {
    if (field.role === 'child-safety-flag' && flagSet(field)) return true;
    if (field.role === 'request-type' && (field.kind === 'select' || field.checked) && STRONG.test(`${field.label} ${field.value}`)) return true;
    if (field.role !== 'ncmec-report-ids' && ['text', 'textarea', 'editable'].includes(field.kind) && textShowsMatter(field.value)) return true;
  }
  return false;
}
