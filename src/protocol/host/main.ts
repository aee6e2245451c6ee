import { mutantParts } from '../../../mutants';
import { referenceParts } from '../../runtime/reference-client';
import { assumptionOverrides } from '../../runtime/assumption-overrides';
import { HarnessBrokeProtocol } from './sync-peer';
import { serveReferenceClient } from './reference-client-host';

/** The reference client host's entry: SIGNIN_MUTANT picks a mutant's parts instead of the reference. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const mutant = env.SIGNIN_MUTANT || undefined;
  const parts = mutantParts(mutant) ?? referenceParts;
  const name = mutant ? `reference client (mutant ${mutant})` : 'reference client';
  try {
    await serveReferenceClient(parts, assumptionOverrides(env.SIGNIN_ASSUMPTIONS), name);
    return 0;
  } catch (error) {
    process.stderr.write(`reference client host: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof HarnessBrokeProtocol ? 2 : 1;
  }
}
