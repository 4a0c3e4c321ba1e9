// What the demo reads from the in-page guide, and how it drives it as a person does. Every wait has a generous
// limit (the demo runs on loaded 2-core machines) and a failed wait throws with what was expected and what was shown,
// so `npm run demo` ends non-zero instead of printing a half-true story.

/** Limit for anything the contract promises within 1 s: room for a busy machine. */
export const SLOW_MACHINE_MS = 10_000;

export class DemoStepFailed extends Error {}

/** Wait until the page's guide has these attributes; the attributes it has otherwise go into the error. */
export async function waitForGuide(page, expected) {
  await page
    .waitForFunction(
      ({ provider, kind }) => {
        const guide = document.querySelector('quickfreeze-guide');
        return guide?.getAttribute('data-provider') === provider && guide.getAttribute('data-page') === kind;
      },
      { provider: expected.provider, kind: expected.page },
      { timeout: SLOW_MACHINE_MS, polling: 100 },
    )
    .catch(async () => {
      const shown = await readGuide(page);
      throw new DemoStepFailed(`expected the guide at ${JSON.stringify(expected)}, it shows ${JSON.stringify(shown && { provider: shown.provider, page: shown.page })}`);
    });
}

/** The guide as the investigator sees it: provider, page kind and the fields it recognized (role and label). */
export async function readGuide(page) {
  return page.evaluate(() => {
    const guide = document.querySelector('quickfreeze-guide');
    if (!guide) return null;
    return {
      provider: guide.getAttribute('data-provider'),
      page: guide.getAttribute('data-page'),
      fields: Array.from(guide.shadowRoot?.querySelectorAll('[data-field-role]') ?? []).map((el) => ({
        role: el.getAttribute('data-field-role'),
        label: (el.textContent ?? '').replace(el.querySelector('.role')?.textContent ?? '', '').trim(),
      })),
    };
  });
}

/** Every finding shown in QuickFreeze's shadow roots (contract section 3), as `rule (severity)`. */
export async function readFindings(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((host) => host.tagName.toLowerCase().startsWith('quickfreeze-') && host.shadowRoot)
      .flatMap((host) => Array.from(host.shadowRoot.querySelectorAll('[data-rule]')))
      .map((el) => `${el.getAttribute('data-rule')} (${el.getAttribute('data-severity')})`),
  );
}

/** Poll the findings until `holds(findings)`; throw with the last findings shown. */
export async function waitForFindings(page, holds, what, timeout = SLOW_MACHINE_MS) {
  const deadline = Date.now() + timeout;
  let last = [];
  while (Date.now() < deadline) {
    last = await readFindings(page);
    if (holds(last)) return last;
    await page.waitForTimeout(150);
  }
  throw new DemoStepFailed(`${what}: not shown within ${timeout / 1000} s; findings shown: ${last.join(', ') || 'none'}`);
}

/** A control inside the guide's shadow root (Playwright's CSS locators pierce open shadow roots). */
export const inGuide = (page, selector) => page.locator(`quickfreeze-guide ${selector}`);

/** The text of the chosen option of one of the guide's lists. */
export const chosenOption = (page, list) =>
  inGuide(page, `select[data-teach=${list}]`).evaluate((select) => select.selectedOptions[0]?.textContent ?? '');

/**
 * Choose an option of a guide list with the keyboard, as an investigator does: focus it and type the option's first
 * words (trusted key presses; the guide ignores the untrusted events that selectOption makes). The browser's
 * type-ahead forgets what was typed after a pause, so on a stalled machine a slow keystroke is retried.
 */
export async function chooseByKeyboard(page, list, typed) {
  const select = inGuide(page, `select[data-teach=${list}]`);
  for (let attempt = 1; attempt <= 3; attempt++) {
    await select.focus();
    await page.keyboard.type(typed);
    const chosen = await chosenOption(page, list);
    if (chosen.toLowerCase().startsWith(typed.toLowerCase())) return chosen;
    await page.waitForTimeout(1200); // let the type-ahead buffer expire before typing again
  }
  throw new DemoStepFailed(`typing "${typed}" in the guide's ${list} list did not choose it (chosen: ${await chosenOption(page, list)})`);
}
