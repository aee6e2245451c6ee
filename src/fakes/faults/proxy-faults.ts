import { policyNamed } from '../administration/group-policy';
import type { FakeWorld } from '../fake-world';
import { arg, type FaultArgs, type FaultParam, type FaultSwitch } from './fault-switch';

const computerParam: FaultParam = { name: 'computer', kind: 'computer', label: 'Which computer' };
const personParam: FaultParam = { name: 'person', kind: 'person', label: 'Whose User Configuration' };
const proxyParam: FaultParam = { name: 'proxy', kind: 'text', label: 'Proxy server', example: 'proxy1.contoso.com' };
const hostParam: FaultParam = { name: 'host', kind: 'text', label: 'Host', example: 'login.microsoftonline.com' };
const dwordPolicyParam: FaultParam = { name: 'policy', kind: 'text', label: 'Registry value', example: 'HttpProxyControlFlags' };
const valueParam: FaultParam = { name: 'value', kind: 'number', label: 'Value', unit: 'DWORD', min: 0, max: 3, example: 3 };

const text = (a: FaultArgs, name: string, id: string) => arg<string>(a, name, 'string', id);

/** Changes the LAN settings of a computer, and says so on the timeline. */
function lanSettings(w: FakeWorld, a: FaultArgs, id: string, change: (c: ReturnType<FakeWorld['computer']>) => string): void {
  const c = w.computer(text(a, 'computer', id));
  w.timeline.record(change(c), { lane: `Lync on ${c.name}` });
}

/**
 * KB 3123662 and KB 2769142: the proxies of the organization's network (what they let through, whether they ask for
 * credentials), a computer's LAN settings (the named proxy, the automatic configuration script), and the
 * HttpProxyControlFlags DWORD that Group Policy writes into the Lync policy key of HKLM or HKCU.
 */
