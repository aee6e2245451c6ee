import type { Phrase } from '../phrase';
import { addressBookPhrases } from './address-book';
import { administrationPhrases } from './administration';
import { contactPhrases } from './contacts';
import { conversationHistoryPhrases } from './conversation-history';
import { detailsPhrases } from './details';
import { diagnosticsPhrases } from './diagnostics';
import { dialogPhrases } from './dialog';
import { faultsPhrases } from './faults';
import { faultSwitchPhrases } from './fault-switches';
import { federationPhrases } from './federation';
import { groundTruthPhrases } from './ground-truth';
import { installationPhrases } from './installation';
import { leavingPhrases } from './leaving';
import { lyncPhrases } from './lync';
import { optionsPhrases } from './options';
import { outlookPhrases } from './outlook';
import { passwordsPhrases } from './passwords';
import { presencePhrases } from './presence';
import { proxyPhrases } from './proxies';
import { screenPhrases } from './screen';
import { sdkPhrases } from './sdk';
import { sessionPhrases } from './session';
import { signInFlowPhrases } from './sign-in-flow';
import { signOnPhrases } from './sign-on';
import { transitionPhrases } from './transition';
import { transportPhrases } from './transport';
import { worldPhrases } from './world';

/** Every phrase of the scenario language, one file per capability. */
export const allPhrases: readonly Phrase[] = [
  ...addressBookPhrases,
  ...administrationPhrases,
  ...contactPhrases,
  ...conversationHistoryPhrases,
  ...detailsPhrases,
  ...diagnosticsPhrases,
  ...dialogPhrases,
  ...faultsPhrases,
  ...faultSwitchPhrases,
  ...federationPhrases,
  ...groundTruthPhrases,
  ...installationPhrases,
  ...leavingPhrases,
  ...lyncPhrases,
  ...optionsPhrases,
  ...outlookPhrases,
  ...passwordsPhrases,
  ...presencePhrases,
  ...proxyPhrases,
  ...screenPhrases,
  ...sdkPhrases,
  ...sessionPhrases,
  ...signInFlowPhrases,
  ...signOnPhrases,
  ...transitionPhrases,
  ...transportPhrases,
  ...worldPhrases,
];
