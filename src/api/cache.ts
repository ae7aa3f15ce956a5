// A small LRU of JSON response bodies by URL: the server opens the database read-only, so a response for a URL cannot
// change while it runs, and repeated views (and the load test) need not rescan metric_value.

export class ResponseCache {
  private readonly entries = new Map<string, string>();
  constructor(private readonly capacity: number) {}

  get(key: string): string | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // re-insert: Map keeps insertion order, so the first key is the least recently used
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, body: string): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, body);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
