import { expect } from 'chai';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '..');

/** A file put in a folder with one import; whether lint stops it (each wall of eslint.config.js, and one allowed import). */
const probes: { readonly file: string; readonly imports: string; readonly stopped: boolean }[] = [
  { file: 'src/explore/wall-probe.ts', imports: '../../step-definitions/support/sim-world', stopped: true },
  { file: 'src/gate/wall-probe.ts', imports: '../../mutants', stopped: true },
  { file: 'src/report/wall-probe.ts', imports: '../../scripts/tally', stopped: true },
  { file: 'src/explore/wall-probe.ts', imports: '../ui/world-panel', stopped: true },
  { file: 'src/explore/wall-probe.ts', imports: '../symptoms/causes', stopped: true },
  { file: 'src/symptoms/wall-probe.ts', imports: '../explore/primitive', stopped: true },
  { file: 'src/ui/wall-probe.ts', imports: '../explore/primitive', stopped: true },
  { file: 'src/ui/wall-probe.ts', imports: '../symptoms/message-entries', stopped: true },
  { file: 'src/harness/wall-probe.ts', imports: '../explore/observe', stopped: true },
  { file: 'src/simulator/wall-probe.ts', imports: '../fakes', stopped: true },
  { file: 'src/fakes/wall-probe.ts', imports: '../harness/stage', stopped: true },
  { file: 'step-definitions/support/wall-probe.ts', imports: '../../src/drivers/in-process-driver', stopped: true },
  { file: 'src/explore/wall-probe.ts', imports: '../harness/the-phrasebook', stopped: false },
  { file: 'src/ui/wall-probe.ts', imports: '../symptoms/causes', stopped: false },
];

for (const p of probes)
  test(`lint ${p.stopped ? 'stops' : 'allows'} ${p.file} importing ${p.imports}`, { timeout: 120_000 }, async () => {
    const file = path.join(root, p.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `export * from '${p.imports}';\n`);
    try {
      const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
      const walls = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
      expect(walls.length > 0, walls.map((m) => m.message).join('; ') || 'no wall stood in the way').to.equal(p.stopped);
    } finally {
      rmSync(file, { force: true });
    }
  });
