import { readDiagnoseOptions } from '../intake/diagnose-options';
import { startFromTicket, type TicketAnswer } from '../intake/the-intake';

/**
 * POST /api/ticket for the playground's "Start from a ticket" panel. The body is
 * `{ text, changed?, when?, users?, computers?, network?, answers?: { key: value } }`, the same ticket `npm run diagnose`
 * reads; the answer is the ranked causes or the next question (src/intake). A malformed ticket gets 422 and the reason.
 */
export function answerTicket(body: unknown): { readonly status: number; readonly body: TicketAnswer | { readonly error: string } } {
  try {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('the ticket must be an object');
    const b = body as Readonly<Record<string, unknown>>;
    if (typeof b.text !== 'string' || b.text.length > 2000) throw new Error('"text" must be a string of at most 2000 characters');
    for (const key of ['changed', 'when', 'users', 'computers', 'network'])
      if (b[key] !== undefined && typeof b[key] !== 'string') throw new Error(`"${key}" must be a string`);
    const answers = b.answers ?? {};
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new Error('"answers" must be an object');
    const options = readDiagnoseOptions(
      { ...b, answer: Object.entries(answers as Record<string, unknown>).map(([k, v]) => `${k}=${String(v)}`) },
      [b.text],
    );
    return { status: 200, body: startFromTicket(options.ticket) };
  } catch (e) {
    return { status: 422, body: { error: e instanceof Error ? e.message : 'malformed ticket' } };
  }
}
