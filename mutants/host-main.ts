import { main as hostMain } from '../src/protocol/host/main';
import { mutantParts } from '.';

/** The reference client host serving the mutant SIGNIN_MUTANT names (bin/reference-client-host.js runs this when it is set). */
export function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const name = env.SIGNIN_MUTANT ?? '';
  const parts = mutantParts(name);
  return hostMain(env, parts ? { name: `mutant ${name}`, parts } : undefined);
}
