import type { Locator, Page } from 'playwright-core';

export interface ByHand {
  provider: string;
  reference: string;
  caseNumber: string;
  accounts: string;
  preservedOn: string;
  basis: string;
}

/** Contract section 9: fill the dashboard's own new-record form, submit it, and wait for the record it adds. */
export async function addByHand(page: Page, values: ByHand): Promise<Locator> {
  const form = page.locator('form[data-form="new-record"][data-origin="manual"]');
  await form.locator('select[name="provider"]').selectOption(values.provider);
  await form.locator('[name="reference"]').fill(values.reference);
  await form.locator('[name="caseNumber"]').fill(values.caseNumber);
  await form.locator('[name="accountIdentifiers"]').fill(values.accounts);
  await form.locator('[name="preservedOn"]').fill(values.preservedOn);
  await form.locator('select[name="basis"]').selectOption(values.basis);
  await form.locator('button[type="submit"]').click();
  const row = page.locator(`[data-record][data-reference="${values.reference}"]`);
  await row.waitFor({ timeout: 5000 });
  return row;
}
