import * as proxies from '../checks/proxy-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

/** KB 3123662: what the proxies of the organization's network logged. Setting them up is a fault switch (proxy-faults.ts). */
export const proxyPhrases: readonly Phrase[] = [
  phrase(
    'proxies.logged-request-answer',
    'Then',
    'the proxy {string} logged {string} on {computer} asking for {string}, answered {string}',
    (stage: Stage, proxy: string, process: string, c: string, host: string, answer: string) => {
      proxies.proxyAnswered(stage, proxy, process, c, host, answer);
    },
  ),
  phrase(
    'proxies.requests-carried-credentials',
    'Then',
    "the requests of {string} on {computer} to the proxy {string} carried the Windows user's credentials",
    (stage: Stage, process: string, c: string, proxy: string) => {
      proxies.proxyCredentials(stage, proxy, process, c, true);
    },
  ),
  phrase(
    'proxies.requests-carried-no-credentials',
    'Then',
    'the requests of {string} on {computer} to the proxy {string} carried no credentials',
    (stage: Stage, process: string, c: string, proxy: string) => {
      proxies.proxyCredentials(stage, proxy, process, c, false);
    },
  ),
  phrase(
    'proxies.saw-no-request',
    'Then',
    'the proxy {string} logged no request from {string} on {computer}',
    (stage: Stage, proxy: string, process: string, c: string) => {
      proxies.proxySawNothingFrom(stage, proxy, process, c);
    },
  ),
];
