import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runScenarios } from '../../test-support/run-scenarios';

/** A scenario a user wrote in the playground's wording from before the phrasebook: it still runs, and is told what to write now. */
const feature = `Feature: an older wording
  Scenario: closing the Options dialog, as the playground used to write it
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password cleared
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice closes the options window on PC1
    Then Alice sees the main window on PC1
`;

test('a scenario in an older wording still runs, with a notice naming the current wording', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'older-wording-'));
  const written: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    written.push(String(chunk));
    return write(chunk, ...rest);
  }) as typeof process.stderr.write;
  try {
    writeFileSync(join(dir, 'older.feature'), feature);
    const [outcome] = await runScenarios([join(dir, 'older.feature')]);
    expect(outcome?.status, outcome?.firstError ?? '').to.equal('PASSED');
    expect(written.join('')).to.include(
      'the wording "{person} closes the {window} window on {computer}" is an older one; write "{person} closes the {dialog} with its X on {computer}"',
    );
  } finally {
    process.stderr.write = write;
    rmSync(dir, { recursive: true, force: true });
  }
});
