import { expect } from 'chai';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allureFormatOptions, plainTextLogs, type AllureResultLike } from './allure-format-options';
import { carriesSomething, LeanAllureWriter } from './allure-lean-writer';
import { inlineScreenshots } from './allure-screenshots';
import { recordTinyRun } from '../../test-support/tiny-cucumber-run';

const result = (tags: string[], steps: AllureResultLike['steps'] = []): AllureResultLike => ({
  status: 'passed',
  statusDetails: {},
  labels: [
    { name: 'feature', value: 'Troubles' },
    ...tags.map((t) => ({
      name: t.startsWith('@section:') ? 'epic' : 'story',
      value: t.replace(/^@section:/, ''),
    })),
  ],
  parameters: [],
  steps,
});
const stop = (r: AllureResultLike, column = 'Reference, in-process') => {
  for (const l of allureFormatOptions({ column }).listeners) l.beforeTestResultStop(r);
  return r;
};
const label = (r: AllureResultLike, name: string) => r.labels.filter((l) => l.name === name).map((l) => l.value);

const cases: { name: string; tags: string[]; epic: string[]; story: string[]; severity: string }[] = [
  {
    name: 'first sign-in is critical',
    tags: ['@section:first-sign-in', '@FS-01'],
    epic: ['First sign-in'],
    story: ['FS-01'],
    severity: 'critical',
  },
  {
    name: 'sign-out is critical',
    tags: ['@section:sign-out', '@SO-04', '@SO-05'],
    epic: ['Sign Out'],
    story: ['SO-04', 'SO-05'],
    severity: 'critical',
  },
  {
    name: 'troubleshooting is normal',
    tags: ['@section:troubleshooting', '@TE-01'],
    epic: ['Troubleshooting sign-in errors'],
    story: ['TE-01'],
    severity: 'normal',
  },
  { name: 'no tags', tags: [], epic: [], story: [], severity: 'normal' },
];

for (const c of cases) {
  test(`allure labels: ${c.name}`, () => {
    const r = stop(result(c.tags));
    expect(label(r, 'epic')).to.deep.equal(c.epic);
    expect(label(r, 'story')).to.deep.equal(c.story);
    expect(label(r, 'severity')).to.deep.equal([c.severity]);
    expect(label(r, 'parentSuite'), 'the section is the top of the tree').to.deep.equal([c.epic[0] ?? 'No article section']);
    expect(label(r, 'suite')).to.deep.equal(['Troubles']);
    expect(label(r, 'feature')).to.deep.equal(['Troubles']);
    expect(r.parameters).to.deep.equal([
      { name: 'Profile', value: 'default' },
      { name: 'Client and driver', value: 'Reference, in-process' },
    ]);
  });
}

test('allure: a scenario with an undefined step is broken, not passed', () => {
  const r = stop(result([], [{ name: 'Given x', status: 'passed' }, { name: 'Then y' }]));
  expect(r.status).to.equal('broken');
  expect(r.statusDetails.message).to.include('Then y');
});

test('a real run writes labelled Allure results, and screenshots are copied into them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-'));
  try {
    recordTinyRun(dir, 'tiny', { allure: true });
    const resultsDir = join(dir, 'tiny', 'allure-results');
    const files = readdirSync(resultsDir);
    const results = files
      .filter((f) => f.endsWith('-result.json'))
      .map((f) => JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as AllureResultLike);
    expect(results).to.have.length(6);
    const alice = results.find((r) => r.name === 'alice signs in for the first time');
    expect(alice).to.not.equal(undefined);
    expect(label(alice as AllureResultLike, 'story')).to.deep.equal(['FS-01']);
    expect(label(alice as AllureResultLike, 'epic')).to.deep.equal(['First sign-in']);
    expect(results.find((r) => r.name === 'a step nobody wrote')?.status).to.equal('broken');
    // Only the After hook that attached a screenshot leaves a container; the timelines are descriptions.
    expect(files.filter((f) => f.endsWith('-container.json'))).to.have.length(1);
    expect(
      files.filter((f) => f.endsWith('.txt')),
      'timeline files',
    ).to.deep.equal([]);
    const described = results.filter((r) => /t\+0s client starts/.test((r as { descriptionHtml?: string }).descriptionHtml ?? ''));
    // Every scenario but the one with an undefined step, where no step ran to attach it.
    expect(described.map((r) => r.name))
      .to.have.length(5)
      .and.not.include('a step nobody wrote');
    expect(inlineScreenshots(resultsDir, dir)).to.equal(1);
    expect(inlineScreenshots(resultsDir, dir), 'a second pass changes nothing').to.equal(0);
    const pngs = readdirSync(resultsDir).filter((f) => f.endsWith('.png'));
    expect(pngs).to.have.length(1);
    expect(existsSync(join(resultsDir, pngs[0] ?? ''))).to.equal(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('allure: a hook that attached nothing and passed writes no container; one that failed or attached does', () => {
  const hook = (over: object) => ({
    uuid: 'u',
    children: ['t'],
    befores: [{ name: 'Before', status: 'passed', attachments: [], steps: [], ...over }],
    afters: [],
  });
  expect(carriesSomething(hook({}))).to.equal(false);
  expect(carriesSomething(hook({ status: 'failed' }))).to.equal(true);
  expect(carriesSomething(hook({ attachments: [{ name: 'timeline.txt', source: 'x.txt', type: 'text/plain' }] }))).to.equal(true);
});

test('allure: the timeline, a Cucumber log, is plain text to Allure', () => {
  const r = {
    attachments: [],
    steps: [{ attachments: [], steps: [{ attachments: [{ name: 'timeline.txt', source: 'a.txt', type: 'text/x.cucumber.log+plain' }] }] }],
  };
  plainTextLogs(r);
  expect(r.steps[0]?.steps[0]?.attachments[0]?.type).to.equal('text/plain');
});

test('allure: the timeline becomes the description of its test, not a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-writer-'));
  try {
    const writer = new LeanAllureWriter(dir);
    writer.writeAttachment('t-attachment.txt', Buffer.from('+0:00.000 Lync <starts>'));
    const timelineStep = {
      name: 'timeline.txt',
      attachments: [{ name: 'timeline.txt', source: 't-attachment.txt', type: 'text/plain' }],
      steps: [],
    };
    const result = {
      uuid: 'r',
      description: 'About',
      attachments: [],
      steps: [{ name: 'Then it works', attachments: [], steps: [timelineStep] }],
    };
    writer.writeResult(result);
    expect(result)
      .to.have.property('descriptionHtml')
      .that.includes('<pre>+0:00.000 Lync &lt;starts&gt;</pre>')
      .and.includes('<p>About</p>');
    expect(result.steps[0]?.steps, 'the step Allure wrapped the timeline in').to.deep.equal([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
