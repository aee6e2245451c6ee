import type { NetResponse, Secret } from '../../simulator';
import type { LyncOnline, Origin } from '../lync-online';
import { Recorder } from '../recorder';
import type { Timeline } from '../timeline';
import type { VirtualClock } from '../virtual-clock';

/** Which credential a client offered Exchange: a password, or none beside the Lync sign-in it holds (its session). */
export type ExchangeCredential = 'password' | 'Lync sign-in';

/** One authentication Exchange Online saw: who, with what, and whether it let them in. */
export interface ExchangeAuthentication {
  readonly at: number;
  readonly address: string;
  readonly computer: string;
  readonly credential: ExchangeCredential;
  readonly accepted: boolean;
  /** Why it turned the credential down; null when accepted. */
  readonly refusal: string | null;
}

/**
 * The tenant's Exchange Online: Autodiscover finds the mailbox of a sign-in address, and EWS lets a client in only
 * with that account's Office 365 password (Exchange Online and Lync Online share the identity provider). A client
 * that sends no password is taken on its Lync sign-in: accepted while the account holds a session on Lync Online from
 * that computer (inferred: the article says Lync tries its sign-in credentials first). It keeps a record of every
 * authentication, and can be made unreachable (fault `exchange-unreachable`).
 */
export class ExchangeOnline {
  /** False while Autodiscover and EWS do not answer (the fault `exchange-unreachable`). */
  reachable = true;
  readonly authentications = new Recorder<ExchangeAuthentication>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    private readonly service: LyncOnline,
  ) {}

  /** Autodiscover for the address, then EWS with the credential the client offered. */
  connect(address: string, password: Secret | null, origin: Origin): NetResponse {
    if (!this.reachable) return { ok: false, failure: 'not responding' };
    const account = this.service.accounts.get(address.toLowerCase());
    // Autodiscover finds no mailbox for an address the tenant does not have: nothing to authenticate against.
    if (!account) return { ok: false, failure: 'not responding' };
    const offered: ExchangeCredential = password === null ? 'Lync sign-in' : 'password';
    const proven =
      password === null
        ? this.service.sessionsOf(account.address).some((s) => s.computer === origin.computer)
        : account.password.equals(password);
    let refusal: string | null = proven ? null : password === null ? 'no Lync session from that computer' : 'wrong password';
    // FS-06/TE-22 (fault `exchange-prompts`): Exchange asks for the credentials again, whatever they are.
    if (refusal === null && account.exchangePromptsLeft > 0) {
      account.exchangePromptsLeft--;
      refusal = 'asks for the credentials again';
    }
    this.authentications.record({
      at: this.clock.elapsed(),
      address: account.address,
      computer: origin.computer,
      credential: offered,
      accepted: refusal === null,
      refusal,
    });
    const who = this.timeline.name(account.address);
    this.timeline.record(
      refusal === null
        ? `Exchange Online lets ${who} in (${offered === 'password' ? 'a password' : 'the Lync sign-in'})`
        : `Exchange Online turns ${who} down: ${refusal}`,
      { lane: 'Lync Online' },
    );
    return refusal === null ? { ok: true, kind: 'exchangeConnected' } : { ok: false, failure: 'exchange needs credentials' };
  }

  /** How many times Exchange accepted or turned down an address's credential of one kind. */
  count(address: string, accepted: boolean, credential?: ExchangeCredential): number {
    return this.authentications.where(
      (a) => a.address === address.toLowerCase() && a.accepted === accepted && (credential === undefined || a.credential === credential),
    ).length;
  }
}
