import { mutantParts } from '../../../mutants';
import { referenceParts } from '../../runtime/reference-client';
import { defaultAssumptions, type Assumptions } from '../../simulator';
import { HarnessBrokeProtocol } from './sync-peer';
import { serveReferenceClient } from './reference-client-host';

/** The assumptions the harness passed for this scenario (SIGNIN_ASSUMPTIONS), over the defaults. */
function assumptionsFrom(text: string | undefined): Assumptions {
  if (!text) return defaultAssumptions;
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('SIGNIN_ASSUMPTIONS must be a JSON object');
  return { ...defaultAssumptions, ...(parsed as Partial<Assumptions>) };
}

/** The reference client host's entry: SIGNIN_MUTANT picks a mutant's parts instead of the reference. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const mutant = env.SIGNIN_MUTANT || undefined;
  const parts = mutantParts(mutant) ?? referenceParts;
  const name = mutant ? `reference client (mutant ${mutant})` : 'reference client';
  try {
    await serveReferenceClient(parts, assumptionsFrom(env.SIGNIN_ASSUMPTIONS), name);
    return 0;
  } catch (error) {
    process.stderr.write(`reference client host: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof HarnessBrokeProtocol ? 2 : 1;
  }
}
