import { expect } from 'chai';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { firstDivergence } from '../src/exchanges/first-divergence';
import { goldenFiles, readGoldenFiles, readTrace } from '../src/exchanges/golden-exchanges';
import { goldenSeed } from '../src/exchanges/golden-seed';
import { renderDivergence } from '../src/exchanges/render-divergence';
import { goldenExchanges } from '../src/reference-doc/protocol-doc';
import { root } from './support/run-gate';

/**
 * The golden exchanges (exchanges/) are the reference client's: `npm run test:external` runs the features over the
 * protocol first, recording its exchanges (scripts/run-suite.js); they must be the golden ones, file for file.
 */
const trace = path.join(process.env.SIGNIN_REPORTS_DIR ?? path.join(root, 'reports'), 'external-exchanges.ndjson');

test('the golden exchanges are the ones the reference client exchanged in this run (else: npm run exchanges)', (t) => {
  if (!existsSync(trace)) return t.skip(`no ${trace}: run npm run test:external, which records it`);
  const seed = process.env.SIGNIN_SEED ?? String(goldenSeed);
  if (seed !== String(goldenSeed)) return t.skip(`this run used seed ${seed}; the golden exchanges were recorded with seed ${goldenSeed}`);
  const run = readTrace(trace);
  expect(run.length > 0, `${trace} holds no exchange`).to.equal(true);
  const recorded = goldenFiles(run);
  const golden = readGoldenFiles();
  expect([...golden.keys()].sort(), 'the golden folder has one file per feature of the run').to.deep.equal([...recorded.keys()].sort());
  const stored = new Map(goldenExchanges().map((e) => [`${e.uri}:${e.line}`, e]));
  const stale = run.flatMap((e) => {
    const g = stored.get(`${e.uri}:${e.line}`);
    if (!g) return [`${e.uri}:${e.line} "${e.scenario}" has no golden exchange`];
    const d = firstDivergence(g.exchange, e.exchange);
    return d === null ? [] : [renderDivergence(e.scenario, d)];
  });
  expect(
    stale.length,
    `the golden exchanges are stale (npm run exchanges writes them afresh):\n${stale.slice(0, 3).join('\n\n')}`,
  ).to.equal(0);
  for (const [file, text] of recorded)
    expect(golden.get(file) === text, `exchanges/${file} is stale: run npm run exchanges`).to.equal(true);
});
