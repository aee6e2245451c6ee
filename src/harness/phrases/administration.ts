import * as admin from '../tasks/admin-tasks';
import * as evidence from '../checks/admin-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const administrationPhrases: readonly Phrase[] = [
  phrase(
    'administration.advanced-connection-settings-are-automatic-left-both',
    'Given',
    'the Advanced Connection Settings of {person} on {computer} are automatic, with {string} left in both server boxes',
    (stage: Stage, p: string, c: string, server: string) => {
      admin.leftoverServerNames(stage, p, c, server);
    },
  ),
  phrase(
    'administration.sets-manual-configuration-as-internal-external-server',
    'When',
    '{person} sets Manual configuration on {computer} with {string} as internal and external server name',
    (stage: Stage, p: string, c: string, server: string) => admin.setConnection(stage, p, c, 'manual', server, server),
  ),
  phrase(
    'administration.sets-manual-configuration-as-internal-as-external',
    'When',
    '{person} sets Manual configuration on {computer} with {string} as internal and {string} as external server name',
    (stage: Stage, p: string, c: string, internal: string, external: string) =>
      admin.setConnection(stage, p, c, 'manual', internal, external),
  ),
  phrase(
    'administration.sets-automatic-configuration',
    'When',
    '{person} sets Automatic configuration on {computer}',
    (stage: Stage, p: string, c: string) => admin.setConnection(stage, p, c, 'automatic'),
  ),
  phrase(
    'administration.support-desk-removes-lync-cache-hand',
    'When',
    'the support desk removes the Lync cache of {person} on {computer} by hand',
    (stage: Stage, p: string, c: string) => admin.removeCacheByHand(stage, p, c),
  ),
  phrase(
    'administration.support-desk-deletes-sip-folder',
    'When',
    'the support desk deletes the sip_ folder of {person} on {computer}',
    (stage: Stage, p: string, c: string) => admin.deleteSipFolder(stage, p, c),
  ),
  phrase(
    'administration.sip-folder-gone',
    'Then',
    'the sip_ folder of {person} on {computer} is gone',
    (stage: Stage, p: string, c: string) => {
      evidence.artefact(stage, p, c, 'sipFolder', false);
    },
  ),
  phrase(
    'administration.sip-folder-exists',
    'Then',
    'the sip_ folder of {person} on {computer} exists',
    (stage: Stage, p: string, c: string) => {
      evidence.artefact(stage, p, c, 'sipFolder', true);
    },
  ),
  phrase(
    'administration.profile-still-holds-old-address',
    'Then',
    'the profile of {person} on {computer} still holds the registry key and the sip_ folder of {string}',
    (stage: Stage, p: string, c: string, address: string) => {
      evidence.artefactsOf(stage, p, c, address, true);
    },
  ),
  phrase(
    'administration.profile-holds-nothing-of-address',
    'Then',
    'the profile of {person} on {computer} holds no registry key nor sip_ folder of {string}',
    (stage: Stage, p: string, c: string, address: string) => {
      evidence.artefactsOf(stage, p, c, address, false);
    },
  ),
  phrase(
    'administration.saved-sign-in-address',
    'Then',
    'the sign-in address saved for {person} on {computer} is {string}',
    (stage: Stage, p: string, c: string, address: string) => {
      evidence.savedSignInAddress(stage, p, c, address);
    },
  ),
  phrase(
    'administration.registry-key-sign-address-gone',
    'Then',
    "the registry key of {person}'s sign-in address on {computer} is gone",
    (stage: Stage, p: string, c: string) => {
      evidence.artefact(stage, p, c, 'registryKey', false);
    },
  ),
  phrase(
    'administration.registry-key-sign-address-exists',
    'Then',
    "the registry key of {person}'s sign-in address on {computer} exists",
    (stage: Stage, p: string, c: string) => {
      evidence.artefact(stage, p, c, 'registryKey', true);
    },
  ),
  phrase(
    'administration.personal-certificate-store-holds-lync-certificate',
    'Then',
    'the personal certificate store of {person} on {computer} holds a Lync certificate',
    (stage: Stage, p: string, c: string) => {
      evidence.artefact(stage, p, c, 'certificate', true);
    },
  ),
  phrase(
    'administration.personal-certificate-store-holds-no-lync-certificate',
    'Then',
    'the personal certificate store of {person} on {computer} holds no Lync certificate',
    (stage: Stage, p: string, c: string) => {
      evidence.artefact(stage, p, c, 'certificate', false);
    },
  ),
  phrase(
    'administration.tracing-folder-gone',
    'Then',
    'the Tracing folder of {person} on {computer} is gone',
    (stage: Stage, p: string, c: string) => {
      evidence.tracingFolder(stage, p, c, false);
    },
  ),
  phrase(
    'administration.accountprofiles-dat-gone',
    'Then',
    'AccountProfiles.dat of {person} on {computer} is gone',
    (stage: Stage, p: string, c: string) => {
      evidence.accountProfiles(stage, p, c, false);
    },
  ),
  phrase(
    'administration.accountprofiles-dat-exists',
    'Then',
    'AccountProfiles.dat of {person} on {computer} exists',
    (stage: Stage, p: string, c: string) => {
      evidence.accountProfiles(stage, p, c, true);
    },
  ),
  phrase(
    'administration.lync-log-records-failure',
    'Then',
    'the Lync log of {person} on {computer} records the failure {string}',
    (stage: Stage, p: string, c: string, code: string) => {
      evidence.logRecords(stage, p, c, code);
    },
  ),
  phrase(
    'administration.lync-wrote-no-log-file',
    'Then',
    'Lync wrote no log file for {person} on {computer}',
    (stage: Stage, p: string, c: string) => {
      evidence.noLog(stage, p, c);
    },
  ),
  phrase(
    'administration.microsoft-received-sign-failure-log',
    'Then',
    'Microsoft received the sign-in failure log {string} for {person}',
    (stage: Stage, code: string, p: string) => {
      evidence.uploaded(stage, p, [code]);
    },
  ),
  phrase(
    'administration.microsoft-received-no-sign-failure-log',
    'Then',
    'Microsoft received no sign-in failure log for {person}',
    (stage: Stage, p: string) => {
      evidence.uploaded(stage, p, []);
    },
  ),
  phrase(
    'administration.advanced-connection-settings-are-both-server-boxes',
    'Then',
    'the Advanced Connection Settings of {person} on {computer} are {word}, with {string} in both server boxes',
    (stage: Stage, p: string, c: string, mode: string, server: string) => {
      evidence.connectionSaved(stage, p, c, mode === 'manual' ? 'manual' : 'automatic', server);
    },
  ),
  phrase(
    'administration.save-my-password-unavailable',
    'Then',
    '"Save my password" is unavailable to {person} on {computer}',
    (stage: Stage, p: string, c: string) => evidence.savePasswordUnavailable(stage, p, c),
  ),
  phrase('administration.lync-did-not-look-up-dns', 'Then', 'Lync did not look up {string} in DNS', (stage: Stage, name: string) => {
    evidence.notLookedUp(stage, name);
  }),
  phrase(
    'administration.lync-shows-information-none',
    'Then',
    "{person}'s Lync on {computer} shows {person}'s information and none of {person}'s",
    (stage: Stage, owner: string, c: string, whose: string, other: string) => evidence.showsOnly(stage, owner, c, whose, other),
  ),
  phrase(
    'administration.profile-holds-sip-folder',
    'Then',
    'the profile of {person} on {computer} holds a sip_ folder for {person}',
    (stage: Stage, owner: string, c: string, whose: string) => {
      evidence.sipFolderOfIn(stage, whose, owner, c);
    },
  ),
  phrase(
    'administration.lync-never-showed',
    'Then',
    'Lync on {computer} never showed {person} {string}',
    (stage: Stage, c: string, p: string, text: string) => {
      evidence.neverShown(stage, p, c, text);
    },
  ),
];
