/**
 * Which article says so, for each cause (issue 12, point 5): the catalog's source IDs (sources.ts), the article that
 * gives the cause or its fix first. "signin-sim" marks a cause that no article names (a behaviour of the model).
 * docs/support-articles.md says what each article gives and which scenarios reproduce it.
 */
export const causeSources: Readonly<Record<string, readonly string[]>> = {
  'dns-records-missing': ['S7', 'S14', 'S8'],
  'dns-record-missing': ['S14', 'S16', 'S17'],
  'dns-propagating': ['S8', 'S9'],
  'servers-not-answering': ['S7'],
  'firewall-blocks': ['S17'],
  'retired-front-end': ['S10'],
  outage: ['S7', 'S17'],
  'unsupported-version': ['S7', 'S10', 'S17'],
  'clock-off': ['S7', 'S13', 'S17'],
  'missing-root-certificate': ['S7', 'S10'],
  'file-pac': ['S15'],
  'msoidsvc-bypasses-tmg': ['S15', 'S8'],
  unlicensed: ['S7', 'S12', 'S17'],
  'not-enabled': ['S12', 'S8'],
  'not-enabled-on-premises': ['S12', 'S17'],
  'password-expired': ['S28'],
  'password-changed': ['S9', 'S10'],
  'wrong-password': ['S7', 'S8'],
  'apostrophe-in-address': ['S7'],
  'address-renamed': ['S8', 'S9'],
  'exchange-prompts': ['S6', 'S35'],
  'damaged-certificate': ['S10', 'S7'],
  'identity-provider-down': ['S7'],
  'web-services-elsewhere': ['S16', 'S8'],
  'slow-answers': ['S20'],
  offline: ['S20', 'S29'],
  'auto-retry-off': ['S21', 'S22'],
  'network-drop': ['S22', 'S23'],
  'machine-guid-braces': ['S10'],
  'rsa-folder-locked': ['S8', 'S10'],
  'dns-client-cache': ['S10'],
  'time-zone-wrong-clock-adjusted': ['S13', 'S17'],
  'time-zone-changed': ['S13', 'S17'],
  'lync-not-responding': ['signin-sim'],
  // The other side of the assumption manualPresenceHoldsWhenIdle: no source says what Lync 2013 does (catalog, Unknown).
  'idle-replaces-choice': ['signin-sim'],
  // The other side of the assumption taskbarButtonWhenClosed: no source says whether a closed Lync 2013 keeps its taskbar button.
  'closed-lync-leaves-taskbar': ['signin-sim'],
  'sip-tls-blocked': ['S24', 'S22'],
  'lync-prevented': ['S24'],
  'password-storage-disabled': ['S25', 'S24'],
  'logging-on': ['S11'],
};
