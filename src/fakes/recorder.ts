/** Keeps what a fake received, in order, so a Then step can ask about it. */
export class Recorder<T> {
  readonly calls: T[] = [];

  record(call: T): void {
    this.calls.push(call);
  }

  where(predicate: (call: T) => boolean): T[] {
    return this.calls.filter(predicate);
  }

  reset(): void {
    this.calls.length = 0;
  }
}
