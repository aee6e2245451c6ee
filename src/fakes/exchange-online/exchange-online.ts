import type { ConversationLine, NetResponse, Secret } from '../../simulator';
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

/** An item of a mailbox's Conversation History folder, as Lync saved it through EWS. */
export interface ConversationItem {
  readonly at: number;
  /** The computer whose Lync saved it. */
  readonly computer: string;
  /** Who started the conversation (the first line's author), as Outlook shows it in From. */
  readonly from: string;
  /** Everyone in the conversation, the mailbox's owner included, in address order. */
  readonly participants: readonly string[];
  readonly lines: readonly ConversationLine[];
}

/** One request to save a conversation that EWS received, and what it did. */
export interface EwsSave {
  readonly at: number;
  readonly address: string;
  readonly computer: string;
  readonly outcome: 'saved' | 'mailbox full' | 'not signed in to EWS';
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
  /** Every request to save a conversation in a mailbox (KB 2787614: conversation history is saved through EWS). */
  readonly saves = new Recorder<EwsSave>();
  /** Each mailbox's Conversation History folder, by address; a mailbox with no item has no entry. */
  readonly #conversationHistory = new Map<string, ConversationItem[]>();
  /** Mailboxes over their quota (fault `mailbox-full`): EWS refuses to save items in them (ErrorQuotaExceeded). */
  readonly fullMailboxes = new Set<string>();

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

  /**
   * EWS saves an IM conversation in the Conversation History folder of the address's mailbox, for a computer whose
   * client this address has connected to EWS from (an accepted authentication); a full mailbox refuses it.
   */
  saveConversation(address: string, lines: readonly ConversationLine[], participants: readonly string[], origin: Origin): NetResponse {
    if (!this.reachable) return { ok: false, failure: 'not responding' };
    const account = this.service.accounts.get(address.toLowerCase());
    if (!account) return { ok: false, failure: 'not responding' };
    const connected = this.authentications.where((a) => a.address === account.address && a.computer === origin.computer && a.accepted);
    const outcome: EwsSave['outcome'] =
      connected.length === 0 ? 'not signed in to EWS' : this.fullMailboxes.has(account.address) ? 'mailbox full' : 'saved';
    this.saves.record({ at: this.clock.elapsed(), address: account.address, computer: origin.computer, outcome });
    const who = this.timeline.name(account.address);
    if (outcome !== 'saved') {
      this.timeline.record(`EWS refuses to save a conversation in the mailbox of ${who}: ${outcome}`, { lane: 'Lync Online' });
      return { ok: false, failure: outcome === 'mailbox full' ? 'mailbox full' : 'exchange needs credentials' };
    }
    const people = [...new Set([account.address, ...participants.map((p) => p.toLowerCase())])].sort();
    const item: ConversationItem = {
      at: this.clock.elapsed(),
      computer: origin.computer,
      from: (lines[0]?.from ?? account.address).toLowerCase(),
      participants: people,
      lines: lines.map((l) => ({ from: l.from.toLowerCase(), text: l.text })),
    };
    this.#conversationHistory.set(account.address, [...this.conversationHistory(account.address), item]);
    this.timeline.record(
      `EWS saves a conversation of ${item.lines.length} message(s) with ${people
        .filter((p) => p !== account.address)
        .map((p) => this.timeline.name(p))
        .join(', ')} in the Conversation History folder of ${who}`,
      { lane: 'Lync Online' },
    );
    return { ok: true, kind: 'conversationSaved' };
  }

  /** The items of the address's Conversation History folder, oldest first (ground truth for what Outlook would show). */
  conversationHistory(address: string): readonly ConversationItem[] {
    return this.#conversationHistory.get(address.toLowerCase()) ?? [];
  }

  /** How many times Exchange accepted or turned down an address's credential of one kind. */
  count(address: string, accepted: boolean, credential?: ExchangeCredential): number {
    return this.authentications.where(
      (a) => a.address === address.toLowerCase() && a.accepted === accepted && (credential === undefined || a.credential === credential),
    ).length;
  }
}
