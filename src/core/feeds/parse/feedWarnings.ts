// What a parser overlooked, in plain words, capped so a feed of 100,000 broken items cannot make
// the warnings larger than the feed.

export class FeedWarnings {
  private readonly seen = new Set<string>();
  private dropped = 0;
  constructor(private readonly limit = 50) {}

  add(message: string): void {
    if (this.seen.has(message)) return;
    if (this.seen.size >= this.limit) this.dropped++;
    else this.seen.add(message);
  }

  list(): string[] {
    const all = [...this.seen];
    if (this.dropped > 0) all.push(`…and ${this.dropped} more problems of the same kinds.`);
    return all;
  }
}
