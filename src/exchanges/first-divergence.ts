/** Where a client's exchange first leaves the reference's. Step marks (`▶ ...`) are not compared; they say where. */
export interface Divergence {
  /** The index of the first differing message (step marks not counted). */
  readonly at: number;
  /** The step each side was in. */
  readonly referenceStep: string | null;
  readonly clientStep: string | null;
  /** The last messages both sides agree on, oldest first (at most `context`). */
  readonly agreed: readonly string[];
  /** From the first difference on, at most `shown` messages of each side. */
  readonly reference: readonly string[];
  readonly client: readonly string[];
}

interface Message {
  readonly text: string;
  readonly step: string | null;
}

function messages(exchange: readonly string[]): Message[] {
  const out: Message[] = [];
  let step: string | null = null;
  for (const line of exchange) {
    if (line.startsWith('▶ ')) step = line.slice(2);
    else out.push({ text: line, step });
  }
  return out;
}

/** The first point where two exchanges differ, or null when they are the same in shape and order. */
export function firstDivergence(reference: readonly string[], client: readonly string[], context = 2, shown = 3): Divergence | null {
  const ref = messages(reference);
  const own = messages(client);
  let at = 0;
  while (at < ref.length && at < own.length && ref[at]?.text === own[at]?.text) at++;
  if (at === ref.length && at === own.length) return null;
  const last = (list: Message[]): string | null => list[at]?.step ?? list[list.length - 1]?.step ?? null;
  return {
    at,
    referenceStep: last(ref),
    clientStep: last(own),
    agreed: ref.slice(Math.max(0, at - context), at).map((m) => m.text),
    reference: ref.slice(at, at + shown).map((m) => m.text),
    client: own.slice(at, at + shown).map((m) => m.text),
  };
}
