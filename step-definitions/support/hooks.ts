import { appendFileSync } from 'node:fs';
import { After, AfterAll, AfterStep, Before, BeforeAll, BeforeStep, Status, setDefaultTimeout } from '@cucumber/cucumber';
import { FakeWorld } from '../../src/fakes';
import { closeRunDriver, driverName, runDriver, runSeed, scenarioSeed } from './run-settings';
import type { SimWorld } from './sim-world';
import { uncheckedMessages } from '../../src/harness/checks/message-guard';

setDefaultTimeout(30_000);

/** What the driver needs for the whole run (the browser driver's Chromium), with time for a first launch. */
BeforeAll({ timeout: 180_000 }, async function () {
  await runDriver().prepare?.();
});

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
  // A scenario written out by exploration names the seed of the world it was found in (@seed:<n>).
  const seedTag = pickle.tags.find((t) => /^@seed:\d+$/.test(t.name));
  const seed = seedTag ? Number(seedTag.name.slice('@seed:'.length)) : scenarioSeed(runSeed(this.parameters['seed']), pickle.uri, line);
  const fake = new FakeWorld({ seed });
  this.begin(fake, driver);
  await driver.start(fake, { name: pickle.name, uri: pickle.uri, line });
  return undefined;
});

BeforeStep(function (this: SimWorld, { pickleStep }) {
  if (this.started) this.fake.timeline.record(`▶ ${pickleStep.text}`);
});

/** The timeline, as a log on a step so that cucumber.html shows it on the scenario, not inside a hook. */
const timelineMediaType = 'text/x.cucumber.log+plain';
function attachTimeline(w: SimWorld): string {
  const timeline = w.fake.timeline.format();
  w.attach(timeline, { mediaType: timelineMediaType, fileName: 'timeline.txt' });
  w.attach(JSON.stringify(w.fake.timeline.entries), { mediaType: 'application/json', fileName: 'timeline.json' });
  w.timelineAttached = true;
  return timeline;
}

/** The failing step is marked on the timeline; screenshots by reference (browser driver): one per Then about what the user sees, one on failure. */
AfterStep(async function (this: SimWorld, { pickle, pickleStep, result }) {
  if (!this.started) return;
  if (result.status === Status.FAILED)
    this.fake.timeline.record(`this step failed: ${pickleStep.text} (${(result.message ?? '').split('\n')[0]})`, { failing: true });
  if (this.driver.screenshot && !process.env.SIGNIN_MUTANT) {
    const path = await this.driver.screenshot(`${pickle.name} ${pickleStep.text}`, result.status === Status.FAILED ? 'failure' : 'step');
    if (path) this.attach(path, { mediaType: 'text/uri-list', fileName: path.split('/').pop() ?? path });
  }
  // The last step that runs: the scenario's last, or the one that failed (the rest are skipped without hooks).
  if (result.status !== Status.PASSED || pickle.steps.at(-1)?.id === pickleStep.id) attachTimeline(this);
});

After(async function (this: SimWorld, { result, pickle }) {
  if (!this.started) return;
  try {
    const timeline = this.timelineAttached ? this.fake.timeline.format() : attachTimeline(this);
    // npm run reproduce prints the timeline itself, once.
    if (result?.status === Status.FAILED && !process.env.SIGNIN_MUTANT && !process.env.SIGNIN_REPRODUCE)
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
