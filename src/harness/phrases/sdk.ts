import * as sdk from '../tasks/sdk-tasks';
import * as see from '../checks/sdk-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const sdkPhrases: readonly Phrase[] = [
  phrase(
    'sdk.has-started-application-uses-lync-sdk',
    'Given',
    '{person} has started an application that uses the Lync SDK on {computer}',
    (stage: Stage, p: string, c: string) => sdk.startSdkApplication(stage, p, c),
  ),
  phrase(
    'sdk.starts-application-uses-lync-sdk',
    'When',
    '{person} starts an application that uses the Lync SDK on {computer}',
    (stage: Stage, p: string, c: string) => sdk.startSdkApplication(stage, p, c),
  ),
  phrase(
    'sdk.lync-sdk-application-signs-out',
    'When',
    'the Lync SDK application of {person} on {computer} signs out',
    (stage: Stage, p: string, c: string) => sdk.sdkSignOut(stage, p, c),
  ),
  phrase(
    'sdk.lync-sdk-application-sees-client',
    'Then',
    'the Lync SDK application of {person} on {computer} sees the client {sdk state}',
    (stage: Stage, p: string, c: string, state: string) => {
      see.sdkSees(stage, p, c, state);
    },
  ),
  phrase(
    'sdk.lync-sdk-application-saw-client',
    'Then',
    'the Lync SDK application of {person} on {computer} saw the client {string}',
    (stage: Stage, p: string, c: string, states: string) => {
      see.sdkSaw(stage, p, c, states);
    },
  ),
];
