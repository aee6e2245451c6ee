import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { stampHtml, stampJunit, type RunIdentity } from './run-identity';

const id: RunIdentity = { run: 'r-1', testRun: 't-1', seed: '7', version: '0.1.0', client: 'a "quoted" <client>', command: 'c' };
const write = (text: string): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'identity-')), 'report');
  writeFileSync(file, text);
  return file;
};

const junit: { name: string; text: string; stamped: boolean; then?: RegExp }[] = [
  {
    name: 'properties open the test suite',
    text: '<?xml version="1.0"?>\n<testsuite name="x" tests="1">\n  <testcase name="a"/>\n</testsuite>\n',
    stamped: true,
    then: /<testsuite name="x" tests="1">\n {2}<properties>\n {4}<property name="signin-sim\.run" value="r-1"\/>[\s\S]*<\/properties>\n {2}<testcase/,
  },
  {
    name: 'an empty suite gets a body',
    text: '<testsuite name="x" tests="0"/>\n',
    stamped: true,
    then: /^<testsuite name="x" tests="0">\n {2}<properties>[\s\S]*<\/properties>\n<\/testsuite>\n$/,
  },
  { name: 'values are escaped', text: '<testsuite>', stamped: true, then: /value="a &quot;quoted&quot; &lt;client&gt;"/ },
  { name: 'no test suite, no change', text: '<nothing/>', stamped: false, then: /^<nothing\/>$/ },
];

for (const c of junit) {
  test(`stampJunit: ${c.name}`, () => {
    const file = write(c.text);
    expect(stampJunit(file, id)).to.equal(c.stamped);
    if (c.then) expect(readFileSync(file, 'utf8')).to.match(c.then);
  });
}

test('stampHtml: a comment naming the run after the doctype', () => {
  const file = write('<!DOCTYPE html>\n<html></html>');
  expect(stampHtml(file, id)).to.equal(true);
  expect(readFileSync(file, 'utf8')).to.match(/^<!DOCTYPE html>\n<!-- signin-sim gate run \{"run":"r-1",[^\n]*-->\n<html>/);
});

test('stamp*: a missing file is no error', () => {
  expect(stampJunit('/nonexistent/junit.xml', id)).to.equal(false);
  expect(stampHtml('/nonexistent/cucumber.html', id)).to.equal(false);
});
