import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureKey, loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

// Contract section 5: the saved record carries the case number and accounts also when the form is submitted
// right after the last keystroke.
const fixtures = loadFixtures();
const byName = new Map(fixtures.map((f) => [f.name, f]));
const pages = new Map(fixtures.map((f) => [fixtureKey(f.url), f.html]));
const snapForm = byName.get('snap-preservation-table')!;
const snapConfirmation = byName.get('snap-confirmation')!;
// The classic form posts to the portal, which answers with its confirmation page.
pages.set(fixtureKey(snapForm.url), snapForm.html.replace('action="/preservation"', `action="${new URL(snapConfirmation.url).pathname}"`));
const portal = usePortalBrowser({ pages });

async function saveAndReadRecord(page: Page, reference: string): Promise<string> {
  const offered = page.locator(`quickfreeze-guide [data-reference="${reference}"]`);
  await offered.waitFor({ timeout: 3000 });
  await offered.locator('[data-action="save-reference"]').click();
  await expect.poll(() => offered.getAttribute('data-saved'), { timeout: 3000 }).toBe('true');
  const dashboard = await portal.browser.context.newPage();
  await dashboard.goto(portal.extensionPage('dashboard.html'));
  const row = dashboard.locator(`[data-record][data-reference="${reference}"]`);
  await row.waitFor({ timeout: 5000 });
  const text = (await row.textContent()) ?? '';
  await dashboard.close();
  return text;
}

describe('a form submitted right after typing is carried into the saved record', () => {
  it('on a classic form: paste, then Enter at once', async () => {
    const page = await portal.browser.context.newPage();
    await page.goto(snapForm.url);
    await waitForGuide(page, { provider: 'snap', page: 'preservation' });
    await page.fill('input[name=i1]', 'SNAP-CASE-4411');
    await page.fill('textarea[name=i2]', 'fast.paste.user');
    await Promise.all([page.waitForURL(snapConfirmation.url), page.press('input[name=i1]', 'Enter')]);
    await waitForGuide(page, { provider: 'snap', page: 'confirmation' });
    const record = await saveAndReadRecord(page, snapConfirmation.references![0]!);
    expect(record).toContain('SNAP-CASE-4411');
    expect(record).toContain('fast.paste.user');
    await page.close();
  });

  it('on a single-page form that swaps in its confirmation on submit', async () => {
    const spa = byName.get('google-inplace-confirmation')!;
    const page = await portal.browser.context.newPage();
    await page.goto(spa.url);
    await waitForGuide(page, { provider: 'google', page: 'preservation' });
    await page.fill('#in-a', 'LERS-CASE-7702');
    await page.fill('#in-b', 'fast.typist@example.org');
    await page.click('#submit-btn');
    await waitForGuide(page, { provider: 'google', page: 'confirmation' });
    const reference = (spa.steps![0]!.expect as { references: string[] }).references[0]!;
    const record = await saveAndReadRecord(page, reference);
    expect(record).toContain('LERS-CASE-7702');
    expect(record).toContain('fast.typist@example.org');
    await page.close();
  });
});

describe('a form in a same-origin frame or in components’ shadow roots, submitted right after typing', () => {
  const referenceOf = (name: string) => {
    const fixture = byName.get(name)! as { frameReferences?: string[]; steps?: Array<{ expect: unknown }> };
    return fixture.frameReferences?.[0] ?? (fixture.steps![0]!.expect as { references: string[] }).references[0]!;
  };

  it('in a same-origin frame: type the case number, Enter at once', async () => {
    const framed = byName.get('apple-framed-emergency')!;
    const page = await portal.browser.context.newPage();
    await page.goto(framed.url);
    await waitForGuide(page, { provider: 'apple', page: 'emergency' });
    const frame = (await (await page.$('#workspace'))!.contentFrame())!;
    await frame.fill('#ctl00_Main_txtAppleId', 'framed.target@example.org');
    await frame.locator('#ctl00_Main_txtAgencyCase').pressSequentially('APL-FAST-7731');
    await frame.press('#ctl00_Main_txtAgencyCase', 'Enter');
    await waitForGuide(page, { provider: 'apple', page: 'confirmation' });
    const record = await saveAndReadRecord(page, referenceOf('apple-framed-emergency'));
    expect(record).toContain('APL-FAST-7731');
    expect(record).toContain('framed.target@example.org');
    await page.close();
  });

  it('in a component’s shadow root: type the case number, Enter on the submit button at once', async () => {
    const shadowed = byName.get('x-lightning-shadow')!;
    const page = await portal.browser.context.newPage();
    await page.goto(shadowed.url);
    await waitForGuide(page, { provider: 'x', page: 'emergency' });
    await page.fill('c-le-request-intake lightning-input.handle input', 'shadow_target_42');
    await page.locator('c-le-request-intake lightning-input.caseRef input').pressSequentially('XCASE-FAST-0931');
    await page.locator('c-le-request-intake lightning-button button').press('Enter');
    await waitForGuide(page, { provider: 'x', page: 'confirmation' });
    const record = await saveAndReadRecord(page, referenceOf('x-lightning-shadow'));
    expect(record).toContain('XCASE-FAST-0931');
    expect(record).toContain('shadow_target_42');
    await page.close();
  });
});

describe('privacy', () => {
  it('no network request from the extension', () => {
    expect(portal.browser.unexpectedRequests).toEqual([]);
  });
});
