import { describe, expect, it } from 'vitest';
import { summarize, type FindingGroup } from '../../../components/FindingsList';
import type { FindingMessage } from '../../../messages/protocol';
import { guideTextIn } from './guide-text';

const finding = (severity: FindingMessage['severity']) => ({ ruleId: 'x/y', severity, message: 'm', fieldKey: null }) as unknown as FindingMessage;
const groups = (...severities: FindingMessage['severity'][]): FindingGroup[] => [{ fieldKey: null, label: '', findings: severities.map(finding) }];

describe('summarize (the guide’s live region)', () => {
  it('counts by severity; one kind is written without a list, several as the language lists them', () => {
    expect(summarize(groups(), guideTextIn('en'))).toBe('QuickFreeze: no problems found.');
    expect(summarize(groups('warning', 'warning'), guideTextIn('en'))).toBe('QuickFreeze: 2 warnings.');
    expect(summarize(groups('error'), guideTextIn('en'))).toBe('QuickFreeze: 1 error.');
    const list = new Intl.ListFormat('de', { type: 'unit' }).format(['1 Fehler', '2 Warnungen']);
    expect(summarize(groups('error', 'warning', 'warning'), guideTextIn('de'))).toContain(list);
  });
});
