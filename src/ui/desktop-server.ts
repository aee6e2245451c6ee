import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeWorld } from '../fakes';
import type { DesktopRef, DesktopResponse } from './desktop-api';
import { pageCss } from './page-css';
import { pageHtml } from './page-html';
import { pageModule } from './page-modules';
import { parseActRequest, parsePanelRequest } from './parse-requests';
import type { SidePanel } from './side-panel';
import { listDesktops, pickDesktop, snapshotOf, toDesktopAction } from './world-desktops';

export interface DesktopServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The playground's side panel; none for the browser driver. */
  readonly panel?: SidePanel;
}

const maxBody = 64 * 1024;

/** A request refused with an HTTP status (too large, from another origin), not a malformed one. */
class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Serves the simulated desktop of a fake world on 127.0.0.1: one page, its script, and a small JSON API.
 * Actions from the page go to the fake OS one at a time, and the world settles before the answer.
 * It logs nothing and never sends back what was typed into a password box.
 */
export class DesktopServer {
  #world: FakeWorld | null = null;
  #version = 0;
  #queue: Promise<unknown> = Promise.resolve();
  /** The last answer sent, to tell whether the world has changed since. */
  #last: { readonly version: number; readonly selected: DesktopRef | null; readonly content: string } | null = null;
  readonly #hosts: readonly string[];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly panel: SidePanel | null,
  ) {
    const port = new URL(url).port;
    this.#hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  }

  static async start(options: DesktopServerOptions = {}): Promise<DesktopServer> {
    let instance: DesktopServer | null = null;
    const server = createServer((req, res) => {
      if (instance) void instance.#handle(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    instance = new DesktopServer(server, `http://127.0.0.1:${port}/`, options.panel ?? null);
    return instance;
  }

  /** Shows another world from now on (the next scenario's); the page starts over at its next refresh. */
  setWorld(world: FakeWorld): void {
    this.#world = world;
    this.#last = null;
  }

  /** The world shown now. */
  get world(): FakeWorld | null {
    return this.#world;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (!this.#hosts.includes(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Wrong host');
      // A browser names the page a request comes from (Origin) on every POST and on cross-site requests; tools that
      // are not browsers send none. Only the playground's own page (http://127.0.0.1:<port>, or localhost when it was
      // opened by that name) may act on the world.
      const origin = req.headers.origin;
      if ((origin !== undefined && origin !== `http://${req.headers.host}`) || req.headers['sec-fetch-site'] === 'cross-site')
        return refuse(req, res, 403, 'Forbidden: another origin');
      const url = new URL(req.url ?? '/', this.url);
      const route = `${req.method} ${url.pathname}`;
      if (route === 'GET /') return send(res, 200, 'text/html; charset=utf-8', pageHtml);
      if (route === 'GET /favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (route === 'GET /page.css') return send(res, 200, 'text/css; charset=utf-8', pageCss);
      if (req.method === 'GET' && url.pathname.startsWith('/page/')) {
        const js = pageModule(url.pathname.slice('/page/'.length));
        return js === null ? send(res, 404, 'text/plain', 'Not found') : send(res, 200, 'text/javascript; charset=utf-8', js);
      }
      if (route === 'GET /api/desktop') {
        const computer = url.searchParams.get('computer');
        const windowsUser = url.searchParams.get('user');
        const wanted = computer && windowsUser ? { computer, windowsUser } : null;
        return json(res, 200, await this.#serial(async () => this.#answer(wanted, null)));
      }
      if (req.method === 'POST' && (url.pathname === '/api/act' || url.pathname === '/api/panel')) {
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'Send JSON');
        const body = parseJson(await readBody(req));
        const answer = await this.#serial(() => (url.pathname === '/api/act' ? this.#act(body) : this.#panelAction(body)));
        return json(res, answer.error === null ? 200 : 422, answer);
      }
      return send(res, 404, 'text/plain', 'Not found');
    } catch (e) {
      if (e instanceof Refused) return refuse(req, res, e.status, e.message);
      return send(res, 400, 'text/plain', e instanceof Error ? e.message : 'Bad request');
    }
  }

  async #act(body: unknown): Promise<DesktopResponse> {
    const request = parseActRequest(body);
    const world = this.#requireWorld();
    try {
      const computer = world.computer(request.computer);
      const action = toDesktopAction(world, request, request.action);
      const shown = computer.sessions.get(request.windowsUser)?.desktop.messagesShown;
      const before = shown?.length ?? 0;
      await world.os.act(computer, request.windowsUser, action);
      await world.settle();
      this.panel?.performed(world, request, action, shown?.slice(before) ?? []);
      return this.#answer(request, null);
    } catch (e) {
      return this.#answer(request, e instanceof Error ? e.message : String(e));
    }
  }

  async #panelAction(body: unknown): Promise<DesktopResponse> {
    const request = parsePanelRequest(body);
    if (this.panel === null) throw new Error('This page has no side panel');
    try {
      const next = await this.panel.apply(this.#requireWorld(), request.action, request.selected);
      if (next !== undefined) this.setWorld(next);
      return this.#answer(next === undefined ? request.selected : null, null);
    } catch (e) {
      return this.#answer(request.selected, e instanceof Error ? e.message : String(e));
    }
  }

  /**
   * Whether the answer with this version still shows the world as it is: the same desktops, and the same snapshot of
   * the one shown. A driver that knows the page drew that answer need not have it redrawn.
   */
  stillCurrent(version: number): boolean {
    const last = this.#last;
    return last !== null && this.#world !== null && last.version === version && contentOf(this.#world, last.selected) === last.content;
  }

  #answer(wanted: DesktopRef | null, error: string | null): DesktopResponse {
    const world = this.#world;
    const version = ++this.#version;
    if (world === null) return { version, selected: null, desktops: [], snapshot: null, error, panel: null };
    const selected = pickDesktop(world, wanted);
    const desktops = listDesktops(world);
    const snapshot = snapshotOf(world, selected);
    this.#last = { version, selected, content: JSON.stringify({ desktops, snapshot }) };
    return { version, selected, desktops, snapshot, error, panel: this.panel?.state(world) ?? null };
  }

  #requireWorld(): FakeWorld {
    if (this.#world === null) throw new Error('DesktopServer: no world yet; call setWorld() first');
    return this.#world;
  }

  /** One request at a time, so the world never sees two actions interleaved. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}

function contentOf(world: FakeWorld, selected: DesktopRef | null): string {
  return JSON.stringify({ desktops: listDesktops(world), snapshot: snapshotOf(world, pickDesktop(world, selected)) });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data:",
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, body: DesktopResponse): void =>
  send(res, status, 'application/json', JSON.stringify(body));

/** JSON.parse's own message quotes the input, which may hold a password: say only that it is malformed. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error('Malformed JSON');
  }
}

/** The body, at most {@link maxBody} bytes: a larger one (by its Content-Length, or as it comes) is refused with 413. */
function readBody(req: IncomingMessage): Promise<string> {
  const tooLarge = new Refused(413, `Request too large: at most ${maxBody} bytes`);
  if (Number(req.headers['content-length'] ?? 0) > maxBody) return Promise.reject(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size <= maxBody) return void chunks.push(c);
      req.off('data', onData);
      reject(tooLarge);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Answers with an error status and closes the connection after it. The rest of the body is read and dropped meanwhile
 * (up to a bound, then the connection is cut), so the client gets the answer rather than a reset.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  res.shouldKeepAlive = false;
  let dropped = 0;
  req.on('data', (c: Buffer) => {
    dropped += c.length;
    if (dropped > 16 * maxBody) req.socket.destroy();
  });
  req.resume();
  send(res, status, 'text/plain', message);
}
