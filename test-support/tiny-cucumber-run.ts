import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Test support: records a real, tiny Cucumber run into `<reportsDir>/<profile>/` (messages.ndjson,
 * junit.xml, cucumber.html, run.json) following the project's conventions, plus the screenshot file it links,
 * so report tests work from genuine messages without the project's features.
 */
export function recordTinyRun(reportsDir: string, profile = 'tiny', options: { allure?: boolean } = {}): void {
  const work = mkdtempSync(join(tmpdir(), 'tiny-cucumber-'));
  try {
    const cucumber = dirname(require.resolve('@cucumber/cucumber/package.json'));
    mkdirSync(join(work, 'features'));
    writeFileSync(join(work, 'features', 'tiny.feature'), feature);
    writeFileSync(join(work, 'steps.js'), steps(join(cucumber, 'lib', 'index.js')));
    writeFileSync(join(work, 'cucumber.js'), options.allure ? allureConfig(reportsDir, profile) : 'module.exports = {};\n');
    const out = join(reportsDir, profile);
    mkdirSync(out, { recursive: true });
    const result = spawnSync(
      process.execPath,
      [
        join(cucumber, 'bin', 'cucumber.js'),
        '--require',
        'steps.js',
        '--format',
        `message:${join(out, 'messages.ndjson')}`,
        '--format',
        `junit:${join(out, 'junit.xml')}`,
        '--format',
        `${join(__dirname, '..', 'src', 'reports-off-thread', 'contained-html-formatter.js')}:${join(out, 'cucumber.html')}`,
        'features/tiny.feature',
      ],
      { cwd: work, encoding: 'utf8', timeout: 60_000 },
    );
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`the tiny Cucumber run did not finish: ${result.stderr}`);
    }
    writeFileSync(join(out, 'run.json'), JSON.stringify({ column: 'Tiny run, in-process', profile }));
    mkdirSync(join(reportsDir, 'ui', 'screenshots'), { recursive: true });
    writeFileSync(join(reportsDir, 'ui', 'screenshots', 'tiny.png'), Buffer.from(onePixelPng, 'base64'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function allureConfig(reportsDir: string, profile: string): string {
  const formatOptions = `require(${JSON.stringify(join(__dirname, '..', 'src', 'report', 'allure-format-options.js'))}).allureFormatOptions(${JSON.stringify({ profile, column: 'Tiny run, in-process', reportsDir })})`;
  return `module.exports = { default: { format: [${JSON.stringify(require.resolve('allure-cucumberjs/reporter'))}], formatOptions: ${formatOptions} } };\n`;
}

const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const feature = `@section:first-sign-in
Feature: Tiny first sign-in

  @FS-01
  Scenario: alice signs in for the first time
    Given the client starts
    Then the sign-in screen is shown

  @FS-03 @assumption:prefilledAddress
  Scenario: the address is filled in
    Given the client starts
    Then the sign-in screen is shown

  @FS-04
  Scenario: <img src=x onerror=alert(1)>
    Given the client starts
    Then the password box is hidden
    And the sign-in screen is shown

  @FS-05
  Scenario: a step nobody wrote
    Given the client starts
    Then something nobody implemented

  @SO-08
  Scenario: the tray menu
    Given the tray icon is not available in this driver
    Then the sign-in screen is shown

  @SO-07
  Scenario: skipped without a reason
    Given a step that skips without saying why
`;

function steps(cucumberPath: string): string {
  return `const { Given, Then, After, AfterStep } = require(${JSON.stringify(cucumberPath)});
Given('the client starts', function () {});
Then('the sign-in screen is shown', function () {});
Then('the password box is hidden', function () { throw new Error('password box is shown <b>early</b>'); });
Given('the tray icon is not available in this driver', function () {
  this.attach(JSON.stringify({ reason: 'this driver has no tray icon' }), { mediaType: 'application/vnd.signin-sim.not-applicable+json' });
  return 'skipped';
});
Given('a step that skips without saying why', function () { return 'skipped'; });
// As the project's hooks do: the timeline as a log on the last step that ran.
AfterStep(function ({ pickle, pickleStep, result }) {
  if (result.status !== 'PASSED' || pickle.steps[pickle.steps.length - 1].id === pickleStep.id)
    this.attach('t+0s client starts\\nt+2s ' + pickle.name, { mediaType: 'text/x.cucumber.log+plain', fileName: 'timeline.txt' });
});
After(function ({ pickle }) {
  if (pickle.name.startsWith('alice')) this.attach('ui/screenshots/tiny.png', { mediaType: 'text/uri-list' });
});
`;
}
