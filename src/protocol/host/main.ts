import { referenceParts, type ClientParts } from '../../runtime/reference-client';
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
    await serveReferenceClient(parts, assumptionsFrom(env.SIGNIN_ASSUMPTIONS), name);
    return 0;
  } catch (error) {
    process.stderr.write(`reference client host: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof HarnessBrokeProtocol ? 2 : 1;
  }
}
