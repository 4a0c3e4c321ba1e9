import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { providers } from '../../providers/registry';
import { readBackup } from '../../register/backup';
import { marProviderOf } from '../../register/drafts';
import { DEFAULT_CRITERIA, RECORD_STATUSES, filterRecords, type FilterCriteria } from '../../register/filter';
import { marText } from '../../register/mar-text';
import type { RegisterService } from '../../register/service';
import { Register } from '../../storage/register';
import { COUNT_CAP, MAR_AT_ONCE_LIMIT, SEARCH_CAP, createRegisterService } from '../../storage/register-service';
import { record } from '../register/fixtures';
import { quietEffects } from './service-effects';
import { translatorFor } from '../../i18n/catalogues';

const today = '2027-01-01';
const providerOf = (id: string) => marProviderOf(providers.find((p) => p.id === id), id);
let register: Register;
let service: RegisterService;
let downloads: Array<{ name: string; blob: Blob }>;

const criteria = (patch: Partial<FilterCriteria> = {}): FilterCriteria => ({ ...DEFAULT_CRITERIA, ...patch });
const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    record({
      reference: `S-${String(i).padStart(4, '0')}`,
      providerId: i % 2 ? 'x' : 'meta',
      caseNumber: `C-${i % 5}`,
      accountIdentifiers: [`user_${i}`],
      preservedOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }),
  );

beforeEach(async () => {
  register = await Register.open(`service-${Math.random()}`);
  downloads = [];
  service = createRegisterService(register, providers, {
    today: () => today,
    download: (name, blob) => downloads.push({ name, blob }),
    copyText: async () => {},
    copyRich: async () => {},
    notifyChanged: () => {},
    caseSelected: () => {},
    onChange: () => () => {},
  });
});
afterEach(() => register.close());

describe('pages', () => {
  it('reads the soonest-expiring page from the index, with counts of all and per case', async () => {
    const records = many(60);
    await service.restore(records.map((r) => ({ record: r, proof: null })));
    const page = await service.page(criteria(), 10);
    const soonest = [...records].sort((a, b) => a.preservedOn.localeCompare(b.preservedOn) || a.reference.localeCompare(b.reference)).slice(0, 10);
    expect(page.rows.map((r) => r.record.reference)).toEqual(soonest.map((r) => r.reference));
    expect(page).toMatchObject({ matching: 60, total: 60 });
    expect(page.caseTotals.get(soonest[0]!.caseNumber)).toBe(12);
    expect((await service.page(criteria({ providerId: 'x' }), 100)).matching).toBe(30);
    expect((await service.page(criteria({ status: 'lapsed' }), 100)).rows.every((r) => r.status === 'lapsed')).toBe(true);
  });

  it('finds a record by the start of any of its words, and by a provider name', async () => {
    await service.restore(many(30).map((r) => ({ record: r, proof: null })));
    expect((await service.page(criteria({ query: 's-0017' }), 10)).rows.map((r) => r.record.reference)).toEqual(['S-0017']);
    expect((await service.page(criteria({ query: 'user_2' }), 50)).matching).toBe(11); // user_2, user_20..user_29
    expect((await service.page(criteria({ query: 'meta' }), 50)).matching).toBe(15);
  });
});

