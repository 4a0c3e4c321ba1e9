import { sendFromGuide as send } from '../messages/send-from-guide';
import { pagePatternOf, type TaughtChange, type TaughtPage } from './taught-page';

/** What the guide may know and do about what is taught: its own page only, through the background. */
export interface TaughtAccess {
  /** What is taught about the page in view, or null (also while it is being asked). */
  readonly current: TaughtPage | null;
  /** Change it (on the investigator's own click); the page is recognized again with the answer. */
  teach(change: TaughtChange): Promise<void>;
  /** Ask again (the options may have removed it). */
  reload(): void;
}

/**
 * The in-page side: asks the background once per page (provider and page pattern) and calls `changed` when the
 * answer differs from what recognition used. The background answers for the sending tab's own page only.
 */
export class TaughtHere implements TaughtAccess {
  current: TaughtPage | null = null;
  private key = '';
  private pattern = '';

  constructor(private readonly changed: () => void) {}

  /** What is taught about this provider's page at `url`, as far as known now. */
  forPage(providerId: string, url: URL): TaughtPage | null {
    const pattern = pagePatternOf(url);
    const key = `${providerId} ${pattern}`;
    if (key !== this.key) {
      this.key = key;
      this.pattern = pattern;
      this.current = null;
      this.ask();
    }
    return this.current;
  }

  async teach(change: TaughtChange): Promise<void> {
    const key = this.key;
    const answer = await send('teach', { change });
    if (key === this.key) this.take(answer);
  }

  reload(): void {
    if (this.key) this.ask();
  }

  private ask(): void {
    const key = this.key;
    send('taught-for-page', {}).then(
      (answer) => key === this.key && this.take(answer),
      () => undefined, // nothing taught rather than a broken guide; the next page change asks again
    );
  }

  private take(answer: TaughtPage | null): void {
    // The background answers for the tab's URL when it got the message: a page that moved on meanwhile is not this one.
    if (answer && answer.pagePattern !== this.pattern) return;
    if (JSON.stringify(answer) === JSON.stringify(this.current)) return;
    this.current = answer;
    this.changed();
  }
}
