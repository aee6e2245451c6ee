#!/usr/bin/env node
// Runs the features twice with the same seed and compares every scenario's timeline; then once with another seed,
// which must change at least one timeline (so the comparison can fail). Prints the result; exit 1 on a difference.
require('./register-ts');
const { prepare, runOnce } = require('./cucumber-in-process');

const timelines = (run) =>
  new Map(
    run.scenarios.map((s) => [
      `${s.uri}:${s.line}`,
      s.attachments
        .filter((a) => a.fileName === 'timeline.txt')
        .map((a) => a.body)
        .join('\n'),
    ]),
  );

async function checkDeterminism(seed = 20131014, other = 1) {
  const prepared = await prepare();
  const runWith = async (s) => {
    process.env.SIGNIN_SEED = String(s);
    return timelines(await runOnce(prepared));
  };
  const saved = process.env.SIGNIN_SEED;
  const [a, b, c] = [await runWith(seed), await runWith(seed), await runWith(other)];
  if (saved === undefined) delete process.env.SIGNIN_SEED;
  else process.env.SIGNIN_SEED = saved;
  const differing = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
  const changedByOtherSeed = [...a.keys()].filter((k) => a.get(k) !== c.get(k)).length;
  const empty = [...a.values()].filter((t) => !t).length;
  return [
    {
      name: `same seed ${seed} twice gives identical timelines for all ${a.size} scenarios`,
      ok: differing.length === 0 && empty === 0 && a.size > 0,
      detail: differing.slice(0, 3).join(', ') || (empty ? `${empty} scenarios had no timeline` : ''),
    },
    {
      name: `another seed (${other}) changes the timelines (${changedByOtherSeed} of ${a.size} differ)`,
      ok: changedByOtherSeed > 0,
      detail: '',
    },
  ];
}

module.exports = { checkDeterminism };

if (require.main === module) {
  checkDeterminism().then(
    (checks) => {
      for (const c of checks) console.log(`${c.ok ? 'ok' : 'FAILED'}: ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
      process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
