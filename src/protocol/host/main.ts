import { referenceParts, type ClientParts } from '../../runtime/reference-client';
import { assumptionOverrides } from '../../runtime/assumption-overrides';
import { HarnessBrokeProtocol } from './sync-peer';
import { serveReferenceClient } from './reference-client-host';

/** A client to serve in place of the reference: a mutant's parts (mutants/host-main.ts hands them in for SIGNIN_MUTANT). */
export interface ServedInstead {
  readonly name: string;
  readonly parts: ClientParts;
}

/** The reference client host's entry. */
export async function main(env: NodeJS.ProcessEnv = process.env, instead?: ServedInstead): Promise<number> {
  const parts = instead?.parts ?? referenceParts;
  const name = instead ? `reference client (${instead.name})` : 'reference client';
  try {
    await serveReferenceClient(parts, assumptionOverrides(env.SIGNIN_ASSUMPTIONS), name);
    return 0;
  } catch (error) {
    process.stderr.write(`reference client host: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof HarnessBrokeProtocol ? 2 : 1;
  }
}
