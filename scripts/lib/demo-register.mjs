// The demo's register: fill a request form, submit, save the reference from the confirmation page, read the MAR text.
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
  await Promise.all([tab.close(), dashboard.close()]);
}
