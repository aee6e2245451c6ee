import type { ExchangeCredential } from '../../fakes/exchange-online/exchange-online';
import type { Stage } from '../stage';
import { verify } from './mismatch';

const times = (n: number) => `${n} ${n === 1 ? 'time' : 'times'}`;

/** Exchange Online's own record: how often it let a person in, or turned them down, with one kind of credential. */
export function exchangeAuthentications(
  w: Stage,
  name: string,
  accepted: boolean,
  credential: ExchangeCredential | undefined,
  count: number,
): void {
  const address = w.fake.person(name).address;
  const found = w.fake.exchange.count(address, accepted, credential);
  const what = `${accepted ? 'accepted' : 'turned down'}${credential === undefined ? '' : ` (${credential})`}`;
  verify(
    `Exchange Online's record of authentications for ${name}`,
    found,
    (t) => t.to.equal(count),
    () => ({
      expected: `${what} ${times(count)}`,
      found: `${what} ${times(found)}; all: ${
        w.fake.exchange.authentications
          .where((a) => a.address === address.toLowerCase())
          .map((a) => `${a.credential} ${a.accepted ? 'accepted' : `turned down (${a.refusal ?? ''})`}`)
          .join(', ') || 'none'
      }`,
    }),
  );
}

/** Nothing reached Exchange for the person (it did not answer, or Lync never tried). */
export function noExchangeAuthentication(w: Stage, name: string): void {
  const address = w.fake.person(name).address.toLowerCase();
  const found = w.fake.exchange.authentications.where((a) => a.address === address).length;
  verify(
    `Exchange Online's record of authentications for ${name}`,
    found,
    (t) => t.to.equal(0),
    () => ({ expected: 'none', found: times(found) }),
  );
}
