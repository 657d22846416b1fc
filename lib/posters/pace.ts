/** At most `perSecond` starts a second, one caller after another. */
export class Pace {
  private next = 0;

  constructor(private readonly perSecond: number) {}

  async wait(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}