describe('pages without reading the register', () => {
  const name = (id: string) => providers.find((p) => p.id === id)?.name ?? id;

  it('reads each status from its range of expiry dates, the same records the filters keep', async () => {
    const records = many(60).map((r, i) => (i % 9 === 0 ? { ...r, supersededOn: '2026-12-01' } : r));
    await service.restore(records.map((r) => ({ record: r, proof: null })));
    for (const status of RECORD_STATUSES) {
      const page = await service.page(criteria({ status }), 100);
      const expected = filterRecords(records, criteria({ status }), today, name);
      expect(page.rows.map((r) => r.record.reference)).toEqual(expected.map((r) => r.record.reference));
      expect(page).toMatchObject({ matching: expected.length, matchingAtLeast: false });
    }
    expect((await service.page(criteria({ status: 'lapsed', providerId: 'x', sort: 'provider' }), 100)).rows.every((r) => r.status === 'lapsed' && r.record.providerId === 'x')).toBe(true);
  });

  it('counts a status or a broad search up to a cap, and says there are more', async () => {
    const records = Array.from({ length: Math.max(COUNT_CAP, SEARCH_CAP) + 20 }, (_, i) =>
      record({ reference: `W-${String(i).padStart(5, '0')}`, providerId: 'meta', accountIdentifiers: [`wide_${i}`], preservedOn: '2026-01-01' }),
    );
    await service.restore(records.map((r) => ({ record: r, proof: null })));
    const lapsed = await service.page(criteria({ status: 'lapsed' }), 10);
    expect(lapsed).toMatchObject({ matching: COUNT_CAP, matchingAtLeast: true, total: records.length });
    expect(lapsed.rows).toHaveLength(10);
    const broad = await service.page(criteria({ query: 'wide_1' }), 10);
    expect(broad.rows.map((r) => r.record.reference)).toEqual(['W-00001', 'W-00010', 'W-00011', 'W-00012', 'W-00013', 'W-00014', 'W-00015', 'W-00016', 'W-00017', 'W-00018']);
    const wide = await service.page(criteria({ query: 'wide' }), 10);
    expect(wide).toMatchObject({ matching: COUNT_CAP, matchingAtLeast: true });
    expect(await service.marNow(criteria({ query: 'wide' }))).toBeNull();
    const all = await service.marAll(criteria({ query: 'wide_100' }), {});
    const expected = records.filter((r) => r.accountIdentifiers[0]!.includes('wide_100')).map((r) => r.reference);
    expect(all.records.map((r) => r.reference)).toEqual(expected); // wide_100 and wide_1000 on
    expect((await service.marAll(criteria({ query: 'wide' }), {})).records).toHaveLength(records.length);
  }, 30_000);

  it('keeps the total until the register changes, here or elsewhere', async () => {
    await service.restore(many(3).map((r) => ({ record: r, proof: null })));
    expect((await service.page(criteria(), 10)).total).toBe(3);
    await register.restore([{ record: record({ reference: 'ELSEWHERE-2' }), proof: null }]);
    expect((await service.page(criteria(), 10)).total).toBe(3); // not yet told
    await service.remove((await service.page(criteria(), 10)).rows[0]!.record.id);
    expect((await service.page(criteria(), 10)).total).toBe(3); // 4 stored, one removed here
  });
});

describe('MAR text', () => {
  it('is made at once for a case or a small set, and only on request above the limit', async () => {
    const records = many(MAR_AT_ONCE_LIMIT + 10);
    await service.restore(records.map((r) => ({ record: r, proof: null })));
    const ofCase = records.filter((r) => r.caseNumber === 'C-3');
    expect((await service.marNow(criteria({ caseNumber: 'C-3' })))!.text).toBe(marText(ofCase, providerOf));
    expect(await service.marNow(criteria())).toBeNull();

    const progress = vi.fn();
    const all = await service.marAll(criteria(), { onProgress: progress });
    // The references sort the same in code-unit and locale order here, so the text is exactly marText's.
    expect(all.text).toBe(marText(records, providerOf));
    expect(all.records).toHaveLength(records.length);
    expect(progress).toHaveBeenLastCalledWith(records.length, records.length);
  });

  it('stops when cancelled', async () => {
    await service.restore(many(20).map((r) => ({ record: r, proof: null })));
    const controller = new AbortController();
    controller.abort();
    await expect(service.marAll(criteria(), { signal: controller.signal })).rejects.toThrow();
  });
});

describe('news of changes', () => {
  it('reloads on news from elsewhere only when the register did change, and always after its own writes', async () => {
    let news = () => {};
    const effects = { today: () => today, download: () => {}, copyText: async () => {}, copyRich: async () => {}, notifyChanged: vi.fn(), caseSelected: () => {} };
    const watched = createRegisterService(register, providers, {
      ...effects,
      onChange: (listener) => {
        news = listener;
        return () => {};
      },
    });
    const listener = vi.fn();
    watched.onChange(listener);
    const until = () => new Promise((r) => setTimeout(r, 50));
    news();
    await until();
    expect(listener).not.toHaveBeenCalled();
    await register.restore([{ record: record({ reference: 'ELSEWHERE-1' }), proof: null }]); // another page's write
    news();
    await until();
    expect(listener).toHaveBeenCalledTimes(1);
    await watched.restore([{ record: record({ reference: 'HERE-1' }), proof: null }]);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(effects.notifyChanged).toHaveBeenCalledTimes(1);
  });
});

describe('header counts', () => {
  it('counts preservations by their clock, leaving out superseded ones and those kept for a production order', async () => {
    const clocks = [
      record({ reference: 'ACTIVE', preservedOn: '2026-12-20' }),
      record({ reference: 'SOON', preservedOn: '2026-10-10' }),
      record({ reference: 'LAPSED', preservedOn: '2026-09-01' }),
      record({ reference: 'SUPERSEDED', preservedOn: '2026-12-20', supersededOn: '2026-12-28' }),
      record({ reference: 'SUPERSEDED-LAPSED', preservedOn: '2026-09-01', supersededOn: '2026-09-20' }),
      record({ reference: 'KEPT', preservedOn: '2026-12-20', basis: 'eu-epoc-pr', productionConfirmedOn: '2026-12-22' }),
      // Confirmed on a record whose basis keeps nothing for a production order: still a running clock.
      record({ reference: 'CONFIRMED-ONLY', preservedOn: '2026-12-21', productionConfirmedOn: '2026-12-22' }),
    ];
    await service.restore(clocks.map((r) => ({ record: r, proof: null })));
    expect(await service.counts()).toEqual({ active: 2, expiringSoon: 1, lapsed: 1 });
  });
});

