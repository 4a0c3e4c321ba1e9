import { currentT } from '../../i18n/background';
import { browser, type Browser } from 'wxt/browser';

/**
 * "Insert preservation details", in two steps. The menu click only marks the field that was right-clicked and
 * opens the insert page (extension origin), where the investigator chooses a case and sees the exact text and how
 * many records it holds. The text goes in only when they click "Insert", and only into the marked field.
 *
 * The mark is a WeakRef kept in the extension's isolated world of that frame, under a random token known only to
 * the background: the page can neither read nor forge it, and it is gone when the frame navigates.
 */
const PENDING_KEY = 'insert.pending';
export const INSERT_PAGE = '/insert.html';

interface PendingInsert {
  tabId: number;
  frameId: number;
  token: string;
  pageUrl: string;
}

/** Runs in the right-clicked frame's isolated world: remember its focused editable field under `token`. */
export function markInsertTarget(token: string): boolean {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  const textInput = element instanceof HTMLInputElement && ['text', 'search', 'email', 'url', 'tel'].includes(element.type);
  const editable = element instanceof HTMLTextAreaElement || textInput || (element instanceof HTMLElement && element.isContentEditable);
  if (!element || !editable) return false;
  const world = globalThis as { __quickfreezeInsertTarget?: { token: string; ref: WeakRef<Element> } };
  world.__quickfreezeInsertTarget = { token, ref: new WeakRef(element) };
  return true;
}

/** Runs in the same frame on the investigator's click: insert at the caret of the marked field, as typing would. */
export function insertIntoMarked(token: string, text: string): boolean {
  const world = globalThis as { __quickfreezeInsertTarget?: { token: string; ref: WeakRef<Element> } };
  const mark = world.__quickfreezeInsertTarget;
  delete world.__quickfreezeInsertTarget;
  const element = mark?.token === token ? mark.ref.deref() : undefined;
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  element.focus();
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const start = element.selectionStart ?? element.value.length;
    const end = element.selectionEnd ?? element.value.length;
    const next = element.value.slice(0, start) + text + element.value.slice(end);
    const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, next);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  return element.isContentEditable ? document.execCommand('insertText', false, text) : false;
}

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The menu click: mark the field, remember where it is, open the insert page. Inserts nothing. */
export async function onInsertMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  await browser.storage.session.remove(PENDING_KEY);
  if (tab?.id === undefined || !browser.scripting) return;
  const frameId = info.frameId ?? 0;
  const token = randomToken();
  const [marked] = await browser.scripting
    .executeScript({ target: { tabId: tab.id, frameIds: [frameId] }, func: markInsertTarget, args: [token] })
    .catch(() => []);
  if (marked?.result === true) {
    const pending: PendingInsert = { tabId: tab.id, frameId, token, pageUrl: info.frameUrl ?? info.pageUrl ?? tab.url ?? '' };
    await browser.storage.session.set({ [PENDING_KEY]: pending });
  }
  const url = browser.runtime.getURL(INSERT_PAGE);
  if (browser.windows) await browser.windows.create({ url, type: 'popup', width: 560, height: 640 });
  else await browser.tabs.create({ url });
}

async function pendingInsert(): Promise<PendingInsert | null> {
  return ((await browser.storage.session.get(PENDING_KEY))[PENDING_KEY] as PendingInsert | undefined) ?? null;
}

export async function insertTarget(): Promise<{ pageUrl: string } | null> {
  const pending = await pendingInsert();
  return pending ? { pageUrl: pending.pageUrl } : null;
}

/** The investigator clicked "Insert" on the insert page: the text goes into the marked field, once. */
export async function insertDetails(text: string): Promise<{ ok: boolean; error?: string }> {
  const pending = await pendingInsert();
  await browser.storage.session.remove(PENDING_KEY);
  if (!pending) return { ok: false, error: (await currentT())('insert.noField') };
  try {
    const [done] = await browser.scripting.executeScript({
      target: { tabId: pending.tabId, frameIds: [pending.frameId] },
      func: insertIntoMarked,
      args: [pending.token, text],
    });
    return done?.result === true ? { ok: true } : { ok: false, error: (await currentT())('insert.fieldGone') };
  } catch (error) {
    return { ok: false, error: (await currentT())('insert.notInsertedBecause', { error: error instanceof Error ? error.message : String(error) }) };
  }
}
