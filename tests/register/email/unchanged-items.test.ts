import { describe, expect, it } from 'vitest';
import { unchangedItems } from '../../../register/email/unchanged-items';

const spans = (text: string) => unchangedItems(text).map((u) => text.slice(u.start, u.end));

describe('unchangedItems', () => {
  it('finds an item headed as unchanged, to the blank line that ends it', () => {
    const text = 'NEW\n  Ref: A-1\n\n2) PREVIOUSLY CONFIRMED - NO CHANGE\n  Ref: B-2\n  Account: x\n\nThanks';
    expect(spans(text)).toEqual(['2) PREVIOUSLY CONFIRMED - NO CHANGE\n  Ref: B-2\n  Account: x']);
  });
  it('reads headings in other languages', () => {
    expect(spans('Sin cambios\n  Caso: 4471\n')).toHaveLength(1);
    expect(spans('UNVERÄNDERT\n  Vorgang: 4471\n')).toHaveLength(1);
  });
  it('takes no sentence, no table header and no heading without lines under it', () => {
    expect(spans('Our reference 4471-2209 remains unchanged.\n\nThanks')).toEqual([]);
    expect(spans('Reference (unchanged)\tAccount\nLE-1172982\t@x')).toEqual([]);
    expect(spans('No change\n\nThanks')).toEqual([]);
  });
});
