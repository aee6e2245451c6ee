/**
 * What of the harness's environment a client must not see: where the reports and the tally go, and npm's
 * description of the harness's own package. A client is told nothing about where the verdict is kept.
 */
const hidden = ['SIGNIN_GATE_DIR', 'SIGNIN_GATE_RECORD', 'SIGNIN_CLIENT_TALLY_FILE', 'SIGNIN_REPORTS_DIR', 'SIGNIN_TRACE', 'INIT_CWD'];

/** The harness's environment without what {@link hidden} names and without npm's `npm_*` variables. */
export function clientEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !hidden.includes(key) && !key.startsWith('npm_')));
}