describe('export and import', () => {
  it('streams a backup that imports whole into an empty register', async () => {
    const records = many(45);
    await service.restore(records.map((r) => ({ record: r, proof: null })));
    const progress = vi.fn();
    await service.exportBackup({ onProgress: progress });
    expect(downloads[0]!.name).toBe(`quickfreeze-backup-${today}.json`);
    const text = await downloads[0]!.blob.text();
    const report = readBackup(text, new Set());
    expect(report.rejected).toEqual([]);
    expect(report.accepted.map((a) => a.record).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)));
    expect(progress).toHaveBeenLastCalledWith(45, 45);

    expect(await service.importBackup(text)).toMatchObject({ accepted: [], alreadyPresent: 45 });
  });

  it('writes the CSV in chunks with one header', async () => {
    await service.restore(many(5).map((r) => ({ record: r, proof: null })));
    await service.exportCsv({});
    const lines = (await downloads[0]!.blob.text()).split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^provider,reference/);
  });

  it('puts the investigator\'s reminder days into the calendar, and the defaults when the setting cannot be read', async () => {
    const calendars: Blob[] = [];
    const alarms = async (reminderDays?: () => Promise<readonly number[]>) => {
      const withSetting = createRegisterService(register, providers, { ...quietEffects(calendars), reminderDays });
      await withSetting.exportCalendar('C-1', false);
      const text = await calendars.at(-1)!.text();
      return [...text.matchAll(/^TRIGGER;RELATED=START:(\S+)\r$/gm)].map((m) => m[1]);
    };
    await service.restore([{ record: record({ reference: 'CAL-1', caseNumber: 'C-1', preservedOn: '2026-12-01' }), proof: null }]);
    expect(await alarms(async () => [30, 3])).toEqual(['-P30D', '-P3D']);
    expect(await alarms(async () => Promise.reject(new Error('storage unavailable')))).toEqual(['-P14D', '-P7D', 'PT9H']);
    expect(await alarms()).toEqual(['-P14D', '-P7D', 'PT9H']);
  });

  it('words the calendar in the investigator\'s language', async () => {
    const calendars: Blob[] = [];
    await service.restore([{ record: record({ reference: 'CAL-2', caseNumber: 'C-2', preservedOn: '2026-12-01' }), proof: null }]);
    const german = createRegisterService(register, providers, { ...quietEffects(calendars), translator: async () => translatorFor('de') });
    await german.exportCalendar('C-2', false);
    const text = (await calendars[0]!.text()).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('SUMMARY:Sicherung läuft ab: Meta CAL-2');
    expect(text).toContain('Sicherung läuft in 14 Tagen ab: Meta CAL-2');
    expect(text).not.toContain('Preservation expires');
  });
});

describe('a record of an added portal’s new provider', () => {
  it('shows the name the investigator gave, in the rows, the MAR text, the CSV and a search by that name', async () => {
    const named = createRegisterService(
      register,
      providers,
      { today: () => today, download: (name, blob) => downloads.push({ name, blob }), copyText: async () => {}, copyRich: async () => {}, notifyChanged: () => {}, caseSelected: () => {}, onChange: () => () => {} },
      [{ providerId: 'custom-example-provider', providerName: 'Example Provider' }],
    );
    await named.restore([{ record: record({ providerId: 'custom-example-provider', reference: 'EXP-1', caseNumber: 'C-EXP' }), proof: null }]);
    const page = await named.page(criteria(), 10);
    expect(page.rows.map((r) => r.providerName)).toEqual(['Example Provider']);
    expect(named.providerName('custom-example-provider')).toBe('Example Provider');
    const mar = (await named.marNow(criteria({ caseNumber: 'C-EXP' })))!.text;
    expect(mar).toContain('Example Provider');
    expect(mar).not.toContain('custom-example-provider');
    expect((await named.page(criteria({ query: 'example' }), 10)).rows.map((r) => r.record.reference)).toEqual(['EXP-1']);
    await named.exportCsv({});
    expect(await downloads[0]!.blob.text()).toContain('Example Provider');
  });
});
