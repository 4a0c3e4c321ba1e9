import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePortalBrowser } from './support/portal-browser';

// Issue 9.11 in the built extension: a record's history in the dashboard, and a proof changed inside a backup
// coming in as "proof altered".

const extension = usePortalBrowser();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function dashboard(): Promise<Page> {
  const page = await extension.browser.context.newPage();
  await page.goto(extension.extensionPage('dashboard.html'));
  await page.locator('[data-count]').waitFor({ timeout: 5000 });
  return page;
}

async function showHistory(page: Page, reference: string) {
  const row = page.locator(`[data-record][data-reference="${reference}"]`);
  await row.locator('[data-action="view-history"]').click();
  await row.locator('[data-audit]').waitFor({ timeout: 3000 });
  return row;
}

describe('audit trail and proof integrity', () => {
  it('shows a saved reference’s history: saved, then each edited field old -> new', async () => {
    const reference = extension.fixture('meta-confirmation').references![0]!;
    const portal = await extension.open('meta-confirmation');
    const offered = portal.locator(`quickfreeze-guide [data-reference="${reference}"]`);
    await offered.locator('[data-action="save-reference"]').click();
    await expect.poll(() => offered.getAttribute('data-saved'), { timeout: 3000 }).toBe('true');
    await portal.close();

    const page = await dashboard();
    const row = page.locator(`[data-record][data-reference="${reference}"]`);
    await row.waitFor({ timeout: 5000 });
    await row.locator('[data-action="edit"]').click();
    await row.getByLabel('Case number').fill('RPD-2026-0918');
    await row.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => row.textContent(), { timeout: 3000 }).toContain('RPD-2026-0918');

    await showHistory(page, reference);
    const events = await row.locator('[data-audit-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-audit-event')));
    expect(events).toEqual(['created', 'edited']);
    expect(await row.locator('[data-audit-event="edited"]').textContent()).toContain('case number: none → “RPD-2026-0918”');
    await page.close();
  });

  it('imports a backup whose proof text was changed as "proof altered", with the trail it brings', async () => {
    const id = randomUUID();
    const at = '2026-11-20T10:00:00.000Z';
    const record = {
      id,
      providerId: 'google',
      reference: 'GOOG-TAMPERED-1',
      caseNumber: 'C-9',
      accountIdentifiers: ['someone@gmail.com'],
      requestType: 'preservation',
      preservedOn: '2026-11-20',
      requestedAt: at,
      periodDays: 90,
      extensionDays: 90,
      extensions: [],
      supersededOn: null,
      notes: '',
      source: 'confirmation-page',
      hasProof: true,
      createdAt: at,
      updatedAt: at,
    };
    const proof = { recordId: id, url: 'https://lers.google.com/done', capturedAt: at, text: 'Request GOOG-TAMPERED-1 received, and a line added later.', sha256: sha256('Request GOOG-TAMPERED-1 received.'), screenshot: null };
    const audit = [{ seq: 1, recordId: id, at, event: 'created', detail: [{ field: 'source', from: null, to: 'confirmation-page' }] }];
    const backup = { format: 'quickfreeze-backup', version: 1, exportedAt: at, records: [record], proofs: [proof], audit };

    const page = await dashboard();
    await page.locator('#import-backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    const report = page.locator('[data-import-report]');
    await report.waitFor({ timeout: 5000 });
    expect(await report.textContent()).toContain('1 imported, 0 already present, 0 rejected.');
    expect(await report.locator('[data-proof-altered-count]').getAttribute('data-proof-altered-count')).toBe('1');

    const row = page.locator('[data-record][data-reference="GOOG-TAMPERED-1"]');
    await row.waitFor({ timeout: 5000 });
    expect(await row.locator('[data-proof-integrity="altered"]').textContent()).toContain('proof altered');
    await row.locator('[data-action="view-proof"]').click();
    await expect.poll(() => row.locator('.proof').textContent(), { timeout: 3000 }).toContain(sha256(proof.text));
    expect(await row.locator('.proof [data-proof-integrity="altered"]').textContent()).toContain(proof.sha256);

    await showHistory(page, 'GOOG-TAMPERED-1');
    const events = await row.locator('[data-audit-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-audit-event')));
    expect(events).toEqual(['created', 'imported', 'proof-altered']);
    await page.close();
  });
});
