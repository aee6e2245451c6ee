import { Secret } from '../simulator';

/** How each end turns a `Secret` into the string the wire carries, and back. */
export interface SecretCodec {
  reveal(secret: Secret): string;
  /** `label` says what it is ("password", "certificate", "token"); it is what logs show instead of the value. */
  wrap(value: string, label: string): Secret;
}

/**
 * A codec that remembers every secret it saw, so a value that comes back is the same `Secret` that went out
 * (or one the world already holds), and so any text can be cleaned of every value it knows.
 */
export class SecretBook implements SecretCodec {
  readonly #byValue = new Map<string, Secret>();

  constructor(private readonly known: () => readonly Secret[] = () => []) {}

  reveal(secret: Secret): string {
    const value = secret.reveal();
    if (!this.#byValue.has(value)) this.#byValue.set(value, secret);
    return value;
  }

  wrap(value: string, label: string): Secret {
    const found = this.#byValue.get(value) ?? this.known().find((s) => s.reveal() === value);
    if (found) return found;
    const made = new Secret(value, label);
    this.#byValue.set(value, made);
    return made;
  }

  /** The text with every secret value this book or the world knows replaced by its placeholder. */
  redact(text: string): string {
    const all = [...this.#byValue.values(), ...this.known()].filter((s) => s.reveal().length > 0);
    return all.reduce((t, s) => t.split(s.reveal()).join(String(s)), text);
  }
}
