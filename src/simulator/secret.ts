/**
 * A password or certificate held by the fake world or the client. It never prints its value:
 * `String(secret)`, `JSON.stringify(secret)` and `util.inspect(secret)` all give a placeholder,
 * so no log, timeline or report can leak it. Only {@link reveal} gives the value, and only the
 * parties that must compare or transmit it call that.
 */
export class Secret {
  readonly #value: string;
  readonly label: string;

  constructor(value: string, label = 'secret') {
    this.#value = value;
    this.label = label;
  }

  reveal(): string {
    return this.#value;
  }

  equals(other: Secret | undefined | null): boolean {
    return other !== undefined && other !== null && other.reveal() === this.#value;
  }

  toString(): string {
    return `«${this.label}»`;
  }

  toJSON(): string {
    return this.toString();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}
