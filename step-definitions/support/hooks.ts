import { appendFileSync } from 'node:fs';
import { After, AfterAll, AfterStep, Before, BeforeAll, BeforeStep, Status, setDefaultTimeout } from '@cucumber/cucumber';
import { FakeWorld } from '../../src/fakes';
import { closeRunDriver, driverName, runDriver, runSeed, scenarioSeed } from './run-settings';
import type { SimWorld } from './sim-world';
import { uncheckedMessages } from './checks/message-guard';

setDefaultTimeout(30_000);

BeforeAll(function () {
  const seed = runSeed();
  process.stderr.write(
    `signin-sim: driver ${driverName}, seed ${seed} (repeat with SIGNIN_SEED=${seed})${process.env.SIGNIN_MUTANT ? `, mutant ${process.env.SIGNIN_MUTANT}` : ''}\n`,
  );
});

Before(async function (this: SimWorld, { pickle }) {
  const driver = runDriver();
  const reason = driver.notApplicable(pickle.tags.map((t) => t.name));
  if (reason !== null) {
    this.attach(JSON.stringify({ reason, driver: driver.name }), 'application/vnd.signin-sim.not-applicable+json');
    return 'skipped';
  }
  const line = pickle.location?.line ?? 0;
  const fake = new FakeWorld({ seed: scenarioSeed(runSeed(this.parameters['seed']), pickle.uri, line) });
  this.begin(fake, driver);
  await driver.start(fake, { name: pickle.name });
  return undefined;
});

BeforeStep(function (this: SimWorld, { pickleStep }) {
  if (this.started) this.fake.timeline.record(`▶ ${pickleStep.text}`);
});

/** The failing step is marked on the timeline; screenshots by reference (browser driver): one per Then about what the user sees, one on failure. */
AfterStep(async function (this: SimWorld, { pickle, pickleStep, result }) {
  if (this.started && result.status === Status.FAILED)
    this.fake.timeline.record(`this step failed: ${pickleStep.text} (${(result.message ?? '').split('\n')[0]})`, { failing: true });
  if (!this.started || !this.driver.screenshot || process.env.SIGNIN_MUTANT) return;
  const path = await this.driver.screenshot(`${pickle.name} ${pickleStep.text}`, result.status === Status.FAILED ? 'failure' : 'step');
  if (path) this.attach(path, { mediaType: 'text/uri-list', fileName: path.split('/').pop() ?? path });
});

After(async function (this: SimWorld, { result, pickle }) {
  if (!this.started) return;
  try {
    const timeline = this.fake.timeline.format();
    this.attach(timeline, { mediaType: 'text/plain', fileName: 'timeline.txt' });
    this.attach(JSON.stringify(this.fake.timeline.entries), { mediaType: 'application/json', fileName: 'timeline.json' });
    if (result?.status === Status.FAILED && !process.env.SIGNIN_MUTANT)
      process.stderr.write(`\nTimeline of "${pickle.name}" (${pickle.uri}):\n${timeline}\n`);
    const unchecked = uncheckedMessages(this);
    if (result?.status === Status.PASSED && unchecked.length > 0) {
      throw new Error(`Lync showed a message that no step checked: ${unchecked.map((m) => `"${m}"`).join(', ')}. Add a Then step for it.`);
    }
  } finally {
    if (process.env.SIGNIN_SECRETS_FILE)
      appendFileSync(process.env.SIGNIN_SECRETS_FILE, this.fake.secrets.map((x) => `${x.reveal()}\n`).join(''));
    await this.driver.stop();
  }
});

AfterAll(async function () {
  await closeRunDriver();
});
