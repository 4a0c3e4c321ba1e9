// The demo's register: fill a request form, submit, save the reference from the confirmation page, read the MAR text.
import { readFileSync } from 'node:fs';
import { DemoStepFailed, SLOW_MACHINE_MS } from './demo-guide.mjs';

export const REGISTER_FIXTURES = { form: 'meta-preservation-react', confirmation: 'meta-confirmation' };

export async function demoRegister(browser, form, confirmation, out) {
  const reference = confirmation.references?.[0];
  if (!reference) throw new DemoStepFailed(`fixture ${confirmation.name} names no reference`);
  const tab = await browser.context.newPage();
  await tab.goto(form.url);
  await tab.waitForSelector('quickfreeze-guide[data-page=preservation]', { state: 'attached', timeout: SLOW_MACHINE_MS });
  await tab.fill("[id=':r3:']", 'DEMO-2026-0042');
  await tab.fill("[id=':r5:']", 'https://www.facebook.com/demo.account.1');
  await tab.waitForTimeout(600);
  await tab.goto(confirmation.url);
  const offered = tab.locator(`quickfreeze-guide [data-reference="${reference}"]`);
  await offered.waitFor({ timeout: SLOW_MACHINE_MS });
  await offered.locator('[data-action=save-reference]').click();
  await tab.waitForSelector(`quickfreeze-guide [data-reference="${reference}"][data-saved=true]`, { state: 'attached', timeout: SLOW_MACHINE_MS });
  await tab.screenshot({ path: `${out}/register-1-confirmation-saved.png` });
  const dashboard = await browser.context.newPage();
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await dashboard.waitForSelector('[data-record]', { timeout: SLOW_MACHINE_MS });
  await dashboard.screenshot({ path: `${out}/register-2-dashboard.png` });
  console.log(`\nRegister: saved reference ${reference} from ${confirmation.url}`);
  console.log('MAR text:\n' + (await dashboard.locator('[data-mar-text]').textContent()));
  await demoEmail(dashboard, out);
  await Promise.all([tab.close(), dashboard.close()]);
}

const EMAIL = readFileSync('tests/fixtures/emails/dev/01-google-basic.txt', 'utf8');
const ACKNOWLEDGEMENT =
  'From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 18:40:00 -0800\nSubject: Preservation request received\n\n' +
  'We have received your preservation request of 2026-11-18 concerning the Snapchat username casey_b.\nYour request number is 77120934.\n';

/** The register's e-mail door: a confirmation read into a proposed record, then an acknowledgement's form with choices. */
async function demoEmail(dashboard, out) {
  const paste = async (text) => {
    await dashboard.locator('form[data-form="paste-email"] textarea').fill(text);
    await dashboard.locator('form[data-form="paste-email"] button[type="submit"]').click();
    const form = dashboard.locator('form[data-form="new-record"][data-origin="paste-0"]');
    await form.waitFor({ timeout: SLOW_MACHINE_MS });
    return form;
  };
  const proposed = await paste(EMAIL);
  const value = (name) => proposed.locator(`[name="${name}"]`).inputValue();
  console.log(`\nE-mail read: provider ${await value('provider')}, reference ${await value('reference')}, preserved on ${await value('preservedOn')}, accounts ${(await value('accountIdentifiers')).split('\n').join(', ')}`);
  await proposed.scrollIntoViewIfNeeded();
  await dashboard.locator('.paste-box').screenshot({ path: `${out}/register-3-email-proposed.png` });
  const blank = await paste(ACKNOWLEDGEMENT);
  const choices = async (action) => (await blank.locator(`[data-action="${action}"]`).allTextContents()).join(', ') || 'none';
  console.log(`Acknowledgement read: no record proposed; the form is dated ${await blank.locator('[name="preservedOn"]').inputValue()} (the e-mail's day); to pick: references ${await choices('use-reference')}; days ${await choices('use-date')}; accounts ${await choices('add-account')}`);
  if (!(await blank.locator('[data-action="use-reference"]').count())) throw new DemoStepFailed('the acknowledgement offered no reference to pick');
  await dashboard.locator('.paste-box').screenshot({ path: `${out}/register-4-email-choices.png` });
}
