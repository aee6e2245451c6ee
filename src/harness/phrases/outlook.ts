import * as outlook from '../tasks/outlook-tasks';
import * as see from '../checks/outlook-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

/** KB 2436962: Outlook 2013 on the computer, its mail profiles, and which one is the default. */
export const outlookPhrases: readonly Phrase[] = [
  phrase('outlook.installed', 'Given', 'Outlook 2013 is installed on {computer}', (stage: Stage, c: string) =>
    outlook.installOutlook(stage, c),
  ),
  phrase(
    'outlook.has-profile',
    'Given',
    '{person} has an Outlook profile {string} for {string} on {computer}',
    (stage: Stage, p: string, profile: string, address: string, c: string) => outlook.addOutlookProfile(stage, p, c, profile, address),
  ),
  phrase(
    'outlook.adds-profile',
    'When',
    '{person} adds an Outlook profile {string} for {string} in Mail on {computer}',
    (stage: Stage, p: string, profile: string, address: string, c: string) => outlook.addOutlookProfile(stage, p, c, profile, address),
  ),
  phrase(
    'outlook.makes-default',
    'When',
    '{person} makes the Outlook profile {string} the default in Mail on {computer}',
    (stage: Stage, p: string, profile: string, c: string) => outlook.makeOutlookProfileDefault(stage, p, c, profile),
  ),
  phrase(
    'outlook.default-profile-is',
    'Then',
    'the default Outlook profile of {person} on {computer} is {string}',
    (stage: Stage, p: string, c: string, expected: string) => see.defaultProfile(stage, p, c, expected),
  ),
  phrase(
    'outlook.profiles-are',
    'Then',
    'the Outlook profiles of {person} on {computer} are {string}',
    (stage: Stage, p: string, c: string, expected: string) => see.profiles(stage, p, c, expected),
  ),
];
