import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser.mjs';
import { fixtureKey, loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../register/backup';
import { waitForGuide } from './support/guide';

// Strings only the register could write into the profile: they come from an imported backup file, never from a
// page, a form the browser could autofill, or the HTTP cache.
const REFERENCE = 'LCKREF-83724619';
const CASE = 'LCKCASE-55190327';
const ACCOUNT = 'lckacct.99417263@example.org';
const PASSPHRASE = 'a long enough test passphrase';

const fixtures = loadFixtures();
const pages = new Map(fixtures.map((f) => [fixtureKey(f.url), f.html]));
const profile = mkdtempSync(join(tmpdir(), 'quickfreeze-lock-'));
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ pages, userDataDir: profile });
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
});

async function dashboard(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  return page;
}

function backupFile(): string {
  const at = '2026-05-02T09:00:00.000Z';
  const record = {
    id: 'lock-e2e-record-1',
    providerId: 'x',
    reference: REFERENCE,
    caseNumber: CASE,
    accountIdentifiers: [ACCOUNT],
    requestType: 'preservation',
    preservedOn: '2026-05-02',
    requestedAt: at,
    periodDays: 90,
    extensionDays: 90,
    extensions: [],
    supersededOn: null,
    notes: '',
    source: 'manual',
    hasProof: false,
    createdAt: at,
    updatedAt: at,
  };
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: at, records: [record], proofs: [], audit: [] });
}

/** Every file under `dir`, recursively, searched as bytes. */
function filesContaining(dir: string, needle: string): string[] {
  const bytes = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) out.push(...filesContaining(path, needle));
    else if (stat.isFile() && bytes.some((b) => readFileSync(path).includes(b))) out.push(path);
  }
  return out;
}

describe('register lock', () => {
  it('sets a passphrase, imports records sealed, locks, refuses a wrong passphrase, keeps a capture made while locked', async () => {
    const page = await dashboard();
    const form = page.locator('form[data-form="set-passphrase"]');
    await form.waitFor();
    const [pass, confirm] = await form.locator('input[type=password]').all();
    await pass!.fill(PASSPHRASE);
    await confirm!.fill(PASSPHRASE);
    await form.locator('button[type=submit]').click();
    await page.locator('button[data-action="lock"]').waitFor({ timeout: 15_000 });

    await page.setInputFiles('#import-backup', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupFile()) });
    await page.locator(`[data-record][data-reference="${REFERENCE}"]`).waitFor({ timeout: 10_000 });

    await page.locator('button[data-action="lock"]').click();
    await page.locator('form[data-form="unlock"]').waitFor();
    expect(await page.locator('[data-record]').count()).toBe(0);

    // A reference saved on a portal while locked.
    const confirmation = fixtures.find((f) => f.name === 'meta-confirmation')!;
    const portal = await browser.context.newPage();
    await portal.goto(confirmation.url);
    await waitForGuide(portal, { provider: 'meta', page: 'confirmation' });
    const captured = confirmation.references![0]!;
    const offered = portal.locator(`quickfreeze-guide [data-reference="${captured}"]`);
    await offered.waitFor({ timeout: 3000 });
    await offered.locator('[data-action="save-reference"]').click();
    await expect.poll(() => offered.getAttribute('data-saved'), { timeout: 5000 }).toBe('true');
    await portal.close();

    const unlock = page.locator('form[data-form="unlock"]');
    await unlock.locator('input[type=password]').fill('not the passphrase');
    await unlock.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('[data-unlock-error]').textContent(), { timeout: 10_000 }).toMatch(/passphrase/i);
    expect(await page.locator('[data-record]').count()).toBe(0);

    await unlock.locator('input[type=password]').fill(PASSPHRASE);
    await unlock.locator('button[type=submit]').click();
    await page.locator(`[data-record][data-reference="${REFERENCE}"]`).waitFor({ timeout: 15_000 });
    await page.locator(`[data-record][data-reference="${captured}"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator(`[data-record][data-reference="${REFERENCE}"]`).textContent()).toContain(CASE);
    await page.close();
  });

  it('exports an encrypted backup by default, holding none of the secrets, that a fresh profile imports with the passphrase', async () => {
    const page = await dashboard();
    await page.locator(`[data-record][data-reference="${REFERENCE}"]`).waitFor({ timeout: 15_000 });
    // With a lock set, no readable export sits one click away: it is behind a warning.
    expect(await page.getByRole('button', { name: 'Export backup (JSON)' }).count()).toBe(0);
    await page.locator('[data-action="export-plaintext"]').click();
    await expect.poll(() => page.locator('[data-warning="plaintext-export"]').textContent()).toMatch(/anyone who gets it reads/i);

    await page.locator('[data-action="export-encrypted"]').click();
    const form = page.locator('form[data-form="export-encrypted"]');
    await form.locator('input[type=password]').fill('not the passphrase');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('.backup [role=alert]').textContent(), { timeout: 15_000 }).toMatch(/passphrase/i);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await form.locator('input[type=password]').fill(PASSPHRASE);
    await form.locator('button[type=submit]').click();
    const file = readFileSync((await (await download).path())!, 'utf8');
    await page.close();
    expect(JSON.parse(file)).toMatchObject({ format: 'quickfreeze-backup-encrypted', kdf: { iterations: 600_000 } });
    for (const secret of [REFERENCE, CASE, ACCOUNT, PASSPHRASE]) expect(file).not.toContain(secret);

    const fresh = await launchWithExtension({ pages });
    try {
      const other = await fresh.context.newPage();
      await other.goto(`chrome-extension://${fresh.extensionId}/dashboard.html`);
      await other.setInputFiles('#import-backup', { name: 'backup.encrypted.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      const prompt = other.locator('form[data-form="import-passphrase"]');
      await prompt.locator('input[type=password]').fill('not the passphrase');
      await prompt.locator('button[type=submit]').click();
      await expect.poll(() => other.locator('.backup [role=alert]').textContent(), { timeout: 15_000 }).toMatch(/passphrase/i);
      expect(await other.locator('[data-record]').count()).toBe(0);
      await prompt.locator('input[type=password]').fill(PASSPHRASE);
      await prompt.locator('button[type=submit]').click();
      const restored = other.locator(`[data-record][data-reference="${REFERENCE}"]`);
      await restored.waitFor({ timeout: 15_000 });
      expect(await restored.textContent()).toContain(CASE);
      expect(await restored.textContent()).toContain(ACCOUNT);
    } finally {
      await fresh.close();
    }
  });

  it('leaves the reference, case number and account nowhere in the profile once the browser is closed', async () => {
    await browser.close();
    for (const secret of [REFERENCE, CASE, ACCOUNT]) expect(filesContaining(profile, secret), secret).toEqual([]);
  });
});
