import { displaySafe } from './display-safe';
import { protocolVersion } from '../../protocol/protocol-version';

/** What went wrong with an external client, as data; {@link ClientFault} turns it into the failure a scenario shows. */
export type FaultCause =
  | { readonly kind: 'could not start'; readonly detail: string }
  | { readonly kind: 'crashed'; readonly code: number | null; readonly signal: string | null; readonly during: string | null }
  | { readonly kind: 'ended early'; readonly during: string }
  | { readonly kind: 'exited before the step'; readonly during: string }
  | { readonly kind: 'hung'; readonly during: string; readonly ms: number; readonly blocked: boolean }
  | { readonly kind: 'invalid JSON'; readonly line: string }
  | { readonly kind: 'protocol violation'; readonly detail: string }
  | { readonly kind: 'unknown method'; readonly method: string }
  | { readonly kind: 'stderr flood'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'platform refused'; readonly method: string; readonly detail: string }
  | { readonly kind: 'client error'; readonly during: string; readonly code: number; readonly message: string }
  | { readonly kind: 'version mismatch'; readonly theirs: string; readonly ours: string }
  | { readonly kind: 'screen mismatch'; readonly detail: string }
  | { readonly kind: 'left processes'; readonly inGroup: number; readonly escaped: number; readonly exit: string | null }
  | { readonly kind: 'over limit'; readonly what: string; readonly limit: number; readonly setting: string };

/** One sentence per cause, saying what the client did and what to do about it. */
export function explain(c: FaultCause): string {
  switch (c.kind) {
    case 'could not start':
      return `could not be started: ${c.detail}`;
    case 'crashed':
      return `crashed: the process ${c.signal ? `was killed by ${c.signal}` : `exited with code ${c.code}`}${c.during ? ` while handling ${c.during}` : ''}`;
    case 'ended early':
      return `ended (exit code 0) before answering ${c.during}`;
    case 'exited before the step':
      return `ended (exit code 0, without process.exit) and never handled ${c.during}`;
    case 'hung':
      return `hung: it did not answer ${c.during} within ${c.ms} ms (real time)${c.blocked ? '; it stopped reading its stdin, so the harness stopped reading its stdout' : ''}`;
    case 'invalid JSON':
      return `wrote a line that is not JSON on stdout: ${c.line}`;
    case 'protocol violation':
      return `broke the protocol: ${c.detail}`;
    case 'unknown method':
      return `called the unknown method "${c.method}" (see docs/client-protocol.md for the methods of ${protocolVersion})`;
    case 'stderr flood':
      return `flooded stderr: ${c.bytes} bytes, more than the ${c.limit} bytes a client may write`;
    case 'platform refused':
      return `made a call the fake world refused: ${c.method}: ${c.detail}`;
    case 'client error':
      return `answered ${c.during} with error ${c.code}: ${c.message}`;
    case 'version mismatch':
      return `speaks protocol "${c.theirs}"; this harness speaks only "${c.ours}" (see the changelog in docs/client-protocol.md for what changed)`;
    case 'screen mismatch':
      return `shows something other than what it last rendered: ${c.detail}`;
    case 'left processes':
      return `${c.exit ? `ended by itself (${c.exit}) and ` : ''}left processes running, which the harness ended: ${leftWords(c.inGroup, c.escaped)}`;
    case 'over limit':
      return `went over a limit: more ${c.what} than ${c.limit} (${c.setting} changes it; docs/gate.md, "Limits")`;
  }
}

const processes = (n: number): string => `${n} process${n === 1 ? '' : 'es'}`;
function leftWords(inGroup: number, escaped: number): string {
  const parts = [
    ...(inGroup > 0 ? [`${processes(inGroup)} of its process group still running after it ended`] : []),
    ...(escaped > 0
      ? [`${processes(escaped)} that had left its process group (found in its PID namespace, or by SIGNIN_CLIENT_MARK or its pipes)`]
      : []),
  ];
  return parts.join(', and ');
}

/** Where a fault happened, for the message: which client and process, which scenario and step. */
export interface FaultContext {
  readonly client: string;
  readonly command: string;
  readonly process: string;
  /** Whose Lync it is: "alice on PC1". */
  readonly lync: string;
  readonly scenario: string | null;
  readonly step: string | null;
  readonly stderr: readonly string[];
}

/**
 * The failure of an external client. Its message names the client, the scenario, the step and the cause, so a
 * failing scenario says what the client did wrong without a debugger. It never holds a secret's value.
 */
export class ClientFault extends Error {
  /** Set once the fault has failed a step, so it is not reported twice. */
  reported = false;

  constructor(
    readonly fault: FaultCause,
    readonly context: FaultContext,
    redact: (text: string) => string,
  ) {
    super(displaySafe(redact(formatFault(fault, context))));
    this.name = 'ClientFault';
    // The harness's own call stack says nothing about the client: the message is the whole story.
    this.stack = `${this.name}: ${this.message}`;
  }
}

function formatFault(cause: FaultCause, c: FaultContext): string {
  const headline =
    cause.kind === 'exited before the step'
      ? `Lync (${c.lync}) had exited when the step ${c.step ? `"${c.step}"` : ''} ran: external client "${c.client}" ${explain(cause)}`
      : `External client "${c.client}" ${explain(cause)}`;
  const lines = [
    headline,
    `  client:   ${c.client} (${c.command}); ${c.process}`,
    `  scenario: ${c.scenario ?? '(not passed to the driver; the report names it)'}`,
    `  step:     ${c.step ?? '(before the first step)'}`,
    `  cause:    ${cause.kind}`,
  ];
  if (c.stderr.length > 0) lines.push('  stderr (last lines):', ...c.stderr.map((l) => `    ${l}`));
  return lines.join('\n');
}
