import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeachPanelProps } from '../../../components/guide/TeachPanel';
import { startTeach } from '../../../entrypoints/teach/teach-controller';
import { FakeSession } from '../guide/fake-session';
import { fixture } from '../guide/fixture-page';

// The real report, or one that fails its own schema check as `shapeReport` does when a page outgrows a limit.
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('../../../recognition/shape-report', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../recognition/shape-report')>();
  return {
    ...actual,
    shapeReport: (...args: Parameters<typeof actual.shapeReport>) => {
      if (failing.on) throw new Error('report failed its schema: "Subject account jane.doe@example.test"');
      return actual.shapeReport(...args);
    },
  };
});

describe('copy a shape report', () => {
  const page = fixture('zoom-taught-additional-info');
  let session: FakeSession;
  let controller: AbortController;
  let drawn: TeachPanelProps | null = null;
  const panel = (): TeachPanelProps => drawn!;
  const writeText = vi.fn<(text: string) => Promise<void>>();

  beforeEach(() => {
    failing.on = false;
    writeText.mockReset().mockResolvedValue(undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(page.url);
    session = new FakeSession(page.url).load(page.html);
    controller = new AbortController();
    startTeach(session, controller.signal, () => undefined, (drawing) => (drawn = drawing.teach));
  });
  afterEach(() => controller.abort());

  it('copies the report and says so', async () => {
    panel().onCopyShapeReport();
    await vi.waitFor(() => expect(panel().status).toMatch(/^Shape report copied/));
    expect(JSON.parse(writeText.mock.calls[0]![0])).toMatchObject({ format: expect.any(String) });
  });

  it('a report that fails its own check: a clear message in the panel, nothing copied, no error thrown', () => {
    failing.on = true;
    expect(() => panel().onCopyShapeReport()).not.toThrow();
    expect(panel().status).toMatch(/^No shape report could be made of this page/);
    expect(panel().status).not.toContain('jane.doe');
    expect(panel().shapeReportText).toBeNull();
    expect(writeText).not.toHaveBeenCalled();
  });
});
