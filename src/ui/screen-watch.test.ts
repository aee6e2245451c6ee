import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runScenarios } from '../../test-support/run-scenarios';
import type { DesktopAction } from '../fakes';
import { wordingProblem } from '../harness/sentences';
import { demoWorld } from './demo-world';
import { WorldPanel } from './world-panel';

test('the copied story says when a control was greyed out, a dialog opened and a colleague saw a new presence, and passes as copied', async () => {
  const { world, setUp } = await demoWorld();
  const dir = mkdtempSync(join(tmpdir(), 'signin-screen-watch-'));
  try {
    const panel = new WorldPanel(setUp);
    panel.state(world);
    const alice = { computer: 'PC1', windowsUser: 'alice' };
    const pc1 = world.computer('PC1');
    const act = async (a: DesktopAction) => {
      const shown = pc1.session('alice').desktop.messagesShown;
      const before = shown.length;
      await world.os.act(pc1, 'alice', a);
      await world.settle();
      panel.performed(world, alice, a, shown.slice(before));
    };
    const policy = { kind: 'groupPolicy', scope: 'computer', target: 'PC1', policy: 'Allow storage of user passwords' } as const;
    await panel.apply(world, { ...policy, state: 'Disabled' }, alice);
    await panel.apply(world, { kind: 'addContact', owner: 'Bob', contact: 'Alice' }, alice);
    await act({ kind: 'startMenu', path: 'All Programs > Microsoft Lync > Lync 2013' });
    await act({ kind: 'click', window: 'main', control: 'Sign In' });
    await act({ kind: 'type', window: 'main', field: 'Password', text: world.newSecret('a wrong password') });
    await act({ kind: 'click', window: 'main', control: 'Sign In' });
    await panel.apply(world, { kind: 'typePassword', person: 'Alice' }, alice);
    await act({ kind: 'click', window: 'credentials', control: 'OK' });
    const gherkin = panel.state(world).gherkin;
    const lines = gherkin.split('\n').map((l) => l.trim());
    const at = (text: string) => lines.findIndex((l) => l.endsWith(text));
    const greyed = at('Then the "main" window of Lync for Alice on PC1 shows "Save my password" as "a cleared box, greyed out"');
    const dialog = at('And Lync on PC1 shows Alice a credential dialog');
    const seen = at('Then Bob, a colleague, sees Alice as Available');
    expect(
      [greyed, dialog, seen].map((i) => i > 0),
      gherkin,
    ).to.deep.equal([true, true, true]);
    expect(greyed < dialog && dialog < seen, 'each at the step that brought it').to.equal(true);
    expect(
      lines.filter((l) => l.includes('sees Alice as Available')),
      'written once',
    ).to.have.length(1);
    const steps = lines.flatMap((l) => /^(?:Given|When|Then|And) (.*)$/.exec(l)?.slice(1) ?? []);
    expect(steps.map(wordingProblem).filter((p) => p !== null)).to.deep.equal([]);
    const file = join(dir, 'copied.feature');
    writeFileSync(file, gherkin);
    const [outcome, ...more] = await runScenarios([file]);
    expect(more).to.deep.equal([]);
    expect(outcome?.status, outcome?.firstError ?? '').to.equal('PASSED');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await world.stop();
  }
});
