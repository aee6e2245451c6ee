// A writer for allure-cucumberjs that keeps Allure results lean (plain CommonJS, loaded by cucumber.js).
// allure-js-commons' own FileSystemWriter writes each file through a temporary file and fsyncs it: about
// 10 ms a scenario here, more than the scenario itself. Results are rebuilt by every run, so plain writes
// are enough, and they go to libuv's threads (creating a file costs about a millisecond on this disk) while
// the scenarios run on; node does not exit before they finish, and a failed write is reported on stderr. Containers (Before/After hooks) are written only when a hook carries something: an
// attachment, or a status other than passed; otherwise they add a file per hook and nothing to read.
'use strict';

const { copyFile, mkdirSync, writeFile } = require('node:fs');
const { join } = require('node:path');

class LeanAllureWriter {
  /** @param {string} resultsDir */
  constructor(resultsDir) {
    this.resultsDir = resultsDir;
    this.made = false;
  }

  path(name) {
    if (!this.made) mkdirSync(this.resultsDir, { recursive: true });
    this.made = true;
    return join(this.resultsDir, name);
  }

  writeResult(result) {
    write(this.path(`${result.uuid}-result.json`), JSON.stringify(result));
  }

  writeGroup(group) {
    if (!carriesSomething(group)) return;
    write(this.path(`${group.uuid}-container.json`), JSON.stringify(group));
  }

  writeAttachment(name, content) {
    write(this.path(name), content);
  }

  writeAttachmentFromPath(name, from) {
    copyFile(from, this.path(name), reportFailure);
  }

  writeEnvironmentInfo(info) {
    const text = Object.entries(info)
      .map(([k, v]) => `${k}=${String(v).replace(/\n/g, '\\n')}`)
      .join('\n');
    write(this.path('environment.properties'), text);
  }

  writeCategoriesDefinitions(categories) {
    write(this.path('categories.json'), JSON.stringify(categories));
  }

  writeGlobals(name, globals) {
    write(this.path(name), JSON.stringify(globals));
  }
}

function reportFailure(error) {
  if (error) process.stderr.write(`Allure results: ${error.message}\n`);
}

function write(path, data) {
  writeFile(path, data, reportFailure);
}

/** A hook is worth a container when it failed, or attached something (a timeline, a screenshot). */
function carriesSomething(group) {
  const fixtures = [...(group.befores ?? []), ...(group.afters ?? [])];
  const busy = (f) => (f.status !== undefined && f.status !== 'passed') || (f.attachments ?? []).length > 0 || (f.steps ?? []).some(busy);
  return fixtures.some(busy);
}

module.exports = { LeanAllureWriter, carriesSomething };
