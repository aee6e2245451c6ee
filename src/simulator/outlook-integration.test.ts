import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions } from './assumptions';
import { initialState, type ClientState } from './client-state';
import { onOutlookProfile, outlookAfterSignIn, outlookNotice, type MailProfile } from './outlook-integration';
import { phaseTable } from './phase-table';
import { stay } from './step-result';

const base = initialState({ assumptions: defaultAssumptions, phaseTable, version: '15.0' });
const signedIn: ClientState = { ...base, phase: 'signedIn', address: 'alice@contoso.com', session: { id: 's1', endpoint: 'pool' } };
const message = defaultAssumptions.outlookProfileMismatchMessage;

test('each sign-in reads the default Outlook profile again, forgetting the one read before', () => {
  const before = { ...signedIn, outlook: { name: 'Fabrikam', address: 'alice@fabrikam.com' } };
  const r = outlookAfterSignIn(stay(before));
  expect(r.effects).to.deep.equal([{ type: 'outlook.readDefaultProfile' }]);
  expect(r.state.outlook).to.equal(null);
});

const cases: { name: string; profile: MailProfile | null; phase?: ClientState['phase']; notice: string | null }[] = [
  { name: 'no Outlook 2013, or no default profile', profile: null, notice: null },
  { name: 'the profile of the sign-in address', profile: { name: 'Contoso', address: 'alice@contoso.com' }, notice: null },
  { name: 'the same address in other capitals', profile: { name: 'Contoso', address: 'Alice@Contoso.COM' }, notice: null },
  { name: 'another mailbox', profile: { name: 'Fabrikam', address: 'alice@fabrikam.com' }, notice: message },
  {
    name: 'another mailbox, once signed out',
    profile: { name: 'Fabrikam', address: 'alice@fabrikam.com' },
    phase: 'signedOut',
    notice: null,
  },
];
for (const c of cases)
  test(`the default Outlook profile: ${c.name}`, () => {
    const state = onOutlookProfile({ ...signedIn, phase: c.phase ?? 'signedIn' }, c.profile).state;
    expect(outlookNotice(state)).to.equal(c.notice);
  });
