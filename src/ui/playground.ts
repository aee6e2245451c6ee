import type { FakeWorld } from '../fakes';
import { demoWorld } from './demo-world';
import { DesktopServer } from './desktop-server';
import { buildSymptomIndex } from '../symptoms/symptom-index';
import { WorldPanel } from './world-panel';

export interface Playground {
  readonly url: string;
  /** The world shown now ("Start over" replaces it). */
  readonly world: FakeWorld;
  close(): Promise<void>;
}

/** `npm start`: the demo world on a desktop page with the side panel, on 127.0.0.1. Port 0 picks a free one. */
export async function startPlayground(options: { readonly port?: number; readonly seed?: number } = {}): Promise<Playground> {
  const demo = await demoWorld(options.seed);
  const server = await DesktopServer.start({
    port: options.port ?? 0,
    panel: new WorldPanel(demo.setUp, buildSymptomIndex(), () => demoWorld(options.seed)),
  });
  server.setWorld(demo.world);
  const shown = (): FakeWorld => server.world ?? demo.world;
  return {
    url: server.url,
    get world() {
      return shown();
    },
    close: async () => {
      await server.close();
      await shown().stop();
    },
  };
}