export const proxyFaults: readonly FaultSwitch[] = [
  {
    id: 'lan-proxy',
    place: 'computer',
    title: 'the LAN settings of a computer name a proxy server ("Use a proxy server for your LAN")',
    catalog: ['TE-17'],
    params: [computerParam, proxyParam],
    phrases: [
      { keyword: 'Given', expression: 'the LAN settings of {computer} use the proxy server {string}', on: true },
      { keyword: 'When', expression: 'the LAN settings of {computer} no longer use a proxy server', on: false, args: ['computer'] },
    ],
    turnOn: (w, a) =>
      lanSettings(w, a, 'lan-proxy', (c) => {
        const proxy = text(a, 'proxy', 'lan-proxy');
        w.network.proxies.proxy(proxy);
        c.proxySettings = { ...c.proxySettings, named: proxy };
        return `the LAN settings of ${c.name} use the proxy server ${proxy}`;
      }),
    turnOff: (w, a) =>
      lanSettings(w, a, 'lan-proxy', (c) => {
        c.proxySettings = { ...c.proxySettings, named: null };
        return `the LAN settings of ${c.name} no longer use a proxy server`;
      }),
  },
  {
    id: 'script-proxy',
    place: 'computer',
    title: 'the automatic configuration script of a computer (served over HTTP) sends a host to a proxy',
    catalog: ['TE-17'],
    params: [computerParam, hostParam, proxyParam],
    phrases: [
      { keyword: 'Given', expression: 'the automatic configuration script of {computer} sends {string} to the proxy {string}', on: true },
      {
        keyword: 'When',
        expression: 'the automatic configuration script of {computer} no longer sends {string} to a proxy',
        on: false,
        args: ['computer', 'host'],
      },
    ],
    turnOn: (w, a) =>
      lanSettings(w, a, 'script-proxy', (c) => {
        const [host, proxy] = [text(a, 'host', 'script-proxy').toLowerCase(), text(a, 'proxy', 'script-proxy')];
        w.network.proxies.proxy(proxy);
        c.proxySettings = { ...c.proxySettings, script: new Map([...c.proxySettings.script, [host, proxy]]) };
        return `the automatic configuration script of ${c.name} sends ${host} to the proxy ${proxy}`;
      }),
    turnOff: (w, a) =>
      lanSettings(w, a, 'script-proxy', (c) => {
        const host = text(a, 'host', 'script-proxy').toLowerCase();
        c.proxySettings = { ...c.proxySettings, script: new Map([...c.proxySettings.script].filter(([h]) => h !== host)) };
        return `the automatic configuration script of ${c.name} no longer sends ${host} to a proxy`;
      }),
  },
  {
    id: 'proxy-refuses-host',
    place: 'network',
    title: "a proxy of the organization's network does not let a host through",
    catalog: ['TE-17'],
    params: [proxyParam, hostParam],
    phrases: [
      { keyword: 'Given', expression: 'the proxy {string} does not let {string} through', on: true },
      { keyword: 'When', expression: 'the proxy {string} is changed to let {string} through', on: false },
    ],
    turnOn: (w, a) => {
      const [proxy, host] = [text(a, 'proxy', 'proxy-refuses-host'), text(a, 'host', 'proxy-refuses-host').toLowerCase()];
      w.network.proxies.proxy(proxy).refusedHosts.add(host);
      w.timeline.record(`the proxy ${proxy} does not let ${host} through`);
    },
    turnOff: (w, a) => {
      const [proxy, host] = [text(a, 'proxy', 'proxy-refuses-host'), text(a, 'host', 'proxy-refuses-host').toLowerCase()];
      w.network.proxies.proxy(proxy).refusedHosts.delete(host);
      w.timeline.record(`the proxy ${proxy} lets ${host} through`);
    },
  },
  {
    id: 'proxy-requires-authentication',
    place: 'network',
    title: "a proxy of the organization's network requires authentication (answers 407 to a request without credentials)",
    catalog: ['TE-17'],
    params: [proxyParam],
    phrases: [
      { keyword: 'Given', expression: 'the proxy {string} requires authentication', on: true },
      { keyword: 'When', expression: 'the proxy {string} is changed to let requests through without authentication', on: false },
    ],
    turnOn: (w, a) => {
      const proxy = text(a, 'proxy', 'proxy-requires-authentication');
      w.network.proxies.proxy(proxy).requiresAuthentication = true;
      w.timeline.record(`the proxy ${proxy} requires authentication`);
    },
    turnOff: (w, a) => {
      const proxy = text(a, 'proxy', 'proxy-requires-authentication');
      w.network.proxies.proxy(proxy).requiresAuthentication = false;
      w.timeline.record(`the proxy ${proxy} lets requests through without authentication`);
    },
  },
  {
    id: 'dword-computer-policy',
    place: 'computer',
    title: 'Group Policy writes a DWORD value into the Lync policy key of a computer (HKLM)',
    catalog: ['AS-09'],
    params: [computerParam, dwordPolicyParam, valueParam],
    phrases: [
      {
        keyword: 'Given',
        expression: 'Group Policy sets the DWORD {string} to {int} in the Computer Configuration of {computer}',
        args: ['policy', 'value', 'computer'],
        on: true,
      },
      {
        sameWordsAs: 'computer-policy',
        on: false,
        args: (a) => ({ computer: a.computer ?? '', policy: a.policy ?? '', state: 'Not configured' }),
      },
    ],
    turnOn: (w, a) =>
      w.os.groupPolicy.setComputerNumber(
        w.computer(text(a, 'computer', 'dword-computer-policy')),
        policyNamed(text(a, 'policy', 'dword-computer-policy')),
        arg<number>(a, 'value', 'number', 'dword-computer-policy'),
      ),
    turnOff: (w, a) =>
      w.os.groupPolicy.setComputerPolicy(
        w.computer(text(a, 'computer', 'dword-computer-policy')),
        policyNamed(text(a, 'policy', 'dword-computer-policy')),
        'Not configured',
      ),
  },
  {
    id: 'dword-user-policy',
    place: 'account',
    title: "Group Policy writes a DWORD value into the Lync policy key of a user's User Configuration (HKCU, from the next logon)",
    catalog: ['AS-09'],
    params: [personParam, dwordPolicyParam, valueParam],
    phrases: [
      {
        keyword: 'Given',
        expression: 'Group Policy sets the DWORD {string} to {int} in the User Configuration of {person}',
        args: ['policy', 'value', 'person'],
        on: true,
      },
      {
        sameWordsAs: 'user-policy',
        on: false,
        args: (a) => ({ person: a.person ?? '', policy: a.policy ?? '', state: 'Not configured' }),
      },
    ],
    turnOn: (w, a) =>
      w.os.groupPolicy.setUserNumber(
        w.person(text(a, 'person', 'dword-user-policy')).windowsUser,
        policyNamed(text(a, 'policy', 'dword-user-policy')),
        arg<number>(a, 'value', 'number', 'dword-user-policy'),
      ),
    turnOff: (w, a) =>
      w.os.groupPolicy.setUserPolicy(
        w.person(text(a, 'person', 'dword-user-policy')).windowsUser,
        policyNamed(text(a, 'policy', 'dword-user-policy')),
        'Not configured',
      ),
  },
];
